package id.simpul.adapters.dukcapil.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.adapters.simulator.SyntheticPerson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DukcapilSimulatorTest {

    private final DukcapilSimulator sim = DukcapilSimulator.builder().count(20).start();
    private final HttpClient client = HttpClient.newHttpClient();
    private final SyntheticPerson p = sim.people().get(0);

    @AfterEach
    void stop() {
        sim.close();
    }

    private String call(String method, String elements) throws Exception {
        String body = "{\"user_id\":\"simpul\",\"password\":\"" + DukcapilSimulator.DEFAULT_PASSWORD
                + "\",\"ip_user\":\"127.0.0.1\"" + elements + "}";
        URI uri = sim.baseUri().resolve(DukcapilSimulator.ROUTE + "simpul-demo/" + method);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void verifyByElement_answersVerdictsInsideThePageEnvelope() throws Exception {
        String answer = call("CALL_VERIFY_BY_ELEMEN", ",\"NIK\":\"" + p.nik().value() + "\",\"NAMA_LGKP\":\""
                + p.fullName().toLowerCase() + "\",\"TMPT_LHR\":\"XXXXXXXX\",\"TGL_LHR\":\""
                + p.birthDate().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + "\",\"TRESHOLD\":\"90\"");

        assertThat(answer).startsWith("{\"content\":[{").contains("\"NIK\":\"Sesuai\"")
                .contains("\"NAMA_LGKP\":\"Sesuai (100)\"").contains("\"TMPT_LHR\":\"Tidak Sesuai (")
                .contains("\"TGL_LHR\":\"Sesuai\"").contains("\"numberOfElements\":1").doesNotContain(p.fullName());
    }

    @Test
    void unknownNik_isReportedInsideContent() throws Exception {
        assertThat(call("CALL_VERIFY_BY_ELEMEN", ",\"NIK\":\"6112014101909999\",\"NAMA_LGKP\":\"A\""))
                .contains("{\"RESPON\":\"Data Tidak Ditemukan\"}");
    }

    @Test
    void wrongPassword_andUnregisteredIp_areRefusedInsideContent() throws Exception {
        String wrong = client.send(HttpRequest.newBuilder(sim.baseUri().resolve(DukcapilSimulator.ROUTE
                        + "simpul-demo/CALL_NIK")).POST(HttpRequest.BodyPublishers.ofString(
                                "{\"user_id\":\"simpul\",\"password\":\"x\",\"ip_user\":\"127.0.0.1\",\"NIK\":\"1\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(wrong).contains("\"RESPONSE_CODE\":\"11\"");
    }

    @Test
    void callNik_returnsTheRecordedValues() throws Exception {
        String answer = call("CALL_NIK", ",\"NIK\":\"" + p.nik().value() + "\"");

        assertThat(answer).contains(p.fullName(), p.kkNumber().value(), p.motherName(), "\"NO_RT\":");
    }

    @Test
    void malformedElements_areRefusedWithCode05() throws Exception {
        assertThat(call("CALL_VERIFY_BY_ELEMEN", ",\"NIK\":\"123\"")).contains("\"RESPONSE_CODE\":\"05\"");
        assertThat(call("CALL_VERIFY_BY_ELEMEN", ",\"NIK\":\"" + p.nik().value() + "\",\"TGL_LHR\":\"1990/01/01\""))
                .contains("\"RESPONSE_CODE\":\"05\"");
    }

    @Test
    void similarity_isAnEditDistanceRatio() {
        assertThat(Similarity.score("SITI AMINAH", "siti  aminah")).isEqualTo(100);
        assertThat(Similarity.score("SITI AMINAX", "SITI AMINAH")).isEqualTo(91);
        assertThat(Similarity.score("XQZ WVUTS", "SITI AMINAH")).isLessThan(30);
    }
}
