package id.simpul.federation.message;

import com.nimbusds.jose.crypto.ECDSASigner;
import id.simpul.federation.FederationDataException;
import id.simpul.federation.identity.NodeIdentity;
import id.simpul.federation.internal.Jws;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Signs this node's outgoing messages and receipts (ES256 compact JWS, {@code kid} the node key's
 * thumbprint, {@code typ} {@value #TYPE}). Thread-safe.
 */
public final class MessageSigner {

    /** The JWS {@code typ} of a federation message. */
    public static final String TYPE = "simpul-message+jws";

    private final NodeIdentity node;
    private final ECDSASigner signer;

    private MessageSigner(NodeIdentity node) {
        this.node = Objects.requireNonNull(node, "node");
        this.signer = Jws.signer(node.signingKey(), node.code().value());
    }

    public static MessageSigner of(NodeIdentity node) {
        return new MessageSigner(node);
    }

    public NodeIdentity node() {
        return node;
    }

    /**
     * The signed compact form of an envelope this node sends.
     *
     * @throws FederationDataException when the envelope's sender is not this node
     */
    public String sign(Envelope envelope) {
        if (!envelope.sender().equals(node.code())) {
            throw new FederationDataException("message.sender", envelope.sender().value(), node.code().value());
        }
        return Jws.sign(signer, node.keyId(), TYPE, envelope.toJson(), node.code().value());
    }

    Receipt receipt(Envelope answered, Instant at, Refusal refusal) {
        Receipt unsigned = new Receipt(UUID.randomUUID().toString(), node.code(), answered.sender(),
                answered.messageId(), answered.contentDigest(), at,
                refusal == null ? Receipt.Outcome.ACCEPTED : Receipt.Outcome.REFUSED, refusal, null);
        return unsigned.signedAs(Jws.sign(signer, node.keyId(), Receipt.TYPE, unsigned.toJson(), node.code().value()));
    }

    @Override
    public String toString() {
        return "MessageSigner[" + node + "]";
    }
}
