package id.simpul.adapters.oss.simulator;

/**
 * A failure the simulator answers the next requests with, the way the real system fails: for
 * conformance tests that need "the next two calls fail, then it recovers" without randomness.
 */
public enum ScriptedFailure {
    /** HTTP 503 from the gateway in front of the system, with an HTML page instead of the usual shape. */
    UNAVAILABLE,
    /** The system's own internal error (HTTP 500 in the system's shape). */
    SERVER_ERROR,
    /** The system refuses the credentials, in its own way. */
    CREDENTIALS_REJECTED,
    /** The usual answer, cut in the middle. */
    MALFORMED
}
