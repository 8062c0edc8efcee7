package id.simpul.adapters.template.simulator;

import id.simpul.adapters.simulator.SimRequest;
import id.simpul.adapters.simulator.SimResponse;
import id.simpul.adapters.simulator.SimulatorKnobs;
import id.simpul.adapters.simulator.SimulatorServer;
import id.simpul.adapters.simulator.SyntheticPeople;
import id.simpul.adapters.simulator.SyntheticPerson;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Step 3 of an adapter: a simulator of the remote system, answering its real shapes from synthetic
 * people, with the knobs of {@link SimulatorServer}. Tests, demos and benchmarks run against it.
 */
public final class TemplateSimulator implements AutoCloseable {

    private final SimulatorServer server;
    private final List<SyntheticPerson> people;
    private final Map<String, SyntheticPerson> byNik;
    private final String apiKey;

    public TemplateSimulator(long seed, int count, String apiKey) {
        this.people = SyntheticPeople.generate(seed, count);
        this.byNik = people.stream().collect(Collectors.toMap(p -> p.nik().value(), Function.identity()));
        this.apiKey = apiKey;
        this.server = SimulatorServer.builder("template-registry").seed(seed)
                .route("/verifications", this::verify).start();
    }

    public URI baseUri() {
        return server.baseUri();
    }

    public SimulatorKnobs knobs() {
        return server.knobs();
    }

    public SimulatorServer server() {
        return server;
    }

    public List<SyntheticPerson> people() {
        return people;
    }

    @Override
    public void close() {
        server.close();
    }

    private SimResponse verify(SimRequest request) {
        if (!apiKey.equals(request.header("x-api-key").orElse(""))) {
            return SimResponse.json(401, "{\"error\":\"invalid api key\"}");
        }
        if (!request.path().equals("/verifications")) {
            return SimResponse.json(404, "{\"error\":\"no such resource\"}");
        }
        JsonObject body;
        try {
            body = Json.createReader(new StringReader(request.body())).readObject();
        } catch (JsonException | IllegalStateException e) {
            return SimResponse.json(400, "{\"error\":\"body is not JSON\"}");
        }
        SyntheticPerson p = byNik.get(body.getString("nik", ""));
        if (p == null) {
            return SimResponse.json(404, "{\"error\":\"person not found\"}");
        }
        int threshold = body.getInt("threshold", 80);
        JsonObject elements = body.getJsonObject("elements");
        JsonObjectBuilder verdicts = Json.createObjectBuilder();
        Map<String, String> recorded = Map.of("KK_NUMBER", p.kkNumber().value(), "FULL_NAME", p.fullName(),
                "BIRTH_PLACE", p.birthPlace(), "BIRTH_DATE", p.birthDate().toString(), "GENDER", p.gender().name(),
                "MOTHER_NAME", p.motherName());
        for (String field : elements.keySet()) {
            String given = elements.getString(field, "");
            String value = recorded.get(field);
            if (value == null) {
                return SimResponse.json(400, "{\"error\":\"unknown element\"}");
            }
            boolean fuzzy = field.endsWith("NAME") || field.equals("BIRTH_PLACE");
            if (fuzzy) {
                int score = score(given, value);
                verdicts.add(field, Json.createObjectBuilder().add("match", score >= threshold).add("score", score));
            } else {
                verdicts.add(field, Json.createObjectBuilder().add("match", given.equalsIgnoreCase(value)));
            }
        }
        return SimResponse.json(200, Json.createObjectBuilder().add("verdicts", verdicts).build().toString());
    }

    static int score(String a, String b) {
        String x = a.strip().toUpperCase(Locale.ROOT);
        String y = b.strip().toUpperCase(Locale.ROOT);
        int[] prev = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            int[] cur = new int[y.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1));
            }
            prev = cur;
        }
        int longest = Math.max(1, Math.max(x.length(), y.length()));
        return (int) Math.round(100.0 * (1 - (double) prev[y.length()] / longest));
    }
}
