package id.simpul.benchmarks.adapters;

import id.simpul.adapters.dukcapil.DukcapilAdapterProvider;
import id.simpul.adapters.dukcapil.simulator.DukcapilSimulator;
import id.simpul.adapters.simulator.SyntheticPerson;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.population.PopulationRegistry;
import id.simpul.sdk.spi.population.VerificationRequest;
import id.simpul.sdk.spi.population.VerificationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the adapter stack costs on top of the HTTP call, and how fast a call fails once the circuit is
 * open. All against the Dukcapil simulator on loopback, no simulated latency, one thread.
 *
 * <ul>
 *   <li>{@code rawUrlConnection}: the baseline, the same verify-by-element request body POSTed with
 *       {@code HttpURLConnection} (the engine the adapter's REST client uses outside a container),
 *       answer read as text;</li>
 *   <li>{@code rawHttpClient}: the same with the JDK {@code HttpClient}, a second baseline;</li>
 *   <li>{@code undecoratedAdapter}: the adapter without the resilience layer (REST client, JSON, mapping);</li>
 *   <li>{@code decoratedAdapter}: the adapter as production uses it (plus time limit, circuit breaker,
 *       bulkhead, retry wrapper, worker-thread hand-off);</li>
 *   <li>{@code failFastWhenCircuitOpen}: the simulator is down and the circuit open: time until the
 *       caller gets {@code CIRCUIT_OPEN}.</li>
 * </ul>
 * Sample mode gives p50/p99: overhead = decorated − rawUrlConnection (goal ≤ 0.5 ms at p99); the
 * resilience layer alone = decorated − undecorated; fail-fast goal ≤ 1 ms at p99.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DukcapilAdapterBenchmark {

    private static final String PASSWORD = "bench-password-1";

    private static Map<String, String> settings(DukcapilSimulator simulator) {
        Map<String, String> s = new HashMap<>();
        s.put("simpul.adapters.dukcapil.url", simulator.baseUri().toString());
        s.put("simpul.adapters.dukcapil.institution", simulator.institution());
        s.put("simpul.adapters.dukcapil.user-id", "bench");
        s.put("simpul.adapters.dukcapil.password", PASSWORD);
        s.put("simpul.adapters.dukcapil.ip-user", "127.0.0.1");
        return s;
    }

    /** A healthy simulator, the three ways to call it. */
    @State(Scope.Benchmark)
    public static class Healthy {
        DukcapilSimulator simulator;
        PopulationRegistry decorated;
        PopulationRegistry undecorated;
        VerificationRequest request;
        HttpClient http;
        HttpRequest rawRequest;
        URL url;
        byte[] body;

        @Setup(Level.Trial)
        public void start() {
            simulator = DukcapilSimulator.builder().count(100).credentials("bench", PASSWORD, "127.0.0.1").start();
            AdapterSettings s = AdapterSettings.of(settings(simulator));
            decorated = new DukcapilAdapterProvider().create(s);
            undecorated = new DukcapilAdapterProvider().createUndecorated(s);
            SyntheticPerson p = simulator.people().get(0);
            request = VerificationRequest.builder(p.nik()).kkNumber(p.kkNumber()).fullName(p.fullName())
                    .birthPlace(p.birthPlace()).birthDate(p.birthDate()).gender(p.gender())
                    .motherName(p.motherName()).build();
            String body = "{\"user_id\":\"bench\",\"password\":\"" + PASSWORD + "\",\"ip_user\":\"127.0.0.1\",\"NIK\":\""
                    + p.nik().value() + "\",\"NO_KK\":\"" + p.kkNumber().value() + "\",\"NAMA_LGKP\":\"" + p.fullName()
                    + "\",\"TMPT_LHR\":\"" + p.birthPlace() + "\",\"TGL_LHR\":\""
                    + DateTimeFormatter.ofPattern("dd-MM-yyyy").format(p.birthDate()) + "\",\"JENIS_KLMIN\":\""
                    + (p.gender() == id.simpul.sdk.identity.Gender.MALE ? "LAKI-LAKI" : "PEREMPUAN")
                    + "\",\"NAMA_LGKP_IBU\":\"" + p.motherName() + "\",\"TRESHOLD\":\"80\"}";
            this.body = body.getBytes(StandardCharsets.UTF_8);
            try {
                url = URI.create(simulator.baseUri() + DukcapilSimulator.ROUTE + simulator.institution()
                        + "/CALL_VERIFY_BY_ELEMEN").toURL();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            http = AdapterBenchmarks.http11();
            rawRequest = HttpRequest.newBuilder(URI.create(simulator.baseUri() + DukcapilSimulator.ROUTE
                            + simulator.institution() + "/CALL_VERIFY_BY_ELEMEN"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            if (!decorated.verify(request).allMatch() || !undecorated.verify(request).allMatch()) {
                throw new IllegalStateException("the adapter does not verify the simulator's person");
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            decorated.close();
            undecorated.close();
            simulator.close();
        }
    }

    /** The simulator refuses connections and the decorated adapter's circuit is open. */
    @State(Scope.Benchmark)
    public static class Down {
        DukcapilSimulator simulator;
        PopulationRegistry decorated;
        VerificationRequest request;
        Runnable call;

        @Setup(Level.Trial)
        public void start() {
            simulator = DukcapilSimulator.builder().count(10).credentials("bench", PASSWORD, "127.0.0.1").start();
            decorated = new DukcapilAdapterProvider().create(AdapterSettings.of(
                    AdapterBenchmarks.failFast("simpul.adapters.dukcapil", settings(simulator))));
            SyntheticPerson p = simulator.people().get(0);
            request = VerificationRequest.builder(p.nik()).fullName(p.fullName()).build();
            call = () -> decorated.verify(request);
            simulator.knobs().outage(true);
            AdapterBenchmarks.openCircuit(call);
        }

        RemoteFailure failure() {
            return AdapterBenchmarks.failure(call);
        }

        @TearDown(Level.Trial)
        public void stop() {
            decorated.close();
            simulator.close();
        }
    }

    @Benchmark
    public String rawUrlConnection(Healthy s) throws IOException {
        HttpURLConnection c = (HttpURLConnection) s.url.openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = c.getOutputStream()) {
            out.write(s.body);
        }
        try (InputStream in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public String rawHttpClient(Healthy s) throws IOException, InterruptedException {
        return s.http.send(s.rawRequest, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Benchmark
    public VerificationResult undecoratedAdapter(Healthy s) {
        return s.undecorated.verify(s.request);
    }

    @Benchmark
    public VerificationResult decoratedAdapter(Healthy s) {
        return s.decorated.verify(s.request);
    }

    @Benchmark
    public RemoteFailure failFastWhenCircuitOpen(Down s) {
        return s.failure();
    }
}
