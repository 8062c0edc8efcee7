package id.simpul.portal.infrastructure.health;

import id.simpul.adapters.support.AdapterHealth;
import id.simpul.adapters.support.CircuitState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The node's adapter connections and their MicroProfile metrics (application scope):
 * <ul>
 *   <li>{@code adapter_calls_total{system, outcome}} — port calls by outcome ({@code success},
 *       {@code failure}, {@code rejected} = refused by an open circuit or a full bulkhead);</li>
 *   <li>{@code adapter_call_duration_seconds{system, operation}} — latency of calls that were let
 *       through to the system (rejected calls are not timed: they take microseconds and would hide
 *       the system's own latency);</li>
 *   <li>{@code adapter_circuit_state{system, state}} — 1 for the circuit's current state
 *       ({@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}, {@code OTHER}), 0 for the others.</li>
 * </ul>
 */
@ApplicationScoped
public class AdapterCalls implements AdapterMeter.Recorder {

    static final String CALLS = "adapter_calls";
    static final String DURATION = "adapter_call_duration";
    static final String CIRCUIT = "adapter_circuit_state";

    @Inject
    MetricRegistry metrics;

    private final List<AdapterConnection<?>> connections = new CopyOnWriteArrayList<>();

    /** Called by each connection once its adapter is loaded. */
    void register(AdapterConnection<?> connection) {
        connections.add(connection);
        if (!connection.enabled()) {
            return;
        }
        String system = connection.system();
        for (AdapterMeter.Outcome outcome : AdapterMeter.Outcome.values()) {
            counter(system, outcome);
        }
        for (CircuitState state : CircuitState.values()) {
            metrics.gauge(Metadata.builder().withName(CIRCUIT)
                            .withDescription("1 for the current state of the adapter's circuit breaker, 0 otherwise")
                            .build(), connection,
                    c -> c.health().map(AdapterHealth::circuit).orElse(CircuitState.OTHER) == state ? 1 : 0,
                    new Tag("system", system), new Tag("state", state.name()));
        }
    }

    /** The connections loaded so far, in start order. */
    public List<AdapterConnection<?>> connections() {
        return List.copyOf(connections);
    }

    @Override
    public void record(String system, String operation, AdapterMeter.Outcome outcome, Duration elapsed) {
        counter(system, outcome).inc();
        if (outcome != AdapterMeter.Outcome.REJECTED) {
            metrics.timer(Metadata.builder().withName(DURATION).withUnit(MetricUnits.NANOSECONDS)
                            .withDescription("Latency of adapter calls that reached the external system").build(),
                    new Tag("system", system), new Tag("operation", operation)).update(elapsed);
        }
    }

    private org.eclipse.microprofile.metrics.Counter counter(String system, AdapterMeter.Outcome outcome) {
        return metrics.counter(Metadata.builder().withName(CALLS)
                        .withDescription("Adapter calls by external system and outcome").build(),
                new Tag("system", system), new Tag("outcome", outcome.tag()));
    }
}
