package id.simpul.federation.directory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import id.simpul.federation.DirectoryProblem;
import id.simpul.federation.DirectoryRejectedException;
import id.simpul.federation.FederationDataException;
import id.simpul.federation.NodeKeyException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a signed directory against the configured authority public key and the clock: the
 * algorithm is ES256, the key id names the authority, the signature matches, the content is a
 * valid directory, and now lies in [issuedAt - skew, expiresAt). Every refusal is a
 * {@link DirectoryRejectedException} naming the {@link DirectoryProblem}.
 */
public final class DirectoryVerifier {

    private final ECKey authority;
    private final ECDSAVerifier verifier;
    private final Clock clock;
    private final Duration skew;

    private DirectoryVerifier(ECKey authority, Clock clock, Duration skew) {
        this.authority = authority.toPublicJWK();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.skew = Objects.requireNonNull(skew, "skew");
        try {
            this.verifier = new ECDSAVerifier(this.authority);
        } catch (JOSEException e) {
            throw new NodeKeyException("verify", e, "directory-authority");
        }
    }

    /**
     * @param authorityPublicKey the directory authority's public key (configured on each node)
     * @param clock              the node's clock
     * @param skew               clock difference tolerated on the issue time, e.g. 2 minutes
     */
    public static DirectoryVerifier of(ECKey authorityPublicKey, Clock clock, Duration skew) {
        return new DirectoryVerifier(Objects.requireNonNull(authorityPublicKey, "authorityPublicKey"), clock, skew);
    }

    public Directory verify(String compactJws) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(Objects.requireNonNull(compactJws, "compactJws").strip());
        } catch (ParseException e) {
            throw new DirectoryRejectedException(DirectoryProblem.MALFORMED, null);
        }
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())
                || !new JOSEObjectType(DirectorySigner.TYPE).equals(jws.getHeader().getType())) {
            throw new DirectoryRejectedException(DirectoryProblem.WRONG_ALGORITHM, null,
                    jws.getHeader().getAlgorithm(), DirectorySigner.TYPE);
        }
        String kid = jws.getHeader().getKeyID();
        if (kid != null && !kid.equals(authority.getKeyID())) {
            throw new DirectoryRejectedException(DirectoryProblem.WRONG_AUTHORITY, null, kid, authority.getKeyID());
        }
        boolean valid;
        try {
            valid = jws.verify(verifier);
        } catch (JOSEException e) {
            valid = false;
        }
        if (!valid) {
            throw new DirectoryRejectedException(DirectoryProblem.TAMPERED, null, authority.getKeyID());
        }
        Map<String, Object> json = jws.getPayload().toJSONObject();
        if (json == null) {
            throw new DirectoryRejectedException(DirectoryProblem.MALFORMED, null);
        }
        Directory directory;
        try {
            directory = Directory.fromJson(json);
        } catch (FederationDataException e) {
            throw new DirectoryRejectedException(DirectoryProblem.INVALID_CONTENT, e, e.localizedMessage().format(null));
        }
        checkValidNow(directory);
        return directory;
    }

    /** Refuses a directory whose validity period does not contain the present instant. */
    public void checkValidNow(Directory directory) {
        Instant now = clock.instant();
        if (now.plus(skew).isBefore(directory.issuedAt())) {
            throw new DirectoryRejectedException(DirectoryProblem.NOT_YET_VALID, null, directory.issuedAt());
        }
        if (!now.isBefore(directory.expiresAt())) {
            throw new DirectoryRejectedException(DirectoryProblem.EXPIRED, null, directory.expiresAt());
        }
    }

    @Override
    public String toString() {
        return "DirectoryVerifier[authority=" + authority.getKeyID() + ", skew=" + skew + "]";
    }
}
