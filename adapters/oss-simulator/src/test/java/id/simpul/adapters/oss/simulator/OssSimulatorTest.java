package id.simpul.adapters.oss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OssSimulatorTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private OssSimulator sim;
    private Business business;

    @BeforeEach
    void start() {
        sim = OssSimulator.builder().userKey("k").start();
        business = sim.records().find(b -> true).orElseThrow();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void inqueryNib_known_answersChecklistInOssShape() throws Exception {
        HttpResponse<String> r = post("inqueryNIB", "k", "{\"INQUERYNIB\":{\"nib\":\"" + business.nib() + "\"}}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(OssSchemas.problems("InqueryNibAnswer", r.body())).isEmpty();
        assertThat(r.body()).startsWith("{\"responinqueryNIB\":{\"kode\":200")
                .contains("\"perseroan_daerah_id\":\"" + business.village().compact() + "\"",
                        "\"id_izin\":\"" + business.checklist().get(0).licenceId() + "\"");
    }

    @Test
    void inqueryNib_unknown_is404_missingKey401_wrongKey403_get405() throws Exception {
        assertThat(post("inqueryNIB", "k", "{\"INQUERYNIB\":{\"nib\":\"0000000000000\"}}").statusCode()).isEqualTo(404);
        assertThat(post("inqueryNIB", null, "{}").statusCode()).isEqualTo(401);
        assertThat(post("inqueryNIB", "x", "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(sim.endpoint() + "/inqueryNIB"))
                .header("user_key", "k").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
    }

    @Test
    void receiveLicenseStatus_samePushTwice_isRecordedOnce_withTheSameReference() throws Exception {
        String body = "{\"IZINSTATUS\":{\"nib\":\"" + business.nib() + "\",\"id_izin\":\""
                + business.checklist().get(0).licenceId() + "\",\"kd_instansi\":\"6112\",\"kd_status\":\"41\","
                + "\"tgl_status\":\"2026-12-06 10:00:00\",\"keterangan\":\"\"}}";
        HttpResponse<String> first = post("receiveLicenseStatus", "k", body);
        HttpResponse<String> second = post("receiveLicenseStatus", "k", body);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(OssSchemas.problems("PushAnswer", first.body())).isEmpty();
        assertThat(OssSchemas.problems("PushAnswer", second.body())).isEmpty();
        assertThat(second.body()).contains("sudah pernah diterima", "OSS-00000001");
        assertThat(sim.recordedPushes()).isEqualTo(1);
        assertThat(sim.lastPushedStatus(business.nib(), business.checklist().get(0).licenceId())).contains("41");
    }

    @Test
    void receiveLicenseStatus_unknownCodeOrDeemedApproval_is400() throws Exception {
        String template = "{\"IZINSTATUS\":{\"nib\":\"" + business.nib() + "\",\"id_izin\":\""
                + business.checklist().get(0).licenceId() + "\",\"kd_instansi\":\"6112\",\"kd_status\":\"%s\","
                + "\"tgl_status\":\"2026-12-06 10:00:00\"}}";
        assertThat(post("receiveLicenseStatus", "k", template.formatted("99")).statusCode()).isEqualTo(400);
        assertThat(post("receiveLicenseStatus", "k", template.formatted("57")).body()).contains("57");
        assertThat(sim.recordedPushes()).isZero();
    }

    @Test
    void requestAgainstTheSchema_isRefusedWith400_namingTheProblem() throws Exception {
        HttpResponse<String> r = post("inqueryNIB", "k", "{\"INQUERYNIB\":{\"nib\":\"123\"}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("skema", "nib");
        assertThat(post("checkLicenseStatus", "k", "{\"CHECKLICENSESTATUS\":{\"nib\":\"" + business.nib() + "\"}}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void checkLicenseStatus_answer_matchesTheSchema() throws Exception {
        HttpResponse<String> r = post("checkLicenseStatus", "k", "{\"CHECKLICENSESTATUS\":{\"nib\":\"" + business.nib()
                + "\",\"id_izin\":\"" + business.checklist().get(0).licenceId() + "\"}}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(OssSchemas.problems("CheckLicenseStatusAnswer", r.body())).isEmpty();
    }

    @Test
    void scriptedFailures_answerTheNextRequestsThenRecover() throws Exception {
        sim.knobs().failNext(1, OssSimulator.systemErrorAnswer());
        String body = "{\"INQUERYNIB\":{\"nib\":\"" + business.nib() + "\"}}";
        assertThat(post("inqueryNIB", "k", body).statusCode()).isEqualTo(500);
        assertThat(post("inqueryNIB", "k", body).statusCode()).isEqualTo(200);
        assertThat(sim.requestCount()).isEqualTo(2);
        sim.reset();
        assertThat(sim.requestCount()).isZero();
    }

    private HttpResponse<String> post(String operation, String key, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.endpoint() + "/" + operation))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("user_key", key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
