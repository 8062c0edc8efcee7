package id.simpul.federation.message;

import static id.simpul.federation.World.KAPUAS;
import static id.simpul.federation.World.KAPUAS_HULU;
import static id.simpul.federation.World.KTP;
import static id.simpul.federation.World.KUBU_RAYA;
import static id.simpul.federation.World.PBG;
import static id.simpul.federation.World.SAMBAS;
import static id.simpul.federation.World.SANGGAU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.Base64URL;
import id.simpul.federation.DirectoryProblem;
import id.simpul.federation.DirectoryRejectedException;
import id.simpul.federation.World;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.identity.NodeIdentity;
import id.simpul.federation.internal.KeyFiles;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;

class MessageVerifierTest {

    private static final Map<String, String> FIELDS = Map.of("nik", "6106010101900001", "alasan", "hilang");

    private final World world = new World();
    private final Directory directory = world.directory();
    private final InMemorySeenMessageStore store = new InMemorySeenMessageStore();
    private final MessageVerifier kapuasHulu = world.verifier(KAPUAS_HULU, directory, store);

    @Test
    void forward_coveredByAgreement_isAcceptedWithAReceiptTheSenderCanVerify() {
        Envelope sent = world.forward(KUBU_RAYA, KAPUAS_HULU, KTP, FIELDS);

        Verification v = kapuasHulu.verify(world.signer(KUBU_RAYA).sign(sent));

        assertThat(v.duplicate()).isFalse();
        assertThat(v.envelope()).isEqualTo(sent);
        assertThat(v.coverage().agreement().id()).isEqualTo("pks-kubu-raya-kapuas-hulu");
        Receipt receipt = ReceiptVerifier.of(() -> directory).verify(v.receipt().compact(), sent);
        assertThat(receipt.outcome()).isEqualTo(Receipt.Outcome.ACCEPTED);
        assertThat(receipt.issuer()).isEqualTo(KAPUAS_HULU);
        assertThat(receipt.messageId()).isEqualTo(sent.messageId());
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void statusUpdate_fromCompetentNodeBack_isAccepted() {
        Envelope update = Envelope.builder().type(MessageType.STATUS_UPDATE).sender(KAPUAS_HULU).receiver(KUBU_RAYA)
                .sentAt(world.clock.instant()).caseRef(caseRef(KUBU_RAYA, KAPUAS_HULU, LocalDate.parse("2026-03-02")))
                .payload(Map.of("status", "COMPLETED", "changedAt", world.clock.instant().toString())).build();

        Verification v = world.verifier(KUBU_RAYA, directory, store).verify(world.signer(KAPUAS_HULU).sign(update));

        assertThat(v.envelope().payload()).containsEntry("status", "COMPLETED");
    }

    @Test
    void statusUpdate_forRequestFiledWhileAgreementWasInForce_isAcceptedAfterItExpired() {
        Envelope update = Envelope.builder().type(MessageType.STATUS_UPDATE).sender(SAMBAS).receiver(KUBU_RAYA)
                .sentAt(world.clock.instant()).caseRef(caseRef(KUBU_RAYA, SAMBAS, LocalDate.parse("2024-12-30")))
                .payload(Map.of("status", "COMPLETED", "changedAt", world.clock.instant().toString())).build();

        assertThat(world.verifier(KUBU_RAYA, directory, store).verify(world.signer(SAMBAS).sign(update)).duplicate())
                .isFalse();
    }

    @Test
    void forward_signedWithAnotherKey_isRefusedAsForgedWithASignedRefusal() {
        NodeIdentity impostor = NodeIdentity.of(KUBU_RAYA, KeyFiles.generate());
        String forged = MessageSigner.of(impostor).sign(world.forward(KUBU_RAYA, KAPUAS_HULU, KTP, FIELDS));

        assertThatThrownBy(() -> kapuasHulu.verify(forged)).satisfies(refused(Refusal.FORGED_SIGNATURE));
        assertThatThrownBy(() -> kapuasHulu.verify(forged)).isInstanceOfSatisfying(MessageRejectedException.class, e -> {
            Receipt r = e.receipt().orElseThrow();
            assertThat(r.outcome()).isEqualTo(Receipt.Outcome.REFUSED);
            assertThat(r.refusal()).contains(Refusal.FORGED_SIGNATURE);
            assertThat(r.issuer()).isEqualTo(KAPUAS_HULU);
        });
        assertThat(store.size()).isZero();
    }

    @Test
    void forward_payloadChangedAfterSigning_isRefusedAsForged() {
        String jws = world.signer(KUBU_RAYA).sign(world.forward(KUBU_RAYA, KAPUAS_HULU, KTP, FIELDS));
        String[] parts = jws.split("\\.");
        String json = Base64URL.from(parts[1]).decodeToString().replace("hilang", "rusak");
        String tampered = parts[0] + "." + Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> kapuasHulu.verify(tampered)).satisfies(refused(Refusal.FORGED_SIGNATURE));
    }

    @Test
    void forward_fromNodeOutsideTheDirectory_isRefusedAsUnknownSender() {
        Directory withoutKubuRaya = Directory.builder().sequence(1).issuedAt(directory.issuedAt())
                .expiresAt(directory.expiresAt()).node(directory.node(KAPUAS_HULU).orElseThrow()).build();
        MessageVerifier verifier = world.verifier(KAPUAS_HULU, withoutKubuRaya, store);

        assertThatThrownBy(() -> verifier.verify(world.signer(KUBU_RAYA).sign(world.forward(KUBU_RAYA, KAPUAS_HULU, KTP, FIELDS))))
                .satisfies(refused(Refusal.UNKNOWN_SENDER));
    }

    @Test
    void forward_addressedToAnotherNode_isRefused() {
        String jws = world.signer(KUBU_RAYA).sign(world.forward(KUBU_RAYA, KAPUAS_HULU, KTP, FIELDS));

        assertThatThrownBy(() -> world.verifier(SAMBAS, directory, store).verify(jws))
                .satisfies(refused(Refusal.WRONG_RECEIVER));
    }

    @Test
    void forward_deliveredTwice_isAppliedOnceAndAnsweredWithTheFirstReceipt() {
        String jws = world.signer(KUBU_RAYA).sign(world.forward(KUBU_RAYA, KAPUAS_HULU, KTP, FIELDS));
        Verification first = kapuasHulu.verify(jws);
        world.clock.advance(Duration.ofSeconds(30));

        Verification second = kapuasHulu.verify(jws);

        assertThat(second.duplicate()).isTrue();
        assertThat(second.receipt().compact()).isEqualTo(first.receipt().compact());
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void forward_outboxRetryWithFreshSendTimeAfterAnOutage_isADuplicateNotANewRequest() {
        Envelope sent = world.forward(KUBU_RAYA, KAPUAS_HULU, KTP, FIELDS);
        Verification first = kapuasHulu.verify(world.signer(KUBU_RAYA).sign(sent));
        world.clock.advance(Duration.ofHours(6));

        Envelope retry = sent.withSentAt(world.clock.instant());
        Verification second = kapuasHulu.verify(world.signer(KUBU_RAYA).sign(retry));

        assertThat(second.duplicate()).isTrue();
        assertThat(second.receipt().receiptId()).isEqualTo(first.receipt().receiptId());
        assertThat(ReceiptVerifier.of(() -> directory).verify(second.receipt().compact(), retry).outcome())
                .isEqualTo(Receipt.Outcome.ACCEPTED);
    }

    @Test
    void forward_sameIdWithOtherContent_isRefusedAsReplayed() {
        Envelope sent = world.forward(KUBU_RAYA, KAPUAS_HULU, KTP, FIELDS);
        kapuasHulu.verify(world.signer(KUBU_RAYA).sign(sent));
        Envelope other = Envelope.builder().messageId(sent.messageId()).type(sent.type()).sender(sent.sender())
                .receiver(sent.receiver()).sentAt(sent.sentAt()).caseRef(sent.caseRef())
                .payload(Map.of("fields", Map.of("nik", "6106010101900002"))).build();

        assertThatThrownBy(() -> kapuasHulu.verify(world.signer(KUBU_RAYA).sign(other)))
                .satisfies(refused(Refusal.REPLAYED));
    }

    @Test
    void forward_capturedAndReplayedAfterTheSkew_isRefusedAsStale() {
        String jws = world.signer(KUBU_RAYA).sign(world.forward(KUBU_RAYA, KAPUAS_HULU, KTP, FIELDS));
        world.clock.advance(Duration.ofMinutes(2).plusSeconds(1));

        assertThatThrownBy(() -> kapuasHulu.verify(jws)).satisfies(refused(Refusal.STALE));
    }

    @Test
    void forward_datedBeyondTheSkewInTheFuture_isRefused() {
        Envelope sent = world.forward(KUBU_RAYA, KAPUAS_HULU, KTP, FIELDS).withSentAt(World.NOW.plus(Duration.ofMinutes(3)));

        assertThatThrownBy(() -> kapuasHulu.verify(world.signer(KUBU_RAYA).sign(sent))).satisfies(refused(Refusal.FUTURE));
    }

    @Test
    void forward_underExpiredAgreement_isRefusedNamingTheAgreementAndItsEnd() {
        String jws = world.signer(KUBU_RAYA).sign(world.forward(KUBU_RAYA, SAMBAS, KTP, FIELDS));

        assertThatThrownBy(() -> world.verifier(SAMBAS, directory, store).verify(jws))
                .isInstanceOfSatisfying(MessageRejectedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.AGREEMENT_EXPIRED);
                    assertThat(e.getMessage()).contains("pks-kubu-raya-sambas").contains("2024-12-31");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("ended on 2024-12-31");
                    assertThat(e.receipt().orElseThrow().refusal()).contains(Refusal.AGREEMENT_EXPIRED);
                });
    }

    @Test
    void forward_underAgreementNotYetInForce_isRefused() {
        String jws = world.signer(KUBU_RAYA).sign(world.forward(KUBU_RAYA, KAPUAS, KTP, FIELDS));

        assertThatThrownBy(() -> world.verifier(KAPUAS, directory, store).verify(jws))
                .satisfies(refused(Refusal.AGREEMENT_NOT_YET_IN_FORCE));
    }

    @Test
    void forward_underTerminatedAgreement_isRefused() {
        String jws = world.signer(KUBU_RAYA).sign(world.forward(KUBU_RAYA, SANGGAU, KTP, FIELDS));

        assertThatThrownBy(() -> world.verifier(SANGGAU, directory, store).verify(jws))
                .satisfies(refused(Refusal.AGREEMENT_TERMINATED));
    }

    @Test
    void forward_serviceOutsideTheAgreement_isRefused() {
        String jws = world.signer(KUBU_RAYA).sign(world.forward(KUBU_RAYA, KAPUAS_HULU, PBG, Map.of()));

        assertThatThrownBy(() -> kapuasHulu.verify(jws)).satisfies(refused(Refusal.SERVICE_OUT_OF_SCOPE));
    }

    @Test
    void forward_betweenRegenciesWithoutAgreement_isRefused() {
        String jws = world.signer(SAMBAS).sign(world.forward(SAMBAS, KAPUAS_HULU, KTP, FIELDS));

        assertThatThrownBy(() -> kapuasHulu.verify(jws)).satisfies(refused(Refusal.NO_AGREEMENT));
    }

    @Test
    void forward_carryingFieldsTheAgreementDoesNotAllow_isRefusedNamingOnlyTheFieldNames() {
        String jws = world.signer(KUBU_RAYA).sign(world.forward(KUBU_RAYA, KAPUAS_HULU, KTP,
                Map.of("nik", "6106010101900001", "nama_ibu", "SITI AMINAH")));

        assertThatThrownBy(() -> kapuasHulu.verify(jws)).isInstanceOfSatisfying(MessageRejectedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(Refusal.FIELD_NOT_ALLOWED);
            assertThat(e.getMessage()).contains("nama_ibu").doesNotContain("SITI").doesNotContain("6106010101900001");
        });
        assertThat(store.size()).isZero();
    }

    @Test
    void forward_sentByTheCompetentRegencyInsteadOfTheFilingOne_isRefusedAsWrongParties() {
        Envelope backwards = Envelope.builder().type(MessageType.FORWARD_REQUEST).sender(KUBU_RAYA).receiver(KAPUAS_HULU)
                .sentAt(world.clock.instant()).caseRef(caseRef(KAPUAS_HULU, KUBU_RAYA, LocalDate.parse("2026-03-02")))
                .payload(Map.of("fields", Map.of())).build();

        assertThatThrownBy(() -> kapuasHulu.verify(world.signer(KUBU_RAYA).sign(backwards)))
                .satisfies(refused(Refusal.WRONG_PARTIES));
    }

    @Test
    void anyMessage_whileOwnDirectoryExpired_isRefusedAsRetryable() {
        MessageVerifier verifier = MessageVerifier.builder().self(world.signer(KAPUAS_HULU)).store(store).clock(world.clock)
                .directory(() -> {
                    throw new DirectoryRejectedException(DirectoryProblem.EXPIRED, null, "2026-03-01T00:00:00Z");
                }).build();
        String jws = world.signer(KUBU_RAYA).sign(world.forward(KUBU_RAYA, KAPUAS_HULU, KTP, FIELDS));

        assertThatThrownBy(() -> verifier.verify(jws)).isInstanceOfSatisfying(MessageRejectedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(Refusal.DIRECTORY_UNAVAILABLE);
            assertThat(e.retryable()).isTrue();
        });
    }

    @Test
    void garbage_isRefusedAsMalformedWithoutReceipt() {
        assertThatThrownBy(() -> kapuasHulu.verify("eyJhbGciOiJub25lIn0.e30.")).isInstanceOfSatisfying(
                MessageRejectedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.MALFORMED);
                    assertThat(e.receipt()).isEmpty();
                });
    }

    @Test
    void receipt_forAnotherMessage_isRefusedBySender() {
        Envelope a = world.forward(KUBU_RAYA, KAPUAS_HULU, KTP, FIELDS);
        Envelope b = world.forward(KUBU_RAYA, KAPUAS_HULU, KTP, FIELDS);
        Receipt forA = kapuasHulu.verify(world.signer(KUBU_RAYA).sign(a)).receipt();

        assertThatThrownBy(() -> ReceiptVerifier.of(() -> directory).verify(forA.compact(), b))
                .satisfies(refused(Refusal.RECEIPT_MISMATCH));
    }

    @Test
    void receipt_signedByAnImpostor_isRefusedBySender() {
        Envelope sent = world.forward(KUBU_RAYA, KAPUAS_HULU, KTP, FIELDS);
        MessageVerifier impostor = MessageVerifier.builder()
                .self(MessageSigner.of(NodeIdentity.of(KAPUAS_HULU, KeyFiles.generate())))
                .directory(() -> directory).store(new InMemorySeenMessageStore()).clock(world.clock).build();
        Receipt fake = impostor.verify(world.signer(KUBU_RAYA).sign(sent)).receipt();

        assertThatThrownBy(() -> ReceiptVerifier.of(() -> directory).verify(fake.compact(), sent))
                .satisfies(refused(Refusal.FORGED_SIGNATURE));
    }

    @Test
    void envelopeToString_showsNoPayload() {
        Envelope sent = world.forward(KUBU_RAYA, KAPUAS_HULU, KTP, FIELDS);

        assertThat(sent.toString()).contains(sent.messageId()).doesNotContain("6106010101900001").doesNotContain("hilang");
    }

    @Test
    void signer_refusesToSignForAnotherNode() {
        Envelope fromSambas = world.forward(SAMBAS, KAPUAS_HULU, KTP, FIELDS);

        assertThatThrownBy(() -> world.signer(KUBU_RAYA).sign(fromSambas))
                .isInstanceOf(id.simpul.federation.FederationDataException.class);
    }

    private static CaseRef caseRef(id.simpul.sdk.region.RegionCode filing, id.simpul.sdk.region.RegionCode subject,
            LocalDate filedOn) {
        return new CaseRef(filing, subject, World.KTP, filedOn, "REG-2026-000123");
    }

    private static ThrowingConsumer<Throwable> refused(Refusal expected) {
        return t -> assertThat(t).isInstanceOfSatisfying(MessageRejectedException.class,
                e -> assertThat(e.refusal()).isEqualTo(expected));
    }
}
