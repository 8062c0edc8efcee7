package id.simpul.portal.infrastructure.security;

import id.simpul.portal.infrastructure.config.DataFolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secret that turns an applicant's NIK or login into an opaque {@code ApplicantRef}. Taken from
 * {@code simpul.applicant.key} (Base64, at least 32 bytes; required when several instances share
 * one database) or else generated once into {@code <data>/keys/applicant-pseudonym.key}.
 */
@ApplicationScoped
public class ApplicantKeys {

    private byte[] key;

    @Inject
    void init(@ConfigProperty(name = "simpul.applicant.key") Optional<String> configured) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            byte[] k = Base64.getDecoder().decode(configured.get().strip());
            if (k.length < 32) {
                throw new IllegalStateException("simpul.applicant.key must hold at least 32 bytes (Base64)");
            }
            key = k;
            return;
        }
        Path file = DataFolder.path().resolve("keys").resolve("applicant-pseudonym.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] k = new byte[32];
                new SecureRandom().nextBytes(k);
                Path tmp = file.resolveSibling("applicant-pseudonym.key.tmp");
                Files.writeString(tmp, Base64.getEncoder().encodeToString(k));
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            }
            key = Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    public byte[] key() {
        return key.clone();
    }
}
