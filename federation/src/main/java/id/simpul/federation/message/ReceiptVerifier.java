package id.simpul.federation.message;

import com.nimbusds.jose.JWSObject;
import id.simpul.federation.FederationDataException;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.directory.DirectoryNode;
import id.simpul.federation.internal.Jws;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The sending side's check of a receipt: signed by the node the message went to, addressed to
 * this node, and naming this very message (id and content digest). Only then may an outbox mark
 * the message delivered — or, for a refusal, bring the reason back to the filing counter.
 */
public final class ReceiptVerifier {

    private final Supplier<Directory> directory;

    private ReceiptVerifier(Supplier<Directory> directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public static ReceiptVerifier of(Supplier<Directory> directory) {
        return new ReceiptVerifier(directory);
    }

    /**
     * @param compactReceipt the receipt as received
     * @param sent           the envelope this node sent
     * @throws MessageRejectedException when the receipt is malformed, forged or answers another message
     */
    public Receipt verify(String compactReceipt, Envelope sent) {
        JWSObject jws = Jws.parse(compactReceipt, Receipt.TYPE)
                .orElseThrow(() -> new MessageRejectedException(Refusal.MALFORMED, null, Receipt.TYPE));
        Receipt receipt;
        try {
            receipt = Receipt.fromJson(jws.getPayload().toJSONObject(), compactReceipt.strip());
        } catch (FederationDataException e) {
            throw new MessageRejectedException(Refusal.MALFORMED, null, e.localizedMessage().format(null));
        }
        if (!receipt.issuer().equals(sent.receiver()) || !receipt.recipient().equals(sent.sender())) {
            throw new MessageRejectedException(Refusal.WRONG_PARTIES, null, "RECEIPT",
                    receipt.issuer().value(), receipt.recipient().value());
        }
        DirectoryNode issuer = directory.get().node(receipt.issuer())
                .orElseThrow(() -> new MessageRejectedException(Refusal.UNKNOWN_SENDER, null, receipt.issuer().value()));
        if (!Jws.verifiedBy(jws, issuer.publicKey())) {
            throw new MessageRejectedException(Refusal.FORGED_SIGNATURE, null, receipt.issuer().value());
        }
        if (!receipt.messageId().equals(sent.messageId()) || !receipt.contentDigest().equals(sent.contentDigest())) {
            throw new MessageRejectedException(Refusal.RECEIPT_MISMATCH, null, sent.messageId());
        }
        return receipt;
    }

    @Override
    public String toString() {
        return "ReceiptVerifier";
    }
}
