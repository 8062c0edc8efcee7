package id.simpul.federation.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import id.simpul.federation.NodeKeyException;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

/** ES256 compact JWS signing and checking with Nimbus, shared by messages and receipts. */
public final class Jws {

    /** Largest compact JWS a node reads. */
    public static final int MAX_CHARS = 512 * 1024;

    private static final int MAX_CACHED_VERIFIERS = 4096;
    private static final java.util.concurrent.ConcurrentHashMap<ECKey, ECDSAVerifier> VERIFIERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Jws() {
    }

    public static ECDSASigner signer(ECKey key, String owner) {
        try {
            return new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new NodeKeyException("sign", e, owner);
        }
    }

    public static String sign(ECDSASigner signer, String kid, String type, Map<String, Object> content, String owner) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(type)).keyID(kid).build();
        JWSObject jws = new JWSObject(header, new Payload(JsonFields.write(content)));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new NodeKeyException("sign", e, owner);
        }
        return jws.serialize();
    }

    /** Parses a compact ES256 JWS of the given type; empty when it is not one. */
    public static Optional<JWSObject> parse(String compact, String type) {
        if (compact == null || compact.length() > MAX_CHARS) {
            return Optional.empty();
        }
        try {
            JWSObject jws = JWSObject.parse(compact.strip());
            boolean ok = JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())
                    && new JOSEObjectType(type).equals(jws.getHeader().getType())
                    && jws.getPayload().toJSONObject() != null;
            return ok ? Optional.of(jws) : Optional.empty();
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the signature was made by the key's private half. */
    public static boolean verifiedBy(JWSObject jws, ECKey publicKey) {
        try {
            return jws.verify(verifier(publicKey));
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }

    /**
     * Verifiers are cached per public key: building one converts the JWK and checks the point is
     * on the curve, which costs as much as a small part of the verification itself. A directory
     * holds a few hundred keys; the cache is emptied if it ever grows far beyond that.
     */
    private static ECDSAVerifier verifier(ECKey publicKey) throws JOSEException {
        ECDSAVerifier cached = VERIFIERS.get(publicKey);
        if (cached != null) {
            return cached;
        }
        if (VERIFIERS.size() > MAX_CACHED_VERIFIERS) {
            VERIFIERS.clear();
        }
        ECDSAVerifier fresh = new ECDSAVerifier(publicKey.toPublicJWK());
        VERIFIERS.put(publicKey, fresh);
        return fresh;
    }
}
