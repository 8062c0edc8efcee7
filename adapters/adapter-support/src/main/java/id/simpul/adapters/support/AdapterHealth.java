package id.simpul.adapters.support;

/**
 * A snapshot of a decorated adapter's resilience state, for readiness checks and metrics.
 *
 * @param system             the adapter's system, e.g. {@code dukcapil}
 * @param circuit            the circuit breaker's state
 * @param failureRatePercent failure rate over the recent window, or -1 before enough calls were made
 * @param bufferedCalls      calls in the recent window
 * @param failedCalls        calls in the recent window that failed on the remote side
 * @param refusedCalls       calls refused while the circuit was open, since the adapter was created
 * @param freeSlots          bulkhead slots free right now
 */
public record AdapterHealth(String system, CircuitState circuit, float failureRatePercent, int bufferedCalls,
                            int failedCalls, long refusedCalls, int freeSlots) {

    /** Whether the portal should count the adapter as ready: its circuit is not open. */
    public boolean ready() {
        return circuit != CircuitState.OPEN;
    }
}
