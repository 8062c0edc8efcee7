package id.simpul.portal.it;

import static id.simpul.portal.it.FederationReceivingIT.await;
import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.federation.message.Envelope;
import id.simpul.federation.message.MessageType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-regency filing between two real portals: a Kapuas Hulu (61.06) resident at the Kubu Raya
 * (61.12) MPP counter. Kubu Raya stores the request and forwards it through its outbox, with only
 * the fields the agreement shares; Kapuas Hulu stores it for its Disdukcapil, whose officer decides
 * it; the status travels back; both counters track it. Also: no agreement → refused at filing with
 * the legal reason; Kapuas Hulu killed while filing → delivered exactly once after it restarts on
 * its data folder; the partner refusing (agreement ended in between) → back to the filing counter
 * with the reason; Kubu Raya killed while the decision travels back → every status arrives once.
 */
class FederationFilingIT {

    private static FederationNetwork net;
    private static Api kubuRaya;
    private static Api kapuasHulu;

    @BeforeAll
    static void network() {
        net = FederationNetwork.get();
        kubuRaya = new Api(net.kubuRaya.base());
        kapuasHulu = new Api(net.kapuasHulu.base());
    }

    @Test
    void crossRegencyFiling_isForwardedDecidedAtTheCompetentNode_andTrackedAtBoth() {
        Map<String, Object> filed = fileKtpForKapuasHuluResident("6106010101900021");
        String id = (String) filed.get("id");
        String reg = (String) filed.get("registrationNumber");

        await(() -> "DELIVERED".equals(federationState(kubuRaya, id).get("state")), "forward delivered to 61.06");
        assertThat(federationState(kubuRaya, id)).containsEntry("role", "FILING").containsEntry("partner", "61.06")
                .containsEntry("withheldFields", List.of("keterangan")).containsKey("receiptId");
        Map<String, Object> there = requestAtKapuasHulu(reg);
        assertThat(there).containsEntry("competentOffice", "61.06-disdukcapil").containsEntry("status", "SUBMITTED");
        assertThat(there.get("form")).as("fields outside the agreement never leave Kubu Raya")
                .isEqualTo(Map.of("nik", List.of("6106010101900021"), "alasan", List.of("HILANG")));

        String thereId = (String) there.get("id");
        for (String action : List.of("VERIFY", "START_PROCESSING", "COMPLETE")) {
            Api.Reply r = kapuasHulu.transition(thereId, "petugas-disdukcapil", action, null);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }

        await(() -> "COMPLETED".equals(kubuRaya.get("/api/v1/track/" + reg, null).json().get("status")),
                "COMPLETED visible at Kubu Raya");
        assertThat(kapuasHulu.get("/api/v1/track/" + reg, null).json()).containsEntry("status", "COMPLETED");
        Api.Reply history = kubuRaya.get("/api/v1/requests/" + id + "/history", "petugas-mpp");
        assertThat(history.body()).contains("node:61.06");
        assertThat(kubuRaya.get("/api/v1/audit/verify", "admin").json()).containsEntry("intact", true);
        assertThat(kapuasHulu.get("/api/v1/audit/verify", "admin").json()).containsEntry("intact", true);
    }

    @Test
    void filing_forARegencyWhoseAgreementExpired_orWithoutAgreement_isRefusedAtTheCounterWithTheLegalReason() {
        Api.Reply expired = kubuRaya.submit("petugas-mpp", "fed-" + UUID.randomUUID(),
                ktpBody("61.01.01", "6101010101900012"));
        Api.Reply none = kubuRaya.submit("petugas-mpp", "fed-" + UUID.randomUUID(),
                ktpBody("61.08.01", "6108010101900015"));

        for (Api.Reply r : List.of(expired, none)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(422);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json()).containsEntry("type", "https://simpul.id/problems/authority-refused");
            assertThat((String) r.json().get("detail")).isNotBlank();
        }
        assertThat((String) expired.json().get("detail")).contains("pks-kubu-raya-sambas").contains("2024-12-31");
        assertThat(none.body()).doesNotContain("6108010101900015");
    }

    @Test
    void partnerKilledWhileFiling_isDeliveredExactlyOnceAfterItRestarts() {
        net.kapuasHulu.kill();
        Map<String, Object> filed;
        try {
            filed = fileKtpForKapuasHuluResident("6106010101900013");
            String id = (String) filed.get("id");
            await(() -> attemptsFor("61.06") >= 2, "Kubu Raya retries while Kapuas Hulu is down");
            assertThat(federationState(kubuRaya, id)).containsEntry("state", "FORWARDING");
            assertThat(kubuRaya.get("/api/v1/track/" + filed.get("registrationNumber"), null).status()).isEqualTo(200);
        } finally {
            net.kapuasHulu.start();
        }
        String id = (String) filed.get("id");
        String reg = (String) filed.get("registrationNumber");
        await(() -> "DELIVERED".equals(federationState(kubuRaya, id).get("state")), "delivered after the restart");
        await(() -> pendingFor("61.06") == 0, "Kubu Raya's outbox for 61.06 drained");

        Api.Reply all = kapuasHulu.get("/api/v1/requests?size=100", "supervisor");
        @SuppressWarnings("unchecked")
        long copies = ((List<Map<String, Object>>) all.json().get("items")).stream()
                .filter(r -> reg.equals(r.get("registrationNumber"))).count();
        assertThat(copies).as("exactly one request at Kapuas Hulu").isEqualTo(1);
    }

    @Test
    void filingNodeKilledWhileTheDecisionTravelsBack_getsEveryStatusExactlyOnceAfterItRestarts() {
        Map<String, Object> filed = fileKtpForKapuasHuluResident("6106010101900016");
        String id = (String) filed.get("id");
        String reg = (String) filed.get("registrationNumber");
        await(() -> "DELIVERED".equals(federationState(kubuRaya, id).get("state")), "forward delivered to 61.06");
        String thereId = (String) requestAtKapuasHulu(reg).get("id");

        net.kubuRaya.kill();
        try {
            for (String action : List.of("VERIFY", "START_PROCESSING", "COMPLETE")) {
                Api.Reply r = kapuasHulu.transition(thereId, "petugas-disdukcapil", action, null);
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
            }
            await(() -> pendingAt(kapuasHulu, "61.12") >= 1, "Kapuas Hulu's outbox holds the updates for 61.12");
        } finally {
            net.kubuRaya.start();
        }
        await(() -> "COMPLETED".equals(kubuRaya.get("/api/v1/track/" + reg, null).json().get("status")),
                "COMPLETED reaches Kubu Raya after its restart");
        await(() -> pendingAt(kapuasHulu, "61.12") == 0, "Kapuas Hulu's outbox for 61.12 drained");

        Api.Reply history = kubuRaya.get("/api/v1/requests/" + id + "/history", "petugas-mpp");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) (Object) history.jsonList();
        assertThat(entries.stream().map(e -> e.get("action")).toList())
                .containsExactly("SUBMIT", "VERIFY", "START_PROCESSING", "COMPLETE");
    }

    @Test
    void partnerRefusesBecauseTheAgreementEndedInBetween_requestReturnsToTheFilingCounterWithTheReason() {
        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        String body = "{\"service\":\"ADM-AKTA-LAHIR\",\"subjectRegion\":\"62.03.01\",\"applicantNik\":\"6203010101900014\","
                + "\"form\":{\"tanggal_lahir\":\"" + today + "\",\"tempat_lahir\":\"Kuala Kapuas\"},"
                + "\"documents\":[{\"code\":\"surat_keterangan_lahir\",\"issuedOn\":\"" + today + "\"},"
                + "{\"code\":\"kk\"}]}";
        Api.Reply r = kubuRaya.submit("petugas-mpp", "fed-" + UUID.randomUUID(), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String id = (String) r.json().get("id");
        String reg = (String) r.json().get("registrationNumber");

        await(() -> "REFUSED".equals(federationState(kubuRaya, id).get("state")), "Kapuas refuses the forward");
        assertThat(federationState(kubuRaya, id)).containsEntry("refusal", "agreement-expired");
        assertThat(kubuRaya.get("/api/v1/track/" + reg, null).json()).containsEntry("status", "RETURNED");
        Api.Reply history = kubuRaya.get("/api/v1/requests/" + id + "/history", "petugas-mpp");
        assertThat(history.body()).contains("62.03").contains("agreement-expired");
        assertThat(net.kapuas.accepted.stream().filter(e -> e.type() == MessageType.FORWARD_REQUEST)
                .map(Envelope::caseRef).filter(c -> c.reference().equals(reg)).count()).isZero();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Map<String, Object> fileKtpForKapuasHuluResident(String nik) {
        Api.Reply r = kubuRaya.submit("petugas-mpp", "fed-" + UUID.randomUUID(), ktpBody("61.06.01", nik));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private static String ktpBody(String subject, String nik) {
        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        return "{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":\"" + subject + "\",\"applicantNik\":\"" + nik + "\","
                + "\"form\":{\"nik\":\"" + nik + "\",\"alasan\":\"HILANG\",\"keterangan\":\"dicuri di pasar\"},"
                + "\"documents\":[{\"code\":\"sktlk\",\"issuedOn\":\"" + today + "\"},{\"code\":\"kk\"}]}";
    }

    private static Map<String, Object> federationState(Api node, String id) {
        Api.Reply r = node.get("/api/v1/federation/requests/" + id, "admin");
        return r.status() == 200 ? r.json() : Map.of("status", r.status());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> requestAtKapuasHulu(String reg) {
        await(() -> kapuasHulu.get("/api/v1/track/" + reg, null).status() == 200, reg + " known at 61.06");
        Api.Reply r = kapuasHulu.get("/api/v1/requests?size=100", "petugas-disdukcapil");
        return ((List<Map<String, Object>>) r.json().get("items")).stream()
                .filter(x -> reg.equals(x.get("registrationNumber"))).findFirst()
                .orElseThrow(() -> new AssertionError("the Disdukcapil officer of 61.06 does not see " + reg));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> partner(String code) {
        Api.Reply r = kubuRaya.get("/api/v1/federation/partners", "admin");
        return ((List<Map<String, Object>>) r.json().get("partners")).stream()
                .filter(p -> code.equals(p.get("partner"))).findFirst().orElse(Map.of());
    }

    private static long pendingFor(String code) {
        return ((Number) partner(code).getOrDefault("pending", 0)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static long pendingAt(Api node, String code) {
        Api.Reply r = node.get("/api/v1/federation/partners", "admin");
        return ((List<Map<String, Object>>) r.json().get("partners")).stream()
                .filter(p -> code.equals(p.get("partner"))).findFirst()
                .map(p -> ((Number) p.get("pending")).longValue()).orElse(0L);
    }

    private static long attemptsFor(String code) {
        return ((Number) partner(code).getOrDefault("maxAttempts", 0)).longValue();
    }
}
