package id.simpul.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The portal's API rules, run against a real bundle; one subclass per database. Tests create their
 * own requests and never depend on each other's data or order.
 */
@SuppressWarnings("unchecked")
abstract class PortalApiContract {

    static final String NIK = "6112015705900042";

    Api api;

    abstract PortalProcess portal();

    @BeforeEach
    void connect() {
        api = new Api(portal().base());
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
    }

    static String ktpBody(String reason) {
        return "{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":\"61.12.01\","
                + "\"form\":{\"nik\":\"" + NIK + "\",\"alasan\":\"" + reason + "\"},"
                + "\"documents\":[{\"code\":\"sktlk\",\"issuedOn\":\"" + today() + "\"},{\"code\":\"kk\"}]}";
    }

    static String key() {
        return "it-" + UUID.randomUUID();
    }

    String fileKtp(String user) {
        Api.Reply r = api.submit(user, key(), ktpBody("HILANG"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return (String) r.json().get("id");
    }

    long totalRequests() {
        Api.Reply r = api.get("/api/v1/requests?size=1", "admin");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return ((Number) r.json().get("total")).longValue();
    }

    @Test
    void submit_citizenFilesKtpReprint_getsNumberCompetentOfficeAndSlaDeadline() {
        Api.Reply r = api.submit("warga", key(), ktpBody("HILANG"));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        Map<String, Object> body = r.json();
        assertThat((String) body.get("registrationNumber")).matches("6112-\\d{6}-\\d{6}-\\d");
        assertThat(body).containsEntry("status", "SUBMITTED").containsEntry("competentOffice", "61.12-disdukcapil")
                .containsEntry("verification", "PENDING");
        assertThat(body.get("slaDeadline")).isNotNull();
        assertThat(r.header("Location")).endsWith("/api/v1/requests/" + body.get("id"));
    }

    @Test
    void submit_sameKeySameBody_returnsTheOriginalResponseAndStoresOneRequest() {
        String key = key();
        Api.Reply first = api.submit("warga", key, ktpBody("HILANG"));
        long total = totalRequests();
        Api.Reply again = api.submit("warga", key,
                ktpBody("HILANG").replace("{\"service\"", "{ \"service\" "));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(totalRequests()).isEqualTo(total);
    }

    @Test
    void submit_sameKeySentConcurrently_filesOneRequestAndAnswersAllWithIt() throws Exception {
        long total = totalRequests();
        String key = key();
        api.token("warga");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> api.submit("warga", key, ktpBody("HILANG"))));
            }
            java.util.Set<Object> ids = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Api.Reply> f : replies) {
                Api.Reply r = f.get();
                assertThat(r.status()).as(r.toString()).isEqualTo(201);
                ids.add(r.json().get("id"));
            }
            assertThat(ids).hasSize(1);
            assertThat(totalRequests()).isEqualTo(total + 1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void submit_sameKeyDifferentBody_isRefusedWith422AndStoresNothing() {
        String key = key();
        api.submit("warga", key, ktpBody("HILANG"));
        long total = totalRequests();

        Api.Reply r = api.submit("warga", key, ktpBody("RUSAK"));

        assertProblem(r, 422, "idempotency-key-reused");
        assertThat(totalRequests()).isEqualTo(total);
    }

    @Test
    void submit_withoutIdempotencyKey_isRefusedWith400() {
        assertProblem(api.submit("warga", null, ktpBody("HILANG")), 400, "idempotency-key-missing");
    }

    @Test
    void submit_invalidForm_listsEveryProblemInTheCallersLanguage() {
        String body = "{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":\"61.12.01\","
                + "\"form\":{\"nik\":\"123\",\"alasan\":\"X\"},\"documents\":[]}";
        Api.Reply r = api.post("/api/v1/requests", "warga", body,
                Map.of("Idempotency-Key", key(), "Accept-Language", "en"));

        assertProblem(r, 400, "invalid-input");
        Object errors = r.json().get("errors");
        assertThat(values(errors, "field"))
                .contains("form.nik", "form.alasan", "documents.sktlk", "documents.kk");
        assertThat(r.json().get("title")).isEqualTo("Invalid input");
    }

    @Test
    void submit_residentOfARegencyWhoseAgreementExpired_isRefusedNamingTheAgreementAndNothingIsStored() {
        long total = totalRequests();
        String sambas = ktpBody("HILANG").replace("61.12.01", "61.01.01");

        Api.Reply r = api.post("/api/v1/requests", "warga", sambas, Map.of("Idempotency-Key", key(),
                "Accept-Language", "en"));

        assertProblem(r, 422, "authority-refused");
        assertThat(r.json()).containsEntry("missingLink", "AGREEMENT").containsEntry("reason", "AGREEMENT_EXPIRED")
                .containsEntry("instrumentId", "pks-kubu-raya-sambas")
                .containsEntry("code", "authority.refused.agreement-expired");
        assertThat((String) r.json().get("detail")).contains("pks-kubu-raya-sambas").contains("2024-12-31");
        assertThat(values(r.json().get("chain"), "link")).containsExactly("authority");
        assertThat(totalRequests()).isEqualTo(total);
    }

    @Test
    void submit_residentOfAPartnerRegencyCoveredByAnAgreement_isForwardedThereAndReadOnlyHere() {
        String kapuasHulu = ktpBody("HILANG").replace("61.12.01", "61.06.01");

        Api.Reply filed = api.submit("warga", key(), kapuasHulu);

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json()).containsEntry("competentOffice", "61.06-disdukcapil")
                .containsEntry("competentRegency", "61.06").containsEntry("forwarded", true)
                .containsEntry("agreement", "pks-kubu-raya-kapuas-hulu");
        assertThat((List<Object>) filed.json().get("legalBasis")).hasSize(2);
        String id = (String) filed.json().get("id");
        Api.Reply view = api.get("/api/v1/requests/" + id, "petugas-mpp");
        assertThat(view.json()).containsEntry("filingAgency", "61.12-mpp").containsEntry("forwarded", true)
                .containsEntry("competentRegency", "61.06").containsEntry("competentRegencyName", "Kabupaten Kapuas Hulu");
        assertThat(view.json().get("allowedActions")).isNotNull();
        assertProblem(api.transition(id, "petugas-mpp", "VERIFY", null), 403, "forbidden");
        assertProblem(api.transition(id, "petugas-disdukcapil", "VERIFY", null), 404, "not-found");
        // the applicant cannot withdraw here what the competent node is deciding (it would not know)
        assertProblem(api.transition(id, "warga", "CANCEL", null), 403, "forbidden");
        assertThat(api.get("/api/v1/requests/" + id, "warga").json()).containsEntry("status", "SUBMITTED");
    }

    static String domicileBody(String kecamatan) {
        return "{\"service\":\"KEC-SK-DOMISILI\",\"subjectRegion\":\"" + kecamatan + "\","
                + "\"form\":{\"nik\":\"" + NIK + "\",\"keperluan\":\"melamar pekerjaan\"},"
                + "\"documents\":[{\"code\":\"pengantar_rt_rw\"},{\"code\":\"kk\"}]}";
    }

    static String smallBuildingBody(int squareMetres) {
        return "{\"service\":\"KEC-PBG-KECIL\",\"subjectRegion\":\"61.12.01\","
                + "\"form\":{\"luas_bangunan\":" + squareMetres + ",\"fungsi\":[\"HUNIAN\"],"
                + "\"alamat_bangunan\":\"Jl. Adisucipto\"},"
                + "\"documents\":[{\"code\":\"bukti_tanah\"},{\"code\":\"gambar_rencana\"}]}";
    }

    @Test
    void delegatedService_camatOfTheSubjectsKecamatanMovesIt_anotherCamatNeitherSeesNorMovesIt() {
        Api.Reply filed = api.submit("warga", key(), domicileBody("61.12.01"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json()).containsEntry("competentOffice", "61.12.01-kecamatan")
                .containsEntry("forwarded", false);
        String id = (String) filed.json().get("id");

        assertProblem(api.get("/api/v1/requests/" + id, "petugas-kecamatan-b"), 404, "not-found");
        assertProblem(api.transition(id, "petugas-kecamatan-b", "VERIFY", null), 404, "not-found");
        assertProblem(api.transition(id, "petugas-disdukcapil", "VERIFY", null), 404, "not-found");
        assertThat(api.transition(id, "petugas-kecamatan", "VERIFY", null).json()).containsEntry("status", "VERIFIED");
    }

    @Test
    void delegatedService_inAKecamatanWithoutDelegation_isRefusedNamingTheMissingDelegation() {
        Api.Reply r = api.submit("warga", key(), domicileBody("61.12.02"));

        assertProblem(r, 422, "authority-refused");
        assertThat(r.json()).containsEntry("missingLink", "DELEGATION");
    }

    @Test
    void smallBuilding_withinThePerbupCondition_goesToTheCamat_largerIsRefusedWithTheCondition() {
        Api.Reply small = api.submit("warga", key(), smallBuildingBody(64));
        assertThat(small.status()).as(small.toString()).isEqualTo(201);
        assertThat(small.json()).containsEntry("competentOffice", "61.12.01-kecamatan");

        Api.Reply large = api.post("/api/v1/requests", "warga", smallBuildingBody(250),
                Map.of("Idempotency-Key", key(), "Accept-Language", "en"));

        assertProblem(large, 422, "authority-refused");
        assertThat(large.json()).containsEntry("missingLink", "CONDITION").containsEntry("reason", "CONDITION_NOT_MET");
        assertThat((Map<String, Object>) large.json().get("condition")).containsEntry("expression", "luas_bangunan <= 100");
        assertThat((String) large.json().get("detail")).contains("luas_bangunan");
    }

    @Test
    void resolve_isPublic_decisionCarriesTheLegalChain_refusalIs422_badParametersAre400() {
        Api.Reply decision = api.send("GET", "/api/v1/authorities/resolve?service=ADM-KTP-HILANG&region=61.06.01"
                + "&filingAgency=61.12-mpp&date=2026-03-02", null, null, Map.of("Accept-Language", "en"));
        assertThat(decision.status()).as(decision.toString()).isEqualTo(200);
        assertThat((Map<String, Object>) decision.json().get("office")).containsEntry("id", "61.06-disdukcapil")
                .containsEntry("regency", "61.06");
        assertThat(values(decision.json().get("chain"), "link")).containsExactly("authority", "agreement");
        assertThat(decision.json()).containsEntry("agreement", "pks-kubu-raya-kapuas-hulu");
        assertThat((String) decision.json().get("explanation")).contains("Kapuas Hulu");

        Api.Reply delegated = api.get("/api/v1/authorities/resolve?service=KEC-PBG-KECIL&region=61.12.09"
                + "&filingAgency=61.12.09-kecamatan&attr.luas_bangunan=64", null);
        assertThat(delegated.status()).as(delegated.toString()).isEqualTo(200);
        assertThat(values(delegated.json().get("chain"), "link")).containsExactly("authority", "delegation");

        Api.Reply refused = api.get("/api/v1/authorities/resolve?service=ADM-KTP-HILANG&region=61.01.01"
                + "&filingAgency=61.12-mpp&date=2026-03-02", null);
        assertProblem(refused, 422, "authority-refused");
        assertThat(refused.json()).containsEntry("missingLink", "AGREEMENT");

        Api.Reply bad = api.get("/api/v1/authorities/resolve?service=bukan%20kode&region=6x.12"
                + "&filingAgency=&date=kemarin", null);
        assertProblem(bad, 400, "invalid-input");
        assertThat(values(bad.json().get("errors"), "field")).contains("service", "region", "filingAgency", "date");
    }

    @Test
    void agencies_arePublic_andFilterByRegency() {
        Api.Reply all = api.get("/api/v1/agencies", null);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(values(all.jsonList(), "id")).contains("61.12-disdukcapil", "61.12.01-kecamatan", "61.06-disdukcapil");

        Api.Reply kapuasHulu = api.get("/api/v1/agencies?regency=61.06", null);
        assertThat(values(kapuasHulu.jsonList(), "regency")).isNotEmpty().containsOnly("61.06");
        assertProblem(api.get("/api/v1/agencies?regency=61.06.01", null), 400, "invalid-input");
    }

    @Test
    void agreements_arePublic_withPartiesScopeValidityAndTodaysStatus() {
        Api.Reply r = api.get("/api/v1/agreements", null);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
        r.jsonList().forEach(o -> byId.put((String) ((Map<String, Object>) o).get("id"), (Map<String, Object>) o));
        assertThat(byId.get("pks-kubu-raya-kapuas-hulu")).containsEntry("statusToday", "IN_FORCE");
        assertThat(byId.get("pks-kubu-raya-sambas")).containsEntry("statusToday", "EXPIRED");
        List<Object> parties = (List<Object>) byId.get("pks-kubu-raya-kapuas-hulu").get("parties");
        assertThat(values(parties, "region")).containsExactly("61.12", "61.06");
        assertThat((List<Object>) ((Map<String, Object>) parties.get(0)).get("accepts")).contains("ADM-KTP-HILANG");
        assertThat((Map<String, Object>) byId.get("pks-kubu-raya-sambas").get("instrument")).containsKey("citation");
    }

    @Test
    void transition_sameKeySameBody_answersTheOriginalAndActsOnce_otherBodyIs422_retryWithoutKeyIs409() {
        String id = fileKtp("warga");
        String key = key();
        String path = "/api/v1/requests/" + id + "/transitions";

        Api.Reply first = api.post(path, "petugas-disdukcapil", "{\"action\":\"VERIFY\"}", Map.of("Idempotency-Key", key));
        Api.Reply again = api.post(path, "petugas-disdukcapil", "{ \"action\" : \"VERIFY\" }",
                Map.of("Idempotency-Key", key));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(values(api.get("/api/v1/requests/" + id + "/history", "warga").jsonList(), "action"))
                .containsExactly("SUBMIT", "VERIFY");
        assertProblem(api.post(path, "petugas-disdukcapil", "{\"action\":\"REJECT\",\"reason\":\"x\"}",
                Map.of("Idempotency-Key", key)), 422, "idempotency-key-reused");
        Api.Reply retried = api.transition(id, "petugas-disdukcapil", "VERIFY", null);
        assertProblem(retried, 409, "illegal-transition");
        assertThat(retried.json()).containsEntry("currentStatus", "VERIFIED");
    }

    @Test
    void lifecycle_competentOfficerVerifiesProcessesCompletes_historyRecordsEveryStep() {
        String id = fileKtp("warga");

        assertThat(api.transition(id, "petugas-disdukcapil", "VERIFY", null).status()).isEqualTo(200);
        assertThat(api.transition(id, "petugas-disdukcapil", "START_PROCESSING", null).status()).isEqualTo(200);
        Api.Reply done = api.transition(id, "petugas-disdukcapil", "COMPLETE", null);

        assertThat(done.json()).containsEntry("status", "COMPLETED");
        Api.Reply history = api.get("/api/v1/requests/" + id + "/history", "warga");
        assertThat(values(history.jsonList(), "action"))
                .containsExactly("SUBMIT", "VERIFY", "START_PROCESSING", "COMPLETE");
    }

    @Test
    void returnAndResubmit_pausesAndResumesTheRequest() {
        String id = fileKtp("warga");
        Api.Reply returned = api.transition(id, "petugas-disdukcapil", "RETURN_FOR_COMPLETION", "KK tidak terbaca");
        assertThat(returned.json()).containsEntry("status", "RETURNED");
        assertThat(api.transition(id, "warga", "RESUBMIT", null).json()).containsEntry("status", "SUBMITTED");
    }

    @Test
    void transition_illegalForTheStatus_isRefusedWith409() {
        String id = fileKtp("warga");
        assertProblem(api.transition(id, "petugas-disdukcapil", "COMPLETE", null), 409, "illegal-transition");
    }

    @Test
    void transition_citizenCancelsBeforeVerification_butNotAfter() {
        String id = fileKtp("warga");
        assertThat(api.transition(id, "warga", "CANCEL", "tidak jadi").json()).containsEntry("status", "CANCELLED");
        String other = fileKtp("warga");
        api.transition(other, "petugas-disdukcapil", "VERIFY", null);
        assertProblem(api.transition(other, "warga", "CANCEL", "tidak jadi"), 409, "illegal-transition");
    }

    @Test
    void officerOutsideTheCompetentOffice_canNeitherSeeNorMoveTheRequest() {
        String id = fileKtp("warga");
        assertProblem(api.get("/api/v1/requests/" + id, "petugas-kecamatan"), 404, "not-found");
        assertProblem(api.transition(id, "petugas-kecamatan", "VERIFY", null), 404, "not-found");
    }

    @Test
    void officerOfTheFilingCounter_seesTheRequestButCannotMoveIt() {
        String body = ktpBody("HILANG").replace("{\"service\"",
                "{\"applicantNik\":\"" + NIK + "\",\"filingPoint\":{\"channel\":\"mpp\"},\"service\"");
        Api.Reply filed = api.submit("petugas-mpp", key(), body);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = (String) filed.json().get("id");

        assertThat(api.get("/api/v1/requests/" + id, "petugas-mpp").json()).containsEntry("filingAgency", "61.12-mpp");
        assertProblem(api.transition(id, "petugas-mpp", "VERIFY", null), 403, "forbidden");
        assertThat(api.transition(id, "petugas-disdukcapil", "VERIFY", null).status()).isEqualTo(200);
    }

    @Test
    void list_showsACitizenOnlyTheirOwnRequests() {
        String id = fileKtp("warga");
        Api.Reply mine = api.get("/api/v1/requests?size=100", "warga");
        Api.Reply officer = api.get("/api/v1/requests?size=100", "petugas-kecamatan");

        assertThat(values((List<Object>) mine.json().get("items"), "id")).contains(id);
        assertThat(values((List<Object>) officer.json().get("items"), "id"))
                .doesNotContain(id);
    }

    @Test
    void track_isPublicAndShowsNoPersonalData() {
        String id = fileKtp("warga");
        String number = (String) api.get("/api/v1/requests/" + id, "warga").json().get("registrationNumber");

        Api.Reply r = api.get("/api/v1/track/" + number, null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json()).containsEntry("status", "SUBMITTED").containsEntry("service", "ADM-KTP-HILANG");
        assertThat(r.body()).doesNotContain(NIK).doesNotContain("warga").doesNotContain("form");
    }

    @Test
    void auditVerify_afterChanges_isIntact_andOnlyForAdmins() {
        fileKtp("warga");
        Api.Reply r = api.get("/api/v1/audit/verify", "admin");
        assertThat(r.json()).containsEntry("intact", true);
        assertThat(((Number) r.json().get("records")).longValue()).isPositive();
        assertProblem(api.get("/api/v1/audit/verify", "petugas-disdukcapil"), 403, "forbidden");
        assertProblem(api.get("/api/v1/audit/verify", null), 401, "unauthenticated");
    }

    @Test
    void catalogueAndRegions_arePublicAndLocalized() {
        Api.Reply service = api.send("GET", "/api/v1/services/ADM-KTP-HILANG", null, null,
                Map.of("Accept-Language", "en"));
        assertThat(service.json()).containsEntry("name", "KTP-el reprint (lost/damaged)");
        assertThat(api.get("/api/v1/services", null).jsonList()).hasSize(13);
        assertThat(api.get("/api/v1/regions/61.12", null).json()).containsEntry("name", "Kabupaten Kubu Raya");
        assertThat(api.get("/api/v1/regions/61.12/children", null).jsonList()).isNotEmpty();
        assertProblem(api.get("/api/v1/regions/99.99", null), 404, "not-found");
    }

    @Test
    void health_readinessChecksTheDatabase() {
        Api.Reply r = api.get("/health/ready", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("\"database\"").contains("\"UP\"");
    }

    @Test
    void badInputCorpus_everyMalformedRequestIsA4xxProblem_andNothingIsStored() {
        long total = totalRequests();
        String ok = ktpBody("HILANG");
        List<String> bodies = List.of(
                "", " ", "{", "}", "[]", "null", "42", "\"text\"", "{\"service\":}", "{'service':'x'}",
                "{\"service\":\"ADM-KTP-HILANG\",}", "{\"service\":\"ADM-KTP-HILANG\"", "\u0000",
                "{\"service\":42,\"subjectRegion\":\"61.12.01\"}",
                "{\"service\":[\"ADM-KTP-HILANG\"],\"subjectRegion\":\"61.12.01\"}",
                "{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":6112}",
                "{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":\"61.12.01\",\"form\":[]}",
                "{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":\"61.12.01\",\"form\":\"nik\"}",
                "{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":\"61.12.01\",\"form\":{\"nik\":true}}",
                "{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":\"61.12.01\",\"form\":{\"nik\":{\"a\":1}}}",
                "{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":\"61.12.01\",\"documents\":{}}",
                "{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":\"61.12.01\",\"documents\":[1,2]}",
                "{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":\"61.12.01\",\"documents\":[{\"code\":5}]}",
                ok.replace("\"issuedOn\":\"" + today() + "\"", "\"issuedOn\":\"yesterday\""),
                ok.replace("\"issuedOn\":\"" + today() + "\"", "\"issuedOn\":\"2026-02-30\""),
                ok.replace("\"issuedOn\":\"" + today() + "\"", "\"issuedOn\":\"2001-01-01\""),
                ok.replace("\"issuedOn\":\"" + today() + "\"", "\"issuedOn\":\"2999-01-01\""),
                ok.replace(NIK, "611201570590004"), ok.replace(NIK, "61120157059000421"),
                ok.replace(NIK, "6112015705900000"), ok.replace(NIK, "611201A705900042"),
                ok.replace(NIK, "6112013505900042"), ok.replace(NIK, "6112011713900042"),
                ok.replace(NIK, ""), ok.replace("HILANG", "DICURI"), ok.replace("HILANG", ""),
                ok.replace("ADM-KTP-HILANG", "ADM-TIDAK-ADA"), ok.replace("ADM-KTP-HILANG", "bukan kode"),
                ok.replace("ADM-KTP-HILANG", ""), ok.replace("61.12.01", "61.12.99"), ok.replace("61.12.01", "6x.12"),
                ok.replace("61.12.01", "99"), ok.replace("61.12.01", ""),
                ok.replace("{\"service\"", "{\"unexpected\":1,\"service\""),
                ok.replace("{\"service\"", "{\"applicantNik\":\"" + NIK + "\",\"service\""),
                ok.replace("{\"service\"", "{\"filingPoint\":{\"channel\":\"loket\"},\"service\""),
                ok.replace("{\"service\"", "{\"filingPoint\":{\"agency\":\"61.12-mpp\"},\"service\""),
                ok.replace("{\"service\"", "{\"filingPoint\":{\"channel\":\"teleport\"},\"service\""),
                ok.replace("{\"service\"", "{\"filingPoint\":\"mpp\",\"service\""),
                ok.replace("{\"code\":\"kk\"}", "{\"code\":\"kk\"},{\"code\":\"kk\"}"),
                ok.replace("{\"code\":\"kk\"}", "{\"code\":\"paspor\"}"),
                ok.replace("\"alasan\":\"HILANG\"", "\"alasan\":\"HILANG\",\"keterangan\":\"" + "x".repeat(600) + "\""),
                ok.replace("\"alasan\":\"HILANG\"", "\"alasan\":\"HILANG\",\"warna\":\"merah\""),
                ok.replace("\"alasan\":\"HILANG\"", "\"alasan\":\"HILANG\",\"tanggal_kejadian\":\"kemarin\""),
                "{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":\"61.12.01\",\"documents\":["
                        + "{\"code\":\"kk\"},".repeat(60) + "{\"code\":\"kk\"}]}",
                "{\"service\":\"" + "A".repeat(70_000) + "\"}");
        int checked = 0;
        for (String body : bodies) {
            Api.Reply r = api.submit("warga", key(), body);
            assertThat(r.status()).as("%s -> %s", abbreviate(body), r).isBetween(400, 499);
            assertThat(r.contentType()).as(abbreviate(body)).startsWith("application/problem+json");
            checked++;
        }
        List<Api.Reply> others = List.of(
                api.submit("warga", "short", ok),
                api.submit("warga", "bad key with spaces", ok),
                api.send("POST", "/api/v1/requests", "warga", ok,
                        Map.of("Idempotency-Key", key(), "Content-Type", "text/plain")),
                api.submit(null, key(), ok),
                api.withAuthorization("POST", "/api/v1/requests", "Bearer not.a.token", ok),
                api.withAuthorization("POST", "/api/v1/requests", "Basic d2FyZ2E6d2FyZ2E=", ok),
                api.withAuthorization("GET", "/api/v1/requests", "Bearer " + TestTokens.sign(
                        TestTokens.strangerKey(), TestTokens.DEMO_ISSUER, "mallory", "ADMIN",
                        java.time.Instant.now(), java.time.Instant.now().plusSeconds(600)), null),
                api.withAuthorization("GET", "/api/v1/requests", "Bearer " + TestTokens.sign(
                        TestTokens.demoKey(portal().dataDir()), TestTokens.DEMO_ISSUER, "admin", "ADMIN",
                        java.time.Instant.now().minusSeconds(7200), java.time.Instant.now().minusSeconds(3600)), null),
                api.withAuthorization("GET", "/api/v1/requests", "Bearer " + TestTokens.sign(
                        TestTokens.demoKey(portal().dataDir()), "https://elsewhere.example/issuer", "admin", "ADMIN",
                        java.time.Instant.now(), java.time.Instant.now().plusSeconds(600)), null),
                api.transition("no-such-request", "petugas-disdukcapil", "VERIFY", null),
                api.transition(fileKtpWithoutCounting(), "petugas-disdukcapil", "FLY", null),
                api.post("/api/v1/requests/x/transitions", "petugas-disdukcapil", "{\"action\":7}", Map.of()),
                api.get("/api/v1/requests?page=-1", "warga"),
                api.get("/api/v1/requests?size=1000", "warga"),
                api.get("/api/v1/requests?size=abc", "warga"),
                api.get("/api/v1/requests?status=FLYING", "warga"),
                api.get("/api/v1/track/1234", null),
                api.get("/api/v1/track/6112-261206-000001-0", null),
                api.get("/api/v1/services/NOPE-NOPE", null),
                api.get("/api/v1/regions/1.2.3", null),
                api.get("/api/v1/no/such/path", null),
                api.send("DELETE", "/api/v1/services", null, null, Map.of()),
                api.send("POST", "/api/v1/bench/rows", null, null, Map.of()),
                api.post("/api/v1/demo/tokens", null, "{\"username\":\"nobody\"}", Map.of()));
        for (Api.Reply r : others) {
            assertThat(r.status()).as(r.toString()).isBetween(400, 499);
            assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(50);
        assertThat(totalRequests()).isEqualTo(total + 1);
    }

    private String fileKtpWithoutCounting() {
        return fileKtp("warga");
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }

    @Test
    void authentication_forgedExpiredOrForeignTokens_areRefusedWith401() {
        Api.Reply forged = api.withAuthorization("GET", "/api/v1/requests", "Bearer " + TestTokens.sign(
                TestTokens.strangerKey(), TestTokens.DEMO_ISSUER, "admin", "ADMIN",
                java.time.Instant.now(), java.time.Instant.now().plusSeconds(600)), null);
        assertProblem(forged, 401, "unauthenticated");
        Api.Reply valid = api.withAuthorization("GET", "/api/v1/requests", "Bearer " + TestTokens.sign(
                TestTokens.demoKey(portal().dataDir()), TestTokens.DEMO_ISSUER, "admin", "ADMIN",
                java.time.Instant.now(), java.time.Instant.now().plusSeconds(600)), null);
        assertThat(valid.status()).as(valid.toString()).isEqualTo(200);
    }

    @Test
    void openApi_servedDocumentMatchesTheContractInSpecs() {
        Api.Reply served = api.get("/openapi", null);
        assertThat(served.status()).isEqualTo(200);
        Map<String, Object> contract = OpenApiShape.load(
                PortalApiContract.class.getResourceAsStream("/specs/openapi/portal-api.v1.yaml"));
        Map<String, Object> actual = new org.yaml.snakeyaml.Yaml().load(served.body());

        assertThat(OpenApiShape.of(actual)).isEqualTo(OpenApiShape.of(contract));
    }

    @SuppressWarnings("unchecked")
    static List<Object> values(Object items, String key) {
        return ((List<Object>) items).stream().map(e -> ((Map<String, Object>) e).get(key)).toList();
    }

    static void assertProblem(Api.Reply r, int status, String kind) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
        assertThat(r.json()).containsEntry("type", "https://simpul.id/problems/" + kind)
                .containsEntry("status", status).containsKey("detail").containsKey("title");
    }
}
