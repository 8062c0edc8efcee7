package id.simpul.sdk.tck;

import id.simpul.sdk.spi.RemoteFailure;
import java.time.Duration;
import java.util.Set;

/**
 * What the kit needs to steer the simulated system behind the adapter. Implemented by the adapter's
 * test over its simulator (for simulators built on simulator-support, mostly one line per method).
 */
public interface RemoteControl {

    /** For {@link #failing}: every following request fails. */
    int FOREVER = Integer.MAX_VALUE;

    /** Healthy again: no delay, no failure, no outage, request count zero. */
    void reset();

    /** Every answer is held back this long (zero for none). */
    void delay(Duration delay);

    /** {@code true}: connections to the system are refused; {@code false}: it listens again. */
    void outage(boolean down);

    /**
     * The next {@code times} requests fail the way the real system fails for this kind, e.g. for
     * {@link RemoteFailure#UNAVAILABLE} an HTTP 503, for {@link RemoteFailure#CREDENTIALS_REJECTED} the
     * system's own refusal of the credentials, for {@link RemoteFailure#MALFORMED_ANSWER} an answer cut
     * in half. Only kinds in {@link #failuresSimulated()} are asked for.
     */
    void failing(RemoteFailure kind, int times);

    /**
     * The kinds {@link #failing} can produce. Must include {@code UNAVAILABLE}, {@code REMOTE_ERROR},
     * {@code CREDENTIALS_REJECTED} and {@code MALFORMED_ANSWER}.
     */
    Set<RemoteFailure> failuresSimulated();

    /** Requests the system received since the last {@link #reset()} (failed ones included). */
    long requests();
}
