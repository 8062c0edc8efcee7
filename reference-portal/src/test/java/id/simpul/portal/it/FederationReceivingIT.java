package id.simpul.portal.it;

import static id.simpul.portal.it.FederationWorld.BENGKAYANG;
import static id.simpul.portal.it.FederationWorld.KAPUAS;
import static id.simpul.portal.it.FederationWorld.KAPUAS_HULU;
import static id.simpul.portal.it.FederationWorld.KUBU_RAYA;
import static id.simpul.portal.it.FederationWorld.LANDAK;
import static id.simpul.portal.it.FederationWorld.SAMBAS;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.directory.DirectoryVerifier;
import id.simpul.federation.http.FederationPaths;
import id.simpul.federation.identity.NodeIdentity;
import id.simpul.federation.message.CaseRef;
import id.simpul.federation.message.Envelope;
import id.simpul.federation.message.MessageSigner;
import id.simpul.federation.message.MessageType;
import id.simpul.federation.message.Receipt;
import id.simpul.federation.message.ReceiptVerifier;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.request.RegistrationNumber;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kapuas Hulu's real portal (61.06) receiving signed messages from partner nodes the test plays
 * (their keys are in the signed directory, or deliberately not): a forward under an agreement is
 * stored, routed to the competent office and answered with a signed receipt; every forged, unknown,
 * replayed, stale, uncovered or over-sharing message is refused with the library's problem and a
 * signed refusal, and recorded and audited; status changes made by Kapuas Hulu's officers travel back
 * to the filing node through the outbox, also across an outage of that node, exactly once.
 */
class FederationReceivingIT {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final AtomicInteger SEQUENCE = new AtomicInteger(500);

    private static FederationNetwork net;
    private static Api kapuasHulu;
    private static Directory directory;

    @BeforeAll
    static void network() throws Exception {
        net = FederationNetwork.get();
        kapuasHulu = new Api(net.kapuasHulu.base());
        directory = DirectoryVerifier.of(net.world.authority.toPublicJWK(), Clock.systemUTC(), Duration.ofMinutes(2))
                .verify(Files.readString(net.world.directoryFile()));
    }

    @Test
    void forward_underAgreement_isStoredForTheCompetentOfficeAndAnsweredWithASignedReceipt() {
        Envelope forward = forward(KUBU_RAYA, "ADM-KTP-HILANG", Map.of("nik", List.of("6106010101900001"),
                "alasan", List.of("HILANG")));

        Api.Reply reply = send(net.world.signer(KUBU_RAYA), forward);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/jose");
        Receipt receipt = ReceiptVerifier.of(() -> directory).verify(reply.body(), forward);
        assertThat(receipt.outcome()).isEqualTo(Receipt.Outcome.ACCEPTED);
        assertThat(receipt.issuer()).isEqualTo(KAPUAS_HULU);

        Map<String, Object> request = officerSees(forward.caseRef().reference());
        assertThat(request).containsEntry("competentOffice", "61.06-disdukcapil").containsEntry("status", "SUBMITTED")
                .containsEntry("filingAgency", "61.12-mpp");
        assertThat(kapuasHulu.get("/api/v1/track/" + forward.caseRef().reference(), null).json())
                .containsEntry("status", "SUBMITTED");
        assertThat(events()).anySatisfy(e -> assertThat(e).containsEntry("messageId", forward.messageId())
                .containsEntry("outcome", "ACCEPTED"));
    }

    @Test
    void forward_retriedWithAFreshSendTime_getsTheFirstReceiptAndIsStoredOnce() {
        Envelope forward = forward(KUBU_RAYA, "ADM-KTP-HILANG", Map.of("nik", List.of("6106010101900002")));
        Api.Reply first = send(net.world.signer(KUBU_RAYA), forward);
        Api.Reply retry = send(net.world.signer(KUBU_RAYA), forward.withSentAt(Instant.now().plusMillis(5)));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        long stored = officerRequests().stream()
                .filter(r -> forward.caseRef().reference().equals(r.get("registrationNumber"))).count();
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void forward_thatCannotBeAppliedHere_isAnsweredTryAgainAndNotRemembered() {
        // ADM-KIA is covered by the agreement with 62.03 but missing from this node's catalogue
        Envelope forward = forward(KAPUAS, "ADM-KIA", Map.of("nik", List.of("6106010101900004")));

        Api.Reply first = send(net.world.signer(KAPUAS), forward);
        Api.Reply retry = send(net.world.signer(KAPUAS), forward.withSentAt(Instant.now().plusMillis(5)));

        assertThat(first.status()).as(first.toString()).isEqualTo(503);
        assertThat(retry.status()).as("the retry is applied again, not answered as a duplicate: " + retry)
                .isEqualTo(503);
        assertThat(kapuasHulu.get("/api/v1/track/" + forward.caseRef().reference(), null).status()).isEqualTo(404);
    }

    @Test
    void forward_sameIdWithOtherContent_isRefusedAsReplayedAndAudited() {
        Envelope forward = forward(KUBU_RAYA, "ADM-KTP-HILANG", Map.of("alasan", List.of("HILANG")));
        assertThat(send(net.world.signer(KUBU_RAYA), forward).status()).isEqualTo(200);
        Envelope other = Envelope.builder().messageId(forward.messageId()).type(MessageType.FORWARD_REQUEST)
                .sender(KUBU_RAYA).receiver(KAPUAS_HULU).sentAt(now()).caseRef(forward.caseRef())
                .payload(Map.of("fields", Map.of("alasan", List.of("RUSAK")))).build();

        assertRefused(send(net.world.signer(KUBU_RAYA), other), 409, "replayed", other);
        assertThat(officerSees(forward.caseRef().reference()).get("form")).isEqualTo(Map.of("alasan", List.of("HILANG")));
    }

    @Test
    void forward_sentLongerAgoThanTheAllowedSkew_isRefusedAsStale() {
        Envelope old = forward(KAPUAS, "ADM-KTP-HILANG", Map.of("alasan", List.of("HILANG")))
                .withSentAt(now().minus(10, ChronoUnit.MINUTES));

        assertRefused(send(net.world.signer(KAPUAS), old), 409, "stale", old);
    }

    @Test
    void forward_signedWithAKeyThatIsNotTheSenders_isRefusedAsForged() throws Exception {
        Envelope forward = forward(KAPUAS, "ADM-KTP-HILANG", Map.of("alasan", List.of("HILANG")));
        MessageSigner impostor = MessageSigner.of(NodeIdentity.of(KAPUAS,
                new com.nimbusds.jose.jwk.ECKey.Builder(new ECKeyGenerator(Curve.P_256).generate())
                        .keyIDFromThumbprint().build()));

        assertRefused(send(impostor, forward), 401, "forged-signature", forward);
    }

    @Test
    void forward_fromANodeOutsideTheDirectory_isRefusedAsUnknownSender() throws Exception {
        RegionCode stranger = RegionCode.parse("61.05");
        NodeIdentity identity = NodeIdentity.loadOrCreate(stranger, net.world.dir.resolve("stranger"));
        Envelope forward = forward(stranger, "ADM-KTP-HILANG", Map.of("alasan", List.of("HILANG")));

        assertRefused(send(MessageSigner.of(identity), forward), 401, "unknown-sender", forward);
    }

    @Test
    void forward_agreementExpired_notYetInForce_none_orServiceOutOfScope_isRefusedWithTheReason() {
        Envelope expired = forward(SAMBAS, "ADM-KTP-HILANG", Map.of("alasan", List.of("HILANG")));
        Envelope notYet = forward(BENGKAYANG, "ADM-KTP-HILANG", Map.of("alasan", List.of("HILANG")));
        Envelope none = forward(LANDAK, "ADM-KTP-HILANG", Map.of("alasan", List.of("HILANG")));
        Envelope outOfScope = forward(KAPUAS, "ADM-AKTA-LAHIR", Map.of());

        assertRefused(send(net.world.signer(SAMBAS), expired), 403, "agreement-expired", expired);
        assertRefused(send(net.world.signer(BENGKAYANG), notYet), 403, "agreement-not-yet-in-force", notYet);
        assertRefused(send(net.world.signer(LANDAK), none), 403, "no-agreement", none);
        assertRefused(send(net.world.signer(KAPUAS), outOfScope), 403, "service-out-of-scope", outOfScope);
    }

    @Test
    void forward_carryingAFieldTheAgreementDoesNotShare_isRefusedAndNothingIsStored() {
        Envelope forward = forward(KAPUAS, "ADM-KTP-HILANG", Map.of("alasan", List.of("HILANG"),
                "nama_lengkap", List.of("Dayang Sumbi")));

        assertRefused(send(net.world.signer(KAPUAS), forward), 403, "field-not-allowed", forward);
        assertThat(kapuasHulu.get("/api/v1/track/" + forward.caseRef().reference(), null).status()).isEqualTo(404);
        assertThat(events().toString()).doesNotContain("Dayang Sumbi");
    }

    @Test
    void directory_tamperedWith_isRefusedOnRefreshAndTheLastGoodOneStaysInUse() {
        try {
            net.world.writeTamperedDirectory();
            Api.Reply refreshed = kapuasHulu.post("/api/v1/federation/directory/refresh", "admin", "", Map.of());

            assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
            assertThat((String) refreshed.json().get("lastRefreshProblem")).contains("/");
            assertThat(refreshed.json()).containsEntry("state", "ON");
            Envelope forward = forward(KAPUAS, "ADM-KTP-HILANG", Map.of("alasan", List.of("HILANG")));
            assertThat(send(net.world.signer(KAPUAS), forward).status()).isEqualTo(200);
        } finally {
            net.world.writeGoodDirectory();
        }
        Api.Reply again = kapuasHulu.post("/api/v1/federation/directory/refresh", "admin", "", Map.of());
        assertThat(again.json()).doesNotContainKey("lastRefreshProblem").containsEntry("state", "ON");
    }

    @Test
    void directory_expiredWhileInUse_federationIsRefusedUntilANewerOneIsLoaded() {
        net.world.publish(Duration.ofSeconds(15));
        Api.Reply loaded = kapuasHulu.post("/api/v1/federation/directory/refresh", "admin", "", Map.of());
        assertThat(loaded.json()).as(loaded.toString()).containsEntry("state", "ON");
        try {
            await(() -> "REFUSED".equals(kapuasHulu.get("/api/v1/federation/node", "admin").json().get("state")),
                    "the short-lived directory expires at 61.06");
            Map<String, Object> node = kapuasHulu.get("/api/v1/federation/node", "admin").json();
            assertThat((String) node.get("problem")).contains(" / ");
            assertThat(kapuasHulu.get("/health/ready", null).status()).as("the rest of the portal keeps working")
                    .isEqualTo(200);
            Envelope forward = forward(KAPUAS, "ADM-KTP-HILANG", Map.of("alasan", List.of("HILANG")));
            assertRefused(send(net.world.signer(KAPUAS), forward), 503, "directory-unavailable", forward);
        } finally {
            net.world.publish(Duration.ofDays(30));
        }
        Api.Reply renewed = kapuasHulu.post("/api/v1/federation/directory/refresh", "admin", "", Map.of());
        assertThat(renewed.json()).as(renewed.toString()).containsEntry("state", "ON");
        Envelope forward = forward(KAPUAS, "ADM-KTP-HILANG", Map.of("alasan", List.of("HILANG")));
        assertThat(send(net.world.signer(KAPUAS), forward).status()).isEqualTo(200);
    }

    @Test
    void statusChanges_travelBackToTheFilingNode_exactlyOnce_evenWhileItIsDown() {
        Envelope forward = forward(KAPUAS, "ADM-KTP-HILANG", Map.of("nik", List.of("6106010101900003"),
                "alasan", List.of("HILANG")));
        assertThat(send(net.world.signer(KAPUAS), forward).status()).isEqualTo(200);
        String reference = forward.caseRef().reference();
        String id = (String) officerSees(reference).get("id");

        assertThat(kapuasHulu.transition(id, "petugas-disdukcapil", "VERIFY", null).status()).isEqualTo(200);
        await(() -> statusesAtKapuas(reference).contains("VERIFIED"), "VERIFIED reaches 62.03");

        net.kapuas.stop();
        try {
            assertThat(kapuasHulu.transition(id, "petugas-disdukcapil", "START_PROCESSING", null).status()).isEqualTo(200);
            assertThat(kapuasHulu.transition(id, "petugas-disdukcapil", "COMPLETE", null).status()).isEqualTo(200);
            await(() -> pendingFor("62.03") >= 1 && attemptsFor("62.03") >= 1, "outbox holds the updates for 62.03");
        } finally {
            net.kapuas.start();
        }
        await(() -> statusesAtKapuas(reference).contains("COMPLETED"), "COMPLETED reaches 62.03 after it is back");
        await(() -> pendingFor("62.03") == 0, "outbox for 62.03 drained");

        assertThat(statusesAtKapuas(reference)).containsExactlyInAnyOrder("VERIFIED", "IN_PROCESS", "COMPLETED");
        assertThat(net.kapuas.accepted.stream().filter(e -> e.caseRef().reference().equals(reference))
                .map(Envelope::messageId).distinct().count()).isEqualTo(3);
        assertThat(kapuasHulu.get("/api/v1/track/" + reference, null).json()).containsEntry("status", "COMPLETED");
        assertThat(kapuasHulu.get("/api/v1/audit/verify", "admin").json()).containsEntry("intact", true);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Envelope forward(RegionCode from, String service, Map<String, List<String>> fields) {
        LocalDate today = LocalDate.now(JAKARTA);
        String reference = RegistrationNumber.of(from, today, SEQUENCE.incrementAndGet()).value();
        Map<String, Object> routing = new LinkedHashMap<>();
        routing.put("competentOffice", "61.06-disdukcapil");
        routing.put("filingAgency", from.value() + "-mpp");
        routing.put("filingChannel", "COUNTER");
        routing.put("subjectRegion", "61.06.01");
        return Envelope.builder().type(MessageType.FORWARD_REQUEST).sender(from).receiver(KAPUAS_HULU).sentAt(now())
                .caseRef(new CaseRef(from, KAPUAS_HULU, ServiceCode.of(service), today, reference))
                .payload(Map.of("fields", fields, "routing", routing,
                        "documents", List.of(Map.of("code", "sktlk", "issuedOn", today.toString()))))
                .build();
    }

    private static Api.Reply send(MessageSigner signer, Envelope envelope) {
        return kapuasHulu.post("/" + FederationPaths.PREFIX + FederationPaths.of(envelope.type()), null,
                signer.sign(envelope), Map.of("Content-Type", "application/jose", "Accept-Language", "en"));
    }

    private static void assertRefused(Api.Reply reply, int status, String refusal, Envelope envelope) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json()).containsEntry("refusal", refusal).containsKey("detail");
        if (!"unknown-sender".equals(refusal)) {
            Receipt signed = ReceiptVerifier.of(() -> directory).verify((String) reply.json().get("receipt"), envelope);
            assertThat(signed.refusal()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(refusal));
        }
        assertThat(events()).anySatisfy(e -> assertThat(e).containsEntry("outcome", "REFUSED")
                .containsEntry("refusal", refusal).containsEntry("messageId", envelope.messageId()));
        if (!"replayed".equals(refusal)) {
            assertThat(kapuasHulu.get("/api/v1/track/" + envelope.caseRef().reference(), null).status())
                    .as("nothing stored for a refused message").isEqualTo(404);
        }
        assertThat(kapuasHulu.get("/api/v1/audit/verify", "admin").json()).containsEntry("intact", true);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events() {
        Api.Reply r = kapuasHulu.get("/api/v1/federation/events?limit=1000", "admin");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return (List<Map<String, Object>>) r.json().get("events");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> officerRequests() {
        Api.Reply r = kapuasHulu.get("/api/v1/requests?size=100", "petugas-disdukcapil");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return (List<Map<String, Object>>) r.json().get("items");
    }

    private static Map<String, Object> officerSees(String reference) {
        return officerRequests().stream().filter(r -> reference.equals(r.get("registrationNumber"))).findFirst()
                .orElseThrow(() -> new AssertionError("the officer of 61.06-disdukcapil does not see " + reference));
    }

    private static List<String> statusesAtKapuas(String reference) {
        return net.kapuas.accepted.stream().filter(e -> e.type() == MessageType.STATUS_UPDATE)
                .filter(e -> e.caseRef().reference().equals(reference)).map(e -> (String) e.payload().get("status"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> partner(String code) {
        Api.Reply r = kapuasHulu.get("/api/v1/federation/partners", "admin");
        return ((List<Map<String, Object>>) r.json().get("partners")).stream()
                .filter(p -> code.equals(p.get("partner"))).findFirst().orElse(Map.of());
    }

    private static long pendingFor(String code) {
        return ((Number) partner(code).getOrDefault("pending", 0)).longValue();
    }

    private static long attemptsFor(String code) {
        return ((Number) partner(code).getOrDefault("maxAttempts", 0)).longValue();
    }

    /** Polls a condition the nodes reach through their outbox (bounded: 60 s); fails with the description. */
    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not reached within 60 s: " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
