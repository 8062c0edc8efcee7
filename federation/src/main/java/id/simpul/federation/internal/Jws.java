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
            return jws.verify(new ECDSAVerifier(publicKey));
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }
}
