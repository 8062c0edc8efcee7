package id.simpul.federation.message;

import id.simpul.federation.FederationDataException;
import id.simpul.federation.internal.JsonFields;
import id.simpul.sdk.region.RegionCode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A receiver's signed answer to one message (tanda terima): accepted, or refused with a
 * {@link Refusal}. It names the message by id and by its {@link Envelope#contentDigest()}, so the
 * sender can prove what was received, whichever retry arrived first. {@link #compact()} is the signed form to send back.
 */
public final class Receipt {

    /** The JWS {@code typ} of a receipt. */
    public static final String TYPE = "simpul-receipt+jws";

    /** What the receiver did with the message. */
    public enum Outcome { ACCEPTED, REFUSED }

    private final String receiptId;
    private final RegionCode issuer;
    private final RegionCode recipient;
    private final String messageId;
    private final String contentDigest;
    private final Instant issuedAt;
    private final Outcome outcome;
    private final Refusal refusal;
    private final String compact;

    Receipt(String receiptId, RegionCode issuer, RegionCode recipient, String messageId, String contentDigest,
            Instant issuedAt, Outcome outcome, Refusal refusal, String compact) {
        this.receiptId = Objects.requireNonNull(receiptId, "receiptId");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.contentDigest = Objects.requireNonNull(contentDigest, "contentDigest");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.REFUSED) != (refusal != null)) {
            throw new FederationDataException("receipt.refusal");
        }
        this.refusal = refusal;
        this.compact = compact;
    }

    public String receiptId() {
        return receiptId;
    }

    /** The node that received the message and signed this receipt. */
    public RegionCode issuer() {
        return issuer;
    }

    /** The node that sent the message. */
    public RegionCode recipient() {
        return recipient;
    }

    public String messageId() {
        return messageId;
    }

    public String contentDigest() {
        return contentDigest;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** The signed compact JWS. */
    public String compact() {
        return compact;
    }

    Receipt signedAs(String signed) {
        return new Receipt(receiptId, issuer, recipient, messageId, contentDigest, issuedAt, outcome, refusal, signed);
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", receiptId);
        m.put("from", issuer.value());
        m.put("to", recipient.value());
        m.put("messageId", messageId);
        m.put("contentDigest", contentDigest);
        m.put("issuedAt", issuedAt.toString());
        m.put("outcome", outcome.name());
        if (refusal != null) {
            m.put("refusal", refusal.code());
        }
        return m;
    }

    static Receipt fromJson(Map<String, Object> json, String compact) {
        JsonFields j = JsonFields.of(json, "");
        j.onlyMembers(Set.of("id", "from", "to", "messageId", "contentDigest", "issuedAt", "outcome", "refusal"));
        Outcome outcome;
        Refusal refusal = null;
        try {
            outcome = Outcome.valueOf(j.string("outcome", 20));
            String code = j.optionalString("refusal", 40);
            if (code != null) {
                refusal = Refusal.valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
            }
        } catch (IllegalArgumentException e) {
            throw new FederationDataException("field.format", "outcome/refusal", "ACCEPTED");
        }
        return new Receipt(j.string("id", 64), j.region("from"), j.region("to"), j.string("messageId", 64),
                j.string("contentDigest", 64), j.instant("issuedAt"), outcome, refusal, compact);
    }

    @Override
    public String toString() {
        return "Receipt[" + outcome + (refusal == null ? "" : " " + refusal.code()) + " for " + messageId + " by "
                + issuer.value() + "]";
    }
}
