package id.simpul.adapters.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatorServerTest {

    private static final String BODY = "{\"content\":[{\"RESPON\":\"Data Tidak Ditemukan\"}]}";

    private final SimulatorServer server = SimulatorServer.builder("test")
            .route("/api/", request -> SimResponse.json(200, BODY))
            .start();
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.baseUri().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthyRoute_answersAndIsCounted() throws Exception {
        HttpResponse<String> response = post("/api/x");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(BODY);
        assertThat(server.requests()).isEqualTo(1);
        assertThat(server.requests("/api/")).isEqualTo(1);
        assertThat(post("/other").statusCode()).isEqualTo(404);
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void errorRateOne_answersEveryRequestWithTheErrorStatus() throws Exception {
        server.knobs().errorRate(1).errorStatus(502);

        assertThat(post("/api/x").statusCode()).isEqualTo(502);
        assertThat(post("/api/x").statusCode()).isEqualTo(502);
        server.knobs().reset();
        assertThat(post("/api/x").statusCode()).isEqualTo(200);
    }

    @Test
    void outage_refusesConnections_andListensAgainOnTheSamePortWhenLifted() throws Exception {
        int port = server.port();
        server.knobs().outage(true);

        assertThatThrownBy(() -> post("/api/x")).isInstanceOf(ConnectException.class);
        server.knobs().outage(false);
        assertThat(server.port()).isEqualTo(port);
        assertThat(post("/api/x").statusCode()).isEqualTo(200);
    }

    @Test
    void scriptedFaults_answerExactlyTheNextRequests_thenTheHandlerAgain() throws Exception {
        server.knobs().failNext(2, SimResponse.json(200, "{\"content\":[{\"RESPONSE_CODE\":\"99\"}]}"))
                .malformNext(1);

        assertThat(post("/api/x").body()).contains("RESPONSE_CODE");
        assertThat(post("/api/x").body()).contains("RESPONSE_CODE");
        assertThat(post("/api/x").body()).isEqualTo(BODY.substring(0, BODY.length() / 2));
        assertThat(post("/api/x").body()).isEqualTo(BODY);
        assertThat(server.requests()).isEqualTo(4);
    }

    @Test
    void malformedRateOne_cutsEveryAnswerInHalf() throws Exception {
        server.knobs().malformedRate(1);

        assertThat(post("/api/x").body()).isEqualTo(BODY.substring(0, BODY.length() / 2));
    }

    @Test
    void drip_deliversTheWholeAnswerInSmallChunks() throws Exception {
        server.knobs().drip(Duration.ofMillis(1)).dripChunk(4);

        assertThat(post("/api/x").body()).isEqualTo(BODY);
    }

    @Test
    void latency_holdsTheAnswerBack_soAShortClientTimeoutExpires() {
        server.knobs().latency(Duration.ofSeconds(2));
        HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/api/x")).timeout(Duration.ofMillis(100))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();

        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void adminEndpoint_turnsKnobsAtRunTime_andRefusesUnknownOnes() throws Exception {
        HttpResponse<String> ok = post("/_sim/knobs?error-rate=1&latency=uniform:1ms..2ms");
        HttpResponse<String> bad = post("/_sim/knobs?speed=fast");

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("error-rate=1.0", "latency=uniform:1ms..2ms");
        assertThat(server.knobs().errorRate()).isEqualTo(1.0);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("unknown knob speed");
        assertThat(post("/_sim/reset").statusCode()).isEqualTo(200);
        assertThat(server.knobs().errorRate()).isZero();
        assertThat(server.requests()).isZero();
    }

    @Test
    void baseUri_isOnLoopback() {
        assertThat(server.baseUri()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
    }
}
