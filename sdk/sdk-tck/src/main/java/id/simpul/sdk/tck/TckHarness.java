package id.simpul.sdk.tck;

import id.simpul.sdk.spi.Port;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One adapter under test with its simulated system. Created fresh for every rule and closed after it.
 *
 * @param <P> the port
 */
public interface TckHarness<P extends Port> extends AutoCloseable {

    /**
     * A new adapter, created the way production creates it (through its provider, resilience layer
     * included), with these settings added to the harness's own (simulator URL, credentials).
     *
     * @param settings keys relative to {@code simpul.adapters.<system>.}, e.g. {@code timeout=200ms};
     *                 {@link #prefixed} turns them into full keys
     * @param clock    the clock of the circuit breaker; the kit advances it instead of waiting
     */
    P create(Map<String, String> settings, Clock clock);

    RemoteControl remote();

    /** Every credential value the adapter was configured with, to check none of them ever shows. */
    Set<String> secrets();

    /** Stops the simulator. */
    @Override
    void close();

    /** {@code timeout=200ms} → {@code simpul.adapters.dukcapil.timeout=200ms}. */
    static Map<String, String> prefixed(String system, Map<String, String> settings) {
        Map<String, String> full = new HashMap<>();
        settings.forEach((k, v) -> full.put("simpul.adapters." + system + "." + k, v));
        return full;
    }
}
