package id.simpul.federation.message;

import id.simpul.federation.FederationDataException;
import id.simpul.federation.internal.JsonFields;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The content of a federation message before signing: unique message id, kind, sender and
 * receiver nodes, the time it was sent (whole milliseconds), the case it is about and a JSON
 * payload whose shape depends on the kind (see {@code specs/openapi/federation-api.v1.yaml}):
 * <ul>
 *   <li>{@code FORWARD_REQUEST}: {@code {"fields": {...}, "routing": {...}, "documents": [...]}}: the form
 *       data allowed to travel, and optionally where it was filed and which office the filing node found
 *       competent ({@code routing}) and the codes and dates of the documents handed in
 *       ({@code documents}, never their references);</li>
 *   <li>{@code ACKNOWLEDGEMENT}: {@code {"remoteReference": "..."}}, the competent node's reference;</li>
 *   <li>{@code STATUS_UPDATE}: {@code {"status": "IN_PROCESS", "changedAt": "...", "reason": "..."}};</li>
 *   <li>{@code STATUS_QUERY}: {@code {}}.</li>
 * </ul>
 * Immutable and checked when built. {@link #toString()} shows no payload: it may hold personal data.
 */
public final class Envelope {

    /** Largest payload accepted, in characters of JSON. */
    public static final int MAX_PAYLOAD_CHARS = 256 * 1024;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{7,63}");
    private static final Pattern STATUS = Pattern.compile("[A-Z][A-Z_]{1,39}");

    private final String messageId;
    private final MessageType type;
    private final RegionCode sender;
    private final RegionCode receiver;
    private final Instant sentAt;
    private final CaseRef caseRef;
    private final Map<String, Object> payload;

    private Envelope(Builder b) {
        this.messageId = b.messageId == null ? UUID.randomUUID().toString() : b.messageId;
        if (!ID.matcher(messageId).matches()) {
            throw new FederationDataException("message.id");
        }
        this.type = require(b.type, "type");
        this.sender = regency(b.sender, "from");
        this.receiver = regency(b.receiver, "to");
        if (sender.equals(receiver)) {
            throw new FederationDataException("message.self", sender.value());
        }
        this.sentAt = require(b.sentAt, "sentAt").truncatedTo(ChronoUnit.MILLIS);
        this.caseRef = require(b.caseRef, "case");
        String json = JsonFields.write(b.payload);
        if (json.length() > MAX_PAYLOAD_CHARS) {
            throw new FederationDataException("message.size", MAX_PAYLOAD_CHARS);
        }
        this.payload = JsonFields.frozen(JsonFields.parseObject(json, "payload"));
        checkPayloadShape();
    }

    public static Builder builder() {
        return new Builder();
    }

    public String messageId() {
        return messageId;
    }

    public MessageType type() {
        return type;
    }

    public RegionCode sender() {
        return sender;
    }

    public RegionCode receiver() {
        return receiver;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public CaseRef caseRef() {
        return caseRef;
    }

    /** The payload as parsed JSON (maps, lists, strings, numbers, booleans). */
    public Map<String, Object> payload() {
        return payload;
    }

    /** For {@code FORWARD_REQUEST}: the form fields carried; empty for other kinds. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> fields() {
        Object f = payload.get("fields");
        return f instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The same message stamped with another send time: what an outbox does before each retry. */
    public Envelope withSentAt(Instant at) {
        return builder().messageId(messageId).type(type).sender(sender).receiver(receiver).sentAt(at).caseRef(caseRef)
                .payload(payload).build();
    }

    /**
     * SHA-256 (base64url) of everything but the send time, keys sorted: equal for every retry of
     * one message, different for any other content under the same id.
     */
    public String contentDigest() {
        Map<String, Object> content = new LinkedHashMap<>(toJson());
        content.remove("sentAt");
        return JsonFields.canonicalDigest(content);
    }

    /**
     * The envelope as JSON text (the signed payload's form), for a sender that stores a message once
     * and sends it again on every retry; {@link #parse} reads it back.
     */
    public String toJsonText() {
        return JsonFields.write(toJson());
    }

    /**
     * Reads what {@link #toJsonText()} wrote.
     *
     * @throws FederationDataException when the text is not a valid envelope
     */
    public static Envelope parse(String json) {
        return fromJson(JsonFields.parseObject(json, "envelope"));
    }

    Map<String, Object> toJson() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("filingRegency", caseRef.filingRegency().value());
        c.put("subjectRegency", caseRef.subjectRegency().value());
        c.put("service", caseRef.service().value());
        c.put("filedOn", caseRef.filedOn().toString());
        c.put("reference", caseRef.reference());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", messageId);
        m.put("type", type.name());
        m.put("from", sender.value());
        m.put("to", receiver.value());
        m.put("sentAt", sentAt.toString());
        m.put("case", c);
        m.put("payload", payload);
        return m;
    }

    static Envelope fromJson(Map<String, Object> json) {
        JsonFields j = JsonFields.of(json, "");
        j.onlyMembers(Set.of("id", "type", "from", "to", "sentAt", "case", "payload"));
        JsonFields c = j.object("case");
        c.onlyMembers(Set.of("filingRegency", "subjectRegency", "service", "filedOn", "reference"));
        MessageType type;
        try {
            type = MessageType.valueOf(j.string("type", 40).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FederationDataException("field.format", "type", "FORWARD_REQUEST");
        }
        return builder().messageId(j.string("id", 64)).type(type).sender(j.region("from")).receiver(j.region("to"))
                .sentAt(j.instant("sentAt"))
                .caseRef(new CaseRef(c.region("filingRegency"), c.region("subjectRegency"), c.service("service"),
                        c.date("filedOn"), c.string("reference", 64)))
                .payload(j.rawObject("payload")).build();
    }

    private void checkPayloadShape() {
        JsonFields p = JsonFields.of(payload, "payload");
        switch (type) {
            case FORWARD_REQUEST -> {
                p.onlyMembers(Set.of("fields", "routing", "documents"));
                p.object("fields");
                if (payload.containsKey("routing")) {
                    JsonFields r = p.object("routing");
                    r.onlyMembers(Set.of("competentOffice", "filingAgency", "filingChannel", "subjectRegion"));
                    r.optionalString("competentOffice", 128);
                    r.optionalString("filingAgency", 128);
                    r.optionalString("filingChannel", 16);
                    r.optionalString("subjectRegion", 13);
                }
                if (payload.containsKey("documents") && !(payload.get("documents") instanceof List<?>)) {
                    throw new FederationDataException("field.format", "payload.documents", "[{\"code\": \"...\"}]");
                }
            }
            case ACKNOWLEDGEMENT -> {
                p.onlyMembers(Set.of("remoteReference"));
                p.string("remoteReference", 64);
            }
            case STATUS_UPDATE -> {
                p.onlyMembers(Set.of("status", "changedAt", "reason"));
                if (!STATUS.matcher(p.string("status", 40)).matches()) {
                    throw new FederationDataException("field.format", "payload.status", "IN_PROCESS");
                }
                p.instant("changedAt");
                p.optionalString("reason", 2000);
            }
            case STATUS_QUERY -> p.onlyMembers(Set.of());
        }
    }

    private static RegionCode regency(RegionCode code, String field) {
        require(code, field);
        if (code.level() != RegionLevel.REGENCY) {
            throw new FederationDataException("node.level", code.value());
        }
        return code;
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw new FederationDataException("field.missing", field);
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Envelope e && messageId.equals(e.messageId) && type == e.type && sender.equals(e.sender)
                && receiver.equals(e.receiver) && sentAt.equals(e.sentAt) && caseRef.equals(e.caseRef)
                && payload.equals(e.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(messageId, type, sender, receiver, sentAt, caseRef, payload);
    }

    @Override
    public String toString() {
        return "Envelope[" + type + " " + messageId + " " + sender.value() + "->" + receiver.value() + " at " + sentAt
                + ", case " + caseRef.reference() + "]";
    }

    /** Builder for {@link Envelope}; a missing message id is a fresh random UUID. */
    public static final class Builder {
        private String messageId;
        private MessageType type;
        private RegionCode sender;
        private RegionCode receiver;
        private Instant sentAt;
        private CaseRef caseRef;
        private Map<String, Object> payload = Map.of();

        private Builder() {
        }

        public Builder messageId(String messageId) {
            this.messageId = messageId;
            return this;
        }

        public Builder type(MessageType type) {
            this.type = type;
            return this;
        }

        public Builder sender(RegionCode sender) {
            this.sender = sender;
            return this;
        }

        public Builder receiver(RegionCode receiver) {
            this.receiver = receiver;
            return this;
        }

        public Builder sentAt(Instant sentAt) {
            this.sentAt = sentAt;
            return this;
        }

        public Builder caseRef(CaseRef caseRef) {
            this.caseRef = caseRef;
            return this;
        }

        public Builder payload(Map<String, ?> payload) {
            this.payload = new LinkedHashMap<>(Objects.requireNonNull(payload, "payload"));
            return this;
        }

        public Envelope build() {
            return new Envelope(this);
        }
    }
}
