package id.simpul.benchmarks.adapters;

import id.simpul.adapters.oss.OssAdapterProvider;
import id.simpul.adapters.oss.simulator.Business;
import id.simpul.adapters.oss.simulator.OssSimulator;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.licensing.LicensingGateway;
import id.simpul.sdk.spi.licensing.Nib;
import id.simpul.sdk.spi.licensing.NibRecord;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
 * What the OSS adapter stack (MicroProfile REST Client on RESTEasy, JSON-P, mapping, resilience) costs
 * on top of the HTTP call for a NIB inquiry, and how fast a call fails once the circuit is open. All
 * against the OSS simulator on loopback, no simulated latency, one thread; the simulator checks every
 * request against the schema in every variant alike.
 *
 * <ul>
 *   <li>{@code rawHttp}: the baseline, the same {@code inqueryNIB} body POSTed with the JDK
 *       {@code HttpClient}, answer read as text;</li>
 *   <li>{@code undecoratedAdapter}: the adapter without the resilience layer;</li>
 *   <li>{@code decoratedAdapter}: the adapter as production uses it;</li>
 *   <li>{@code failFastWhenCircuitOpen}: the simulator is down and the circuit open.</li>
 * </ul>
 * Run in sample mode for p50/p99: overhead = decorated − raw; fail-fast goal ≤ 1 ms at p99.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OssAdapterBenchmark {

    private static final String USER_KEY = "bench-user-key-3";

    private static Map<String, String> settings(OssSimulator simulator) {
        Map<String, String> s = new HashMap<>();
        s.put("simpul.adapters.oss.url", simulator.endpoint().toString());
        s.put("simpul.adapters.oss.user-key", USER_KEY);
        s.put("simpul.adapters.oss.institution", "DPMPTSP-6112");
        s.put("simpul.adapters.oss.region", "61.12");
        return s;
    }

    /** A healthy simulator, the three ways to call it. */
    @State(Scope.Benchmark)
    public static class Healthy {
        OssSimulator simulator;
        LicensingGateway decorated;
        LicensingGateway undecorated;
        Nib nib;
        HttpClient http;
        HttpRequest rawRequest;

        @Setup(Level.Trial)
        public void start() {
            simulator = OssSimulator.builder().businesses(100).userKey(USER_KEY).start();
            AdapterSettings s = AdapterSettings.of(settings(simulator));
            decorated = new OssAdapterProvider().create(s);
            undecorated = new OssAdapterProvider().createUndecorated(s);
            Business b = simulator.records().find(x -> x.checklist().size() > 1).orElseThrow();
            nib = Nib.parse(b.nib());
            http = AdapterBenchmarks.http11();
            rawRequest = HttpRequest.newBuilder(URI.create(simulator.endpoint() + "/inqueryNIB"))
                    .header("Content-Type", "application/json").header("user_key", USER_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"INQUERYNIB\":{\"nib\":\"" + b.nib() + "\"}}")).build();
            if (decorated.inquireNib(nib).isEmpty() || undecorated.inquireNib(nib).isEmpty()) {
                throw new IllegalStateException("the adapter does not find the simulator's business");
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
        OssSimulator simulator;
        LicensingGateway decorated;
        Nib nib;
        Runnable call;

        @Setup(Level.Trial)
        public void start() {
            simulator = OssSimulator.builder().businesses(10).userKey(USER_KEY).start();
            decorated = new OssAdapterProvider().create(AdapterSettings.of(
                    AdapterBenchmarks.failFast("simpul.adapters.oss", settings(simulator))));
            nib = Nib.parse(simulator.records().find(x -> true).orElseThrow().nib());
            call = () -> decorated.inquireNib(nib);
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
    public String rawHttp(Healthy s) throws IOException, InterruptedException {
        return s.http.send(s.rawRequest, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Benchmark
    public Optional<NibRecord> undecoratedAdapter(Healthy s) {
        return s.undecorated.inquireNib(s.nib);
    }

    @Benchmark
    public Optional<NibRecord> decoratedAdapter(Healthy s) {
        return s.decorated.inquireNib(s.nib);
    }

    @Benchmark
    public RemoteFailure failFastWhenCircuitOpen(Down s) {
        return s.failure();
    }
}
