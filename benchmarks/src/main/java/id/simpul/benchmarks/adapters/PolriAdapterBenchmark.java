package id.simpul.benchmarks.adapters;

import id.simpul.adapters.polri.PolriAdapterProvider;
import id.simpul.adapters.polri.simulator.PolriSimulator;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.police.LostReport;
import id.simpul.sdk.spi.police.PoliceReports;
import java.io.IOException;
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
 * What the SOAP adapter stack (CXF, JAXB, mapping, resilience) costs on top of the HTTP call, and how
 * fast a call fails once the circuit is open. All against the Polri simulator on loopback, no
 * simulated latency, one thread. The simulator validates every request against the schema, in every
 * variant alike.
 *
 * <ul>
 *   <li>{@code rawHttp}: the baseline, the same SOAP envelope POSTed with the JDK {@code HttpClient},
 *       answer read as text;</li>
 *   <li>{@code undecoratedAdapter}: the CXF client without the resilience layer;</li>
 *   <li>{@code decoratedAdapter}: the adapter as production uses it;</li>
 *   <li>{@code failFastWhenCircuitOpen}: the simulator is down and the circuit open.</li>
 * </ul>
 * Run in sample mode for p50/p99: overhead = decorated − raw; fail-fast goal ≤ 1 ms at p99.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PolriAdapterBenchmark {

    private static final String PASSWORD = "bench-password-2";

    private static Map<String, String> settings(PolriSimulator simulator) {
        Map<String, String> s = new HashMap<>();
        s.put("simpul.adapters.polri.url", simulator.endpoint().toString());
        s.put("simpul.adapters.polri.user", "bench");
        s.put("simpul.adapters.polri.password", PASSWORD);
        s.put("simpul.adapters.polri.institution", "DISDUKCAPIL-6112");
        return s;
    }

    /** A healthy simulator, the three ways to call it. */
    @State(Scope.Benchmark)
    public static class Healthy {
        PolriSimulator simulator;
        PoliceReports decorated;
        PoliceReports undecorated;
        String number;
        HttpClient http;
        HttpRequest rawRequest;

        @Setup(Level.Trial)
        public void start() {
            simulator = PolriSimulator.builder().letters(100).credentials("bench", PASSWORD).start();
            AdapterSettings s = AdapterSettings.of(settings(simulator));
            decorated = new PolriAdapterProvider().create(s);
            undecorated = new PolriAdapterProvider().createUndecorated(s);
            number = simulator.records().findLostReport(r -> !r.revoked()).orElseThrow().number();
            String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                    + "<v:VerifikasiSuratKehilanganRequest xmlns:v=\"urn:simpul:model:polri:verifikasi:v1\"><v:kredensial>"
                    + "<v:idPengguna>bench</v:idPengguna><v:kataSandi>" + PASSWORD + "</v:kataSandi>"
                    + "<v:kodeInstansi>DISDUKCAPIL-6112</v:kodeInstansi></v:kredensial><v:nomorSurat>" + number
                    + "</v:nomorSurat></v:VerifikasiSuratKehilanganRequest></soap:Body></soap:Envelope>";
            http = AdapterBenchmarks.http11();
            rawRequest = HttpRequest.newBuilder(simulator.endpoint()).header("Content-Type", "text/xml; charset=UTF-8")
                    .header("SOAPAction", "\"urn:simpul:model:polri:verifikasi:v1#VerifikasiSuratKehilangan\"")
                    .POST(HttpRequest.BodyPublishers.ofString(envelope)).build();
            if (decorated.verifyLostReport(number).isEmpty() || undecorated.verifyLostReport(number).isEmpty()) {
                throw new IllegalStateException("the adapter does not find the simulator's letter");
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
        PolriSimulator simulator;
        PoliceReports decorated;
        String number;
        Runnable call;

        @Setup(Level.Trial)
        public void start() {
            simulator = PolriSimulator.builder().letters(10).credentials("bench", PASSWORD).start();
            decorated = new PolriAdapterProvider().create(AdapterSettings.of(
                    AdapterBenchmarks.failFast("simpul.adapters.polri", settings(simulator))));
            number = simulator.records().findLostReport(r -> true).orElseThrow().number();
            call = () -> decorated.verifyLostReport(number);
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
    public Optional<LostReport> undecoratedAdapter(Healthy s) {
        return s.undecorated.verifyLostReport(s.number);
    }

    @Benchmark
    public Optional<LostReport> decoratedAdapter(Healthy s) {
        return s.decorated.verifyLostReport(s.number);
    }

    @Benchmark
    public RemoteFailure failFastWhenCircuitOpen(Down s) {
        return s.failure();
    }
}
