package id.simpul.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/** Hand-made tokens for the authentication tests: expired, wrongly signed, from another issuer. */
final class TestTokens {

    static final String DEMO_ISSUER = "https://demo.simpul.local/issuer";

    private TestTokens() {
    }

    static PrivateKey demoKey(Path dataDir) {
        try {
            String pem = Files.readString(dataDir.resolve("keys").resolve("demo-jwt-private.pem"));
            byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PrivateKey strangerKey() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(PrivateKey key, String issuer, String subject, String group, Instant issuedAt, Instant expires) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + issuer + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"groups\":[\"" + group + "\"],\"iat\":" + issuedAt.getEpochSecond() + ",\"exp\":"
                + expires.getEpochSecond() + ",\"jti\":\"" + java.util.UUID.randomUUID() + "\"}";
        return signed(key, header, claims);
    }

    /** A demo-issuer token of an officer of the given agency, signed with the node's demo key. */
    static String officer(Path dataDir, String subject, String agency) {
        Instant now = Instant.now();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + DEMO_ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"groups\":[\"OFFICER\"],\"agency\":\"" + agency + "\",\"iat\":" + now.getEpochSecond()
                + ",\"exp\":" + now.plusSeconds(3600).getEpochSecond() + ",\"jti\":\"" + java.util.UUID.randomUUID()
                + "\"}";
        return signed(demoKey(dataDir), header, claims);
    }

    private static String signed(PrivateKey key, String header, String claims) {
        String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
