package id.simpul.adapters.dukcapil;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.simpul.adapters.dukcapil.simulator.DukcapilSimulator;
import id.simpul.adapters.simulator.SimRequest;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.population.PopulationRegistry;
import id.simpul.sdk.spi.population.VerificationRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter and the simulator both keep the contract in {@code specs/openapi/dukcapil.v1.yaml}: what
 * the adapter sends validates against the request schemas, what the simulator answers against the
 * answer schemas.
 */
class DukcapilContractTest {

    private static final String SPEC = "classpath:specs/openapi/dukcapil.v1.yaml#/components/schemas/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final List<SimRequest> sent = new CopyOnWriteArrayList<>();
    private final DukcapilSimulator simulator = DukcapilSimulator.builder().count(20)
            .credentials("simpul-tck", DukcapilHarness.PASSWORD, "10.20.30.40").onRequest(sent::add).start();

    @AfterEach
    void stop() {
        simulator.close();
    }

    private static List<String> problems(String schema, String json) {
        JsonSchema s = FACTORY.getSchema(SchemaLocation.of(SPEC + schema));
        return s.validate(json, InputFormat.JSON).stream().map(ValidationMessage::getMessage).toList();
    }

    private PopulationRegistry adapter(boolean lookup) {
        return new DukcapilAdapterProvider().create(AdapterSettings.of(Map.of(
                "simpul.adapters.dukcapil.url", simulator.baseUri().toString(),
                "simpul.adapters.dukcapil.institution", simulator.institution(),
                "simpul.adapters.dukcapil.user-id", "simpul-tck",
                "simpul.adapters.dukcapil.password", DukcapilHarness.PASSWORD,
                "simpul.adapters.dukcapil.ip-user", "10.20.30.40",
                "simpul.adapters.dukcapil.lookup.enabled", String.valueOf(lookup))));
    }

    private String answer(String method, String body) throws Exception {
        URI uri = simulator.baseUri().resolve(DukcapilSimulator.ROUTE + simulator.institution() + "/" + method);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void adapterRequests_keepTheRequestSchemas() {
        var p = simulator.people().get(0);
        PopulationRegistry registry = adapter(true);
        registry.verify(VerificationRequest.builder(p.nik()).kkNumber(p.kkNumber()).fullName(p.fullName())
                .birthPlace(p.birthPlace()).birthDate(p.birthDate()).gender(p.gender()).motherName(p.motherName())
                .threshold(75).build());
        registry.lookup(p.nik());

        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).path()).endsWith("/CALL_VERIFY_BY_ELEMEN");
        assertThat(problems("VerifyRequest", sent.get(0).body())).isEmpty();
        assertThat(sent.get(1).path()).endsWith("/CALL_NIK");
        assertThat(problems("LookupRequest", sent.get(1).body())).isEmpty();
    }

    @Test
    void simulatorAnswers_keepTheAnswerSchemas() throws Exception {
        var p = simulator.people().get(1);
        String credentials = "\"user_id\":\"simpul-tck\",\"password\":\"" + DukcapilHarness.PASSWORD
                + "\",\"ip_user\":\"10.20.30.40\"";
        String verdicts = answer("CALL_VERIFY_BY_ELEMEN", "{" + credentials + ",\"NIK\":\"" + p.nik().value()
                + "\",\"NAMA_LGKP\":\"" + p.fullName() + "\",\"JENIS_KLMIN\":\"PEREMPUAN\",\"TRESHOLD\":\"80\"}");
        String notFound = answer("CALL_VERIFY_BY_ELEMEN", "{" + credentials
                + ",\"NIK\":\"6112010101900001\",\"NAMA_LGKP\":\"A\",\"TRESHOLD\":\"80\"}");
        String refused = answer("CALL_NIK", "{\"user_id\":\"x\",\"password\":\"y\",\"ip_user\":\"z\",\"NIK\":\"1\"}");
        String person = answer("CALL_NIK", "{" + credentials + ",\"NIK\":\"" + p.nik().value() + "\"}");

        assertThat(problems("VerifyPage", verdicts)).isEmpty();
        assertThat(verdicts).contains("NAMA_LGKP\":\"Sesuai (100)");
        assertThat(problems("VerifyPage", notFound)).isEmpty();
        assertThat(problems("VerifyPage", refused)).isEmpty();
        assertThat(problems("LookupPage", person)).isEmpty();
        assertThat(problems("LookupPage", refused)).isEmpty();
    }

    @Test
    void theSchemasRefuseWrongShapes_soTheChecksAboveCanFail() {
        assertThat(problems("VerifyPage", "{\"content\":[{\"NIK\":\"Sesuai\",\"NAMA_LGKP\":\"Sesuai\"}],"
                + "\"numberOfElements\":1,\"totalElements\":1}")).isNotEmpty();
        assertThat(problems("VerifyRequest", "{\"user_id\":\"a\",\"password\":\"b\",\"ip_user\":\"c\","
                + "\"NIK\":\"123\",\"TRESHOLD\":\"80\"}")).isNotEmpty();
        assertThat(problems("LookupPage", "{\"content\":[],\"numberOfElements\":0,\"totalElements\":0}")).isNotEmpty();
    }
}
