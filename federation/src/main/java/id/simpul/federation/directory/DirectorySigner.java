package id.simpul.federation.directory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import id.simpul.federation.FederationDataException;
import id.simpul.federation.NodeKeyException;
import id.simpul.federation.internal.JsonFields;

/**
 * Signs a directory with the directory authority's key (ES256, compact JWS, {@code typ}
 * {@value #TYPE}, {@code kid} the key's thumbprint). Used by the directory command; nodes only
 * verify.
 */
public final class DirectorySigner {

    /** The JWS {@code typ} of a directory document. */
    public static final String TYPE = "simpul-directory+jws";

    private final ECKey key;
    private final ECDSASigner signer;

    private DirectorySigner(ECKey key) {
        if (!key.isPrivate() || key.getKeyID() == null) {
            throw new FederationDataException("key.private", "directory-authority");
        }
        this.key = key;
        try {
            this.signer = new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new NodeKeyException("sign", e, "directory-authority");
        }
    }

    public static DirectorySigner of(ECKey authorityPrivateKey) {
        return new DirectorySigner(authorityPrivateKey);
    }

    public String sign(Directory directory) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(TYPE))
                .keyID(key.getKeyID()).build();
        JWSObject jws = new JWSObject(header, new Payload(JsonFields.write(directory.toJson())));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new NodeKeyException("sign", e, "directory-authority");
        }
        return jws.serialize();
    }

    @Override
    public String toString() {
        return "DirectorySigner[kid=" + key.getKeyID() + "]";
    }
}
