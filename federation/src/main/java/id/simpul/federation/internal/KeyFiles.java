package id.simpul.federation.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import id.simpul.federation.NodeKeyException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Private signing keys on disk: an EC P-256 JWK inside a small JSON wrapper that names its owner.
 *
 * <p>A new file is written to a temporary file created with owner-only permissions, forced to
 * disk, and then hard-linked to its final name, which fails if the name exists: two processes
 * starting at once never overwrite each other's key, the loser loads the winner's. Loading refuses
 * a file that the group or others may read, as ssh does.
 */
public final class KeyFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private KeyFiles() {
    }

    /** A fresh P-256 signing key whose key id is its RFC 7638 thumbprint. */
    public static ECKey generate() {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).generate();
            return new ECKey.Builder(key).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new NodeKeyException("generate", e);
        }
    }

    /** Loads the key, or empty when the file does not exist. */
    public static Optional<ECKey> load(Path file, String owner) {
        String text;
        try {
            checkOwnerOnly(file);
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new NodeKeyException("read", e, file, e.getClass().getSimpleName());
        }
        Map<String, Object> json;
        try {
            json = JsonFields.parseObject(text, file.getFileName().toString());
        } catch (id.simpul.federation.FederationDataException e) {
            throw new NodeKeyException("damaged", null, file);
        }
        Object storedOwner = json.get("owner");
        if (!owner.equals(storedOwner)) {
            throw new NodeKeyException("owner", null, file, String.valueOf(storedOwner), owner);
        }
        if (!(json.get("key") instanceof Map<?, ?> jwk)) {
            throw new NodeKeyException("damaged", null, file);
        }
        try {
            @SuppressWarnings("unchecked")
            ECKey key = ECKey.parse((Map<String, Object>) jwk);
            if (!key.isPrivate() || !Curve.P_256.equals(key.getCurve()) || key.getKeyID() == null) {
                throw new NodeKeyException("damaged", null, file);
            }
            return Optional.of(key);
        } catch (ParseException | ClassCastException e) {
            throw new NodeKeyException("damaged", null, file);
        }
    }

    /**
     * Writes a new key file; fails with {@link FileAlreadyExistsException} wrapped in a
     * {@link NodeKeyException} ({@code exists}) when the file is already there.
     *
     * @return whether this call created the file (false: another process did first)
     */
    public static boolean createNew(Path file, String owner, ECKey key) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            createPrivateDirectory(dir);
            tmp = Files.createTempFile(dir, ".key-", ".tmp", ownerOnly(dir));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("owner", owner);
            json.put("key", key.toJSONObject());
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(StandardCharsets.UTF_8.encode(JsonFields.write(json) + "\n"));
                ch.force(true);
            }
            try {
                Files.createLink(file, tmp);
            } catch (UnsupportedOperationException e) {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new NodeKeyException("write", e, file, e.getClass().getSimpleName());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temporary file holds no secret the real file does not, and is owner-only
                }
            }
        }
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix(dir.getParent() == null ? dir : dir.getParent())) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path dir) {
        return posix(dir) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
    }

    private static void checkOwnerOnly(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> perms = view.readAttributes().permissions();
        if (!OWNER_ONLY_FILE.containsAll(perms)) {
            throw new NodeKeyException("permissions", null, file, PosixFilePermissions.toString(perms));
        }
    }

    private static boolean posix(Path anyPathOnTheFileSystem) {
        Path p = anyPathOnTheFileSystem;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p != null && Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }
}
