package id.simpul.federation.message;

import com.nimbusds.jose.JWSObject;
import id.simpul.federation.DirectoryRejectedException;
import id.simpul.federation.FederationDataException;
import id.simpul.federation.directory.AgreementCoverage;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.directory.DirectoryNode;
import id.simpul.federation.internal.Jws;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The receiving side of the federation: checks an incoming signed message and answers with a
 * signed receipt.
 *
 * <p>In order: the node's own directory is valid; the text is an ES256 message JWS with a valid
 * envelope; it is addressed to this node; the sender is a node of the directory, trusted at the
 * time it sent, and the signature is its own; the send time is within the allowed skew of now; the
 * id was not used before for other content; sender and receiver are the case's filing and
 * competent regencies in the direction of the kind; an agreement in force covers (filing regency,
 * subject regency, service) — on the day a forward is sent, on the filing day for follow-ups; a
 * forward carries only fields the agreement lets travel. A message already accepted with the same
 * content (an outbox retry) is answered with the first receipt and marked {@code duplicate}.
 *
 * <p>Every refusal is a {@link MessageRejectedException} with its {@link Refusal} and, when the
 * envelope could be read, a signed refusal receipt. Thread-safe when the store is.
 */
public final class MessageVerifier {

    private final MessageSigner self;
    private final Supplier<Directory> directory;
    private final SeenMessageStore store;
    private final Clock clock;
    private final Duration maxSkew;
    private final ZoneId zone;

    private MessageVerifier(Builder b) {
        this.self = Objects.requireNonNull(b.self, "self");
        this.directory = Objects.requireNonNull(b.directory, "directory");
        this.store = Objects.requireNonNull(b.store, "store");
        this.clock = Objects.requireNonNull(b.clock, "clock");
        this.maxSkew = Objects.requireNonNull(b.maxSkew, "maxSkew");
        this.zone = Objects.requireNonNull(b.zone, "zone");
        if (maxSkew.isNegative() || maxSkew.isZero()) {
            throw new FederationDataException("skew");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies one message.
     *
     * @throws MessageRejectedException with the reason, and a signed refusal receipt when possible
     */
    public Verification verify(String compactJws) {
        return verify(compactJws, null);
    }

    /**
     * Verifies one message that must be of the given kind (the kind an API path serves); another
     * kind is refused as malformed before anything is remembered.
     *
     * @param expected the kind required, or null for any
     * @throws MessageRejectedException with the reason, and a signed refusal receipt when possible
     */
    public Verification verify(String compactJws, MessageType expected) {
        Instant now = clock.instant();
        JWSObject jws = Jws.parse(compactJws, MessageSigner.TYPE)
                .orElseThrow(() -> new MessageRejectedException(Refusal.MALFORMED, null, MessageSigner.TYPE));
        Envelope envelope;
        try {
            envelope = Envelope.fromJson(jws.getPayload().toJSONObject());
        } catch (FederationDataException e) {
            throw new MessageRejectedException(Refusal.MALFORMED, null, e.localizedMessage().format(null));
        }
        if (expected != null && envelope.type() != expected) {
            throw new MessageRejectedException(Refusal.MALFORMED, null, "type " + envelope.type() + " != " + expected)
                    .withReceipt(self.receipt(envelope, now, Refusal.MALFORMED));
        }
        try {
            return check(jws, envelope, now);
        } catch (MessageRejectedException e) {
            throw e.withReceipt(self.receipt(envelope, now, e.refusal()));
        }
    }

    /** Forgets an accepted message whose effect failed, so the sender's retry is applied; see {@link SeenMessageStore#remove}. */
    public void forget(Envelope envelope) {
        store.remove(envelope.sender(), envelope.messageId());
    }

    /** This node's signer, which also signs its answers. */
    public MessageSigner self() {
        return self;
    }

    private Verification check(JWSObject jws, Envelope envelope, Instant now) {
        Directory dir;
        try {
            dir = directory.get();
        } catch (DirectoryRejectedException e) {
            throw new MessageRejectedException(Refusal.DIRECTORY_UNAVAILABLE, null, e.problem().code());
        }
        if (!envelope.receiver().equals(self.node().code())) {
            throw reject(Refusal.WRONG_RECEIVER, envelope.receiver().value(), self.node().code().value());
        }
        DirectoryNode sender = dir.node(envelope.sender())
                .orElseThrow(() -> reject(Refusal.UNKNOWN_SENDER, envelope.sender().value()));
        if (!Jws.verifiedBy(jws, sender.publicKey())) {
            throw reject(Refusal.FORGED_SIGNATURE, envelope.sender().value());
        }
        if (!sender.trustedAt(envelope.sentAt())) {
            throw reject(Refusal.SENDER_NOT_TRUSTED, envelope.sender().value(), envelope.sentAt());
        }
        if (envelope.sentAt().isBefore(now.minus(maxSkew))) {
            throw reject(Refusal.STALE, envelope.sentAt(), maxSkew.toSeconds());
        }
        if (envelope.sentAt().isAfter(now.plus(maxSkew))) {
            throw reject(Refusal.FUTURE, envelope.sentAt(), maxSkew.toSeconds());
        }
        String digest = envelope.contentDigest();
        Optional<Verification> earlier = earlier(store.find(envelope.sender(), envelope.messageId()), envelope, digest);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        AgreementCoverage coverage = checkAgreement(dir, envelope);
        Receipt receipt = self.receipt(envelope, now, null);
        Optional<SeenMessage> raced = store.putIfAbsent(
                new SeenMessage(envelope.sender(), envelope.messageId(), digest, now, receipt.compact()));
        return earlier(raced, envelope, digest).orElseGet(() -> new Verification(envelope, receipt, false, coverage));
    }

    private Optional<Verification> earlier(Optional<SeenMessage> seen, Envelope envelope, String digest) {
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        if (!seen.get().contentDigest().equals(digest)) {
            throw reject(Refusal.REPLAYED, envelope.messageId());
        }
        JWSObject jws = Jws.parse(seen.get().receipt(), Receipt.TYPE).orElseThrow();
        Receipt first = Receipt.fromJson(jws.getPayload().toJSONObject(), seen.get().receipt());
        return Optional.of(new Verification(envelope, first, true, null));
    }

    private AgreementCoverage checkAgreement(Directory dir, Envelope envelope) {
        CaseRef c = envelope.caseRef();
        boolean forward = envelope.type().fromFilingNode();
        boolean parties = forward
                ? envelope.sender().equals(c.filingRegency()) && envelope.receiver().equals(c.subjectRegency())
                : envelope.sender().equals(c.subjectRegency()) && envelope.receiver().equals(c.filingRegency());
        if (!parties) {
            throw reject(Refusal.WRONG_PARTIES, envelope.type(), c.filingRegency().value(), c.subjectRegency().value());
        }
        LocalDate day = envelope.type() == MessageType.FORWARD_REQUEST
                ? LocalDate.ofInstant(envelope.sentAt(), zone) : c.filedOn();
        AgreementCoverage coverage = dir.coverage(c.filingRegency(), c.subjectRegency(), c.service(), day);
        String agreement = coverage.agreementIfAny().map(a -> a.id() + " (" + a.number() + ")").orElse("");
        switch (coverage.verdict()) {
            case COVERED -> { }
            case NO_AGREEMENT -> throw reject(Refusal.NO_AGREEMENT, c.filingRegency().value(), c.subjectRegency().value());
            case NOT_YET_IN_FORCE -> throw reject(Refusal.AGREEMENT_NOT_YET_IN_FORCE, agreement, day,
                    coverage.agreement().effectiveFrom());
            case EXPIRED -> throw reject(Refusal.AGREEMENT_EXPIRED, agreement, day, coverage.agreement().effectiveUntil());
            case TERMINATED -> throw reject(Refusal.AGREEMENT_TERMINATED, agreement, day,
                    coverage.agreement().terminatedFrom());
            case SERVICE_OUT_OF_SCOPE -> throw reject(Refusal.SERVICE_OUT_OF_SCOPE, c.service().value(), agreement);
            default -> throw reject(Refusal.NO_AGREEMENT, c.filingRegency().value(), c.subjectRegency().value());
        }
        if (envelope.type() == MessageType.FORWARD_REQUEST) {
            Set<String> extra = new TreeSet<>(envelope.fields().keySet());
            extra.removeAll(coverage.allowedFields());
            if (!extra.isEmpty()) {
                throw reject(Refusal.FIELD_NOT_ALLOWED, String.join(", ", extra), agreement);
            }
        }
        return coverage;
    }

    private static MessageRejectedException reject(Refusal refusal, Object... args) {
        return new MessageRejectedException(refusal, null, args);
    }

    @Override
    public String toString() {
        return "MessageVerifier[" + self.node().code().value() + ", skew=" + maxSkew + ", zone=" + zone + "]";
    }

    /** Builder for {@link MessageVerifier}. Defaults: system clock, 2 minutes skew, Asia/Jakarta. */
    public static final class Builder {
        private MessageSigner self;
        private Supplier<Directory> directory;
        private SeenMessageStore store;
        private Clock clock = Clock.systemUTC();
        private Duration maxSkew = Duration.ofMinutes(2);
        private ZoneId zone = ZoneId.of("Asia/Jakarta");

        private Builder() {
        }

        /** This node's signer: its code is the expected receiver and it signs the receipts. */
        public Builder self(MessageSigner self) {
            this.self = self;
            return this;
        }

        /** The trusted directory, e.g. {@code TrustedDirectory::current}. */
        public Builder directory(Supplier<Directory> directory) {
            this.directory = directory;
            return this;
        }

        public Builder store(SeenMessageStore store) {
            this.store = store;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** How far a send time may lie from now, either way. */
        public Builder maxSkew(Duration maxSkew) {
            this.maxSkew = maxSkew;
            return this;
        }

        /** The zone that decides which day a message was sent on, for agreement dates. */
        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        public MessageVerifier build() {
            return new MessageVerifier(this);
        }
    }
}
