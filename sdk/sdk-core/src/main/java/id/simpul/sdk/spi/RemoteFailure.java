package id.simpul.sdk.spi;

/**
 * What went wrong when calling an external system, and whether the same call may succeed later.
 */
public enum RemoteFailure {
    /** No answer within the configured time limit. */
    TIMEOUT(true),
    /** Could not connect, or the system said it is unavailable or overloaded (5xx, 503, 504). */
    UNAVAILABLE(true),
    /** Recent calls failed so often that calls are paused for a while (circuit breaker open). */
    CIRCUIT_OPEN(true),
    /** Too many calls to this system are in progress at once (bulkhead full). */
    BULKHEAD_FULL(true),
    /** The system reported an internal error of its own. */
    REMOTE_ERROR(true),
    /** The system refused our credentials or this deployment's access (401, 403, IP not allowed). */
    CREDENTIALS_REJECTED(false),
    /** The system refused the request as invalid (400, 405); sending it again fails the same way. */
    REQUEST_REFUSED(false),
    /** The answer could not be read (not the documented shape). */
    MALFORMED_ANSWER(false);

    private final boolean retryable;

    RemoteFailure(boolean retryable) {
        this.retryable = retryable;
    }

    /** Whether the same call may succeed later without anything being changed. */
    public boolean retryable() {
        return retryable;
    }

    /** Message key in {@code id.simpul.sdk.spi.messages}. */
    public String messageKey() {
        return "remote." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
