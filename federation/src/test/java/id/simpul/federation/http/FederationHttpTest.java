package id.simpul.federation.http;

import static id.simpul.federation.World.KAPUAS_HULU;
import static id.simpul.federation.World.KTP;
import static id.simpul.federation.World.KUBU_RAYA;
import static id.simpul.federation.World.SAMBAS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.federation.World;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.message.CaseRef;
import id.simpul.federation.message.Envelope;
import id.simpul.federation.message.InMemorySeenMessageStore;
import id.simpul.federation.message.MessageType;
import id.simpul.federation.message.MessageVerifier;
import id.simpul.federation.message.Receipt;
import id.simpul.federation.message.Refusal;
import id.simpul.federation.message.Verification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two nodes speaking the federation API over real HTTP on loopback. */
class FederationHttpTest {

    private final World world = new World();
    private final AtomicReference<Directory> directory = new AtomicReference<>();
    private final List<Verification> applied = new CopyOnWriteArrayList<>();
    private final AtomicBoolean failNext = new AtomicBoolean();
    private final List<id.simpul.federation.message.MessageRejectedException> audited = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private LoopbackNode kapuasHulu;
    private FederationClient kubuRaya;

    @BeforeEach
    void start() throws Exception {
        kapuasHulu = new LoopbackNode(world, KAPUAS_HULU, directory::get, new FederationEndpoint.Handler() {
            @Override
            public void accept(Verification message) {
                if (failNext.getAndSet(false)) {
                    throw new IllegalStateException("database down");
                }
                applied.add(message);
            }

            @Override
            public void refused(id.simpul.federation.message.MessageRejectedException refusal) {
                audited.add(refusal);
            }

            @Override
            public Optional<Envelope> status(Verification query) {
                CaseRef c = query.envelope().caseRef();
                return applied.stream().filter(v -> v.envelope().caseRef().equals(c)).findFirst()
                        .map(v -> Envelope.builder().type(MessageType.STATUS_UPDATE).sender(KAPUAS_HULU)
                                .receiver(KUBU_RAYA).sentAt(world.clock.instant()).caseRef(c)
                                .payload(Map.of("status", "IN_PROCESS", "changedAt", world.clock.instant().toString()))
                                .build());
            }
        });
        URI url = kapuasHulu.start(0);
        directory.set(world.directoryBuilder(Map.of(KAPUAS_HULU, url)).build());
        kubuRaya = FederationClient.of(world.signer(KUBU_RAYA), directory::get, http, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        kapuasHulu.close();
    }

    @Test
    void forward_overHttp_isAppliedOnceAndAnsweredWithAVerifiedReceipt() {
        Envelope sent = forward();

        Receipt receipt = kubuRaya.send(sent);

        assertThat(receipt.outcome()).isEqualTo(Receipt.Outcome.ACCEPTED);
        assertThat(applied).hasSize(1);
        assertThat(applied.get(0).envelope()).isEqualTo(sent);
    }

    @Test
    void retryAfterLostAnswer_isNotAppliedTwice() {
        Envelope sent = forward();
        Receipt first = kubuRaya.send(sent);
        world.clock.advance(Duration.ofMinutes(10));

        Receipt again = kubuRaya.send(sent.withSentAt(world.clock.instant()));

        assertThat(again.receiptId()).isEqualTo(first.receiptId());
        assertThat(applied).hasSize(1);
    }

    @Test
    void partnerDown_isRetryable_andTheRetryAfterRestartIsDeliveredExactlyOnce() throws Exception {
        int port = kapuasHulu.port();
        kapuasHulu.stop();
        Envelope sent = forward();

        assertThatThrownBy(() -> kubuRaya.send(sent)).isInstanceOfSatisfying(PartnerUnavailableException.class,
                e -> assertThat(e.retryable()).isTrue());

        kapuasHulu.start(port);
        world.clock.advance(Duration.ofMinutes(30));
        kubuRaya.send(sent.withSentAt(world.clock.instant()));
        kubuRaya.send(sent.withSentAt(world.clock.instant()));

        assertThat(applied).hasSize(1);
    }

    @Test
    void handlerFailure_forgetsTheMessage_soTheRetryIsApplied() {
        Envelope sent = forward();
        failNext.set(true);

        assertThatThrownBy(() -> kubuRaya.send(sent)).isInstanceOf(PartnerUnavailableException.class);
        kubuRaya.send(sent.withSentAt(world.clock.instant()));

        assertThat(applied).hasSize(1);
        assertThat(kapuasHulu.store.size()).isEqualTo(1);
    }

    @Test
    void agreementExpiredInBetween_comesBackAsSignedRefusalWithTheReason() {
        Envelope sent = forward();
        world.clock.set(java.time.Instant.parse("2028-01-02T03:00:00Z"));
        directory.set(world.directoryBuilder(Map.of(KAPUAS_HULU, URI.create("http://127.0.0.1:" + kapuasHulu.port() + "/")))
                .issuedAt(world.clock.instant()).expiresAt(world.clock.instant().plus(Duration.ofDays(30))).build());

        assertThatThrownBy(() -> kubuRaya.send(sent.withSentAt(world.clock.instant())))
                .isInstanceOfSatisfying(PartnerRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.AGREEMENT_EXPIRED);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.receipt()).isPresent();
                    assertThat(e.getMessage()).contains("61.06").contains("2027-12-31");
                });
        assertThat(applied).isEmpty();
    }

    @Test
    void forgedMessage_isAnswered401ProblemInTheCallersLanguage() throws Exception {
        String forged = id.simpul.federation.message.MessageSigner.of(id.simpul.federation.identity.NodeIdentity.of(
                KUBU_RAYA, id.simpul.federation.internal.KeyFiles.generate())).sign(forward());

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(FederationPaths.at(
                        directory.get().node(KAPUAS_HULU).orElseThrow().baseUrl(), MessageType.FORWARD_REQUEST))
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(forged)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).contains(RefusalProblem.MEDIA_TYPE);
        assertThat(response.body()).contains("urn:simpul:federation:refusal:forged-signature")
                .contains("Federation message refused").contains("\"receipt\"");
        assertThat(applied).isEmpty();
        assertThat(audited).singleElement().satisfies(e -> {
            assertThat(e.refusal()).isEqualTo(Refusal.FORGED_SIGNATURE);
            assertThat(e.receipt().orElseThrow().recipient()).isEqualTo(KUBU_RAYA);
        });
    }

    @Test
    void messageOfAnotherKindAtThisPath_isRefusedAndNotRemembered() throws Exception {
        String jws = world.signer(KUBU_RAYA).sign(forward());

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(FederationPaths.at(
                        directory.get().node(KAPUAS_HULU).orElseThrow().baseUrl(), MessageType.STATUS_UPDATE))
                .POST(HttpRequest.BodyPublishers.ofString(jws)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(kapuasHulu.store.size()).isZero();
    }

    @Test
    void statusQuery_isAnsweredWithASignedStatusUpdateTheAskingNodeVerifies() {
        Envelope sent = forward();
        kubuRaya.send(sent);
        Envelope query = Envelope.builder().type(MessageType.STATUS_QUERY).sender(KUBU_RAYA).receiver(KAPUAS_HULU)
                .sentAt(world.clock.instant()).caseRef(sent.caseRef()).build();
        MessageVerifier self = MessageVerifier.builder().self(world.signer(KUBU_RAYA)).directory(directory::get)
                .store(new InMemorySeenMessageStore()).clock(world.clock).build();

        Verification status = kubuRaya.query(query, self);

        assertThat(status.envelope().type()).isEqualTo(MessageType.STATUS_UPDATE);
        assertThat(status.envelope().payload()).containsEntry("status", "IN_PROCESS");
    }

    @Test
    void forwardToRegencyWithoutAgreement_isRefusedBeforeAnythingIsApplied() {
        Envelope fromSambas = Envelope.builder().type(MessageType.FORWARD_REQUEST).sender(KUBU_RAYA).receiver(KAPUAS_HULU)
                .sentAt(world.clock.instant())
                .caseRef(new CaseRef(KUBU_RAYA, SAMBAS, KTP, LocalDate.parse("2026-03-02"), "REG-2026-000124"))
                .payload(Map.of("fields", Map.of())).build();

        assertThatThrownBy(() -> kubuRaya.send(fromSambas)).isInstanceOfSatisfying(PartnerRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(Refusal.WRONG_PARTIES));
    }

    private Envelope forward() {
        return world.forward(KUBU_RAYA, KAPUAS_HULU, KTP, Map.of("nik", "6106010101900001", "alasan", "hilang"));
    }
}
