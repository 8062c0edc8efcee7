package id.simpul.adapters.support;

/** The circuit breaker's state, as health checks and metrics report it. */
public enum CircuitState {
    /** Calls flow normally. */
    CLOSED,
    /** Calls are refused at once (fail fast) until the open-state wait has passed. */
    OPEN,
    /** A few trial calls decide whether to close again or reopen. */
    HALF_OPEN,
    /** Forced open, disabled or metrics-only by an operator. */
    OTHER
}
