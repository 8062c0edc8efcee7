package id.simpul.portal.infrastructure.security;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Signs RS256 JWTs for the demo users with the demo key pair. Demo mode only. */
public final class DemoTokenIssuer {

    public static final Duration LIFETIME = Duration.ofHours(8);

    private final DemoKeys keys;

    public DemoTokenIssuer(DemoKeys keys) {
        this.keys = keys;
    }

    public String issue(DemoUsers.DemoUser user, Instant now) {
        JsonArrayBuilder groups = Json.createArrayBuilder();
        user.roles().forEach(r -> groups.add(r.name()));
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", DemoKeys.ISSUER)
                .add("sub", user.username())
                .add("upn", user.username())
                .add("groups", groups)
                .add("iat", now.getEpochSecond())
                .add("exp", now.plus(LIFETIME).getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        if (user.agency() != null) {
            claims.add("agency", user.agency());
        }
        String header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", "simpul-demo")
                .build().toString();
        String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64(claims.build().toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.privateKey());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a demo token", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
