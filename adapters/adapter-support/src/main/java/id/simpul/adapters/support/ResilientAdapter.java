package id.simpul.adapters.support;

import java.util.Optional;

/**
 * Implemented by every adapter that {@link Resilient#decorate} returned, besides its port, so that
 * health checks can read its state without knowing its type.
 */
public interface ResilientAdapter {

    AdapterHealth health();

    /**
     * Registers a listener told of every circuit state change (from, to), e.g. to log an event or raise
     * an alert; called on the thread of the call that caused the change, so it must be quick.
     */
    void onCircuitChange(java.util.function.BiConsumer<CircuitState, CircuitState> listener);

    /** The health of any port object, if it was decorated by {@link Resilient}. */
    static Optional<AdapterHealth> healthOf(Object port) {
        return port instanceof ResilientAdapter r ? Optional.of(r.health()) : Optional.empty();
    }
}
