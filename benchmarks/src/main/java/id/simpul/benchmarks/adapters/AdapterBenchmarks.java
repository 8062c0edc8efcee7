package id.simpul.benchmarks.adapters;

import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.RemoteFailure;
import java.net.http.HttpClient;
import java.util.Map;

/**
 * What the adapter benchmarks share: the HTTP/1.1 client of the raw baseline, the settings that make a
 * decorated adapter's circuit open after a few failed calls and stay open, and the failing call itself.
 */
final class AdapterBenchmarks {

    /** Failed calls after which the circuit opens (its window and minimum number of calls). */
    static final int CIRCUIT_WINDOW = 4;

    private AdapterBenchmarks() {
    }

    /** The JDK client the raw baselines use, HTTP/1.1 like the adapters. */
    static HttpClient http11() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * Adds to an adapter's settings: one attempt per call, a circuit that opens after
     * {@value #CIRCUIT_WINDOW} failed calls and stays open for the whole run.
     *
     * @param prefix the adapter's settings prefix, e.g. {@code simpul.adapters.oss}
     */
    static Map<String, String> failFast(String prefix, Map<String, String> settings) {
        settings.put(prefix + ".retry.max-attempts", "1");
        settings.put(prefix + ".circuit.window", Integer.toString(CIRCUIT_WINDOW));
        settings.put(prefix + ".circuit.minimum-calls", Integer.toString(CIRCUIT_WINDOW));
        settings.put(prefix + ".circuit.open-wait", "60m");
        return settings;
    }

    /** Makes the call, which must fail, and returns the kind of failure. */
    static RemoteFailure failure(Runnable call) {
        try {
            call.run();
            throw new IllegalStateException("the call should fail");
        } catch (RemoteCallException e) {
            return e.kind();
        }
    }

    /** Fails the call until the circuit is open; refuses to go on if it does not open. */
    static void openCircuit(Runnable call) {
        for (int i = 0; i < CIRCUIT_WINDOW; i++) {
            failure(call);
        }
        if (failure(call) != RemoteFailure.CIRCUIT_OPEN) {
            throw new IllegalStateException("the circuit did not open");
        }
    }
}
