package id.simpul.portal.infrastructure.security;

import id.simpul.portal.infrastructure.config.DataFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The demo token issuer's RSA key pair, generated on first start into {@code <data>/keys} and
 * reused afterwards so tokens survive a restart. Demo mode only: a production node verifies tokens
 * of its own identity provider ({@code mp.jwt.verify.publickey.location}) and has no private key.
 */
public final class DemoKeys {

    public static final String ISSUER = "https://demo.simpul.local/issuer";

    private static final String PRIVATE_FILE = "demo-jwt-private.pem";
    private static final String PUBLIC_FILE = "demo-jwt-public.pem";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private DemoKeys(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Loads the pair from the data folder, creating it the first time. */
    public static synchronized DemoKeys inDataFolder() {
        Path dir = DataFolder.path().resolve("keys");
        Path priv = dir.resolve(PRIVATE_FILE);
        Path pub = dir.resolve(PUBLIC_FILE);
        try {
            if (!Files.exists(priv) || !Files.exists(pub)) {
                Files.createDirectories(dir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                write(pub, "PUBLIC KEY", pair.getPublic().getEncoded());
                write(priv, "PRIVATE KEY", pair.getPrivate().getEncoded());
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new DemoKeys(rsa.generatePrivate(new PKCS8EncodedKeySpec(read(priv))),
                    rsa.generatePublic(new X509EncodedKeySpec(read(pub))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the demo signing keys in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The demo signing keys in " + dir + " are unreadable; delete them to "
                    + "have new ones generated", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    private static void write(Path file, String type, byte[] der) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, pem(type, der), StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
