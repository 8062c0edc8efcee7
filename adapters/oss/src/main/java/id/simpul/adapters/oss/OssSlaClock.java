package id.simpul.adapters.oss;

import id.simpul.sdk.calendar.SlaClock;
import id.simpul.sdk.spi.licensing.LicenceStatusCode;
import java.time.Instant;
import java.util.Objects;

/**
 * Applies an OSS licence status ({@code kd_status}) to a request's SLA clock (jangka waktu), so a
 * regency's clock follows OSS's: 41 pauses it, 42 resumes it, 43 sets it back to zero and holds it,
 * 44 starts it again from zero, and a final status (50 approved, 57 deemed approved, 90 rejected,
 * 93 requirements rejected) stops it. Other statuses leave it as it is.
 *
 * <p>Statuses can arrive twice (an outbox redelivers, OSS repeats), so applying a status whose effect
 * is already in place changes nothing: pausing a paused clock or resuming a running one answers the
 * same clock.
 */
public final class OssSlaClock {

    private OssSlaClock() {
    }

    /**
     * @throws id.simpul.sdk.calendar.IllegalClockOperationException when the status cannot apply, e.g.
     *         a pause before the clock was started or any status after it stopped
     */
    public static SlaClock apply(LicenceStatusCode status, SlaClock clock, Instant at) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(at, "at");
        SlaClock.State state = clock.state();
        if (status.isFinal()) {
            return state == SlaClock.State.STOPPED ? clock : clock.stop(at);
        }
        return switch (status.slaEffect()) {
            case NONE -> clock;
            case PAUSE -> state == SlaClock.State.PAUSED ? clock : clock.pause(at);
            case RESUME -> state == SlaClock.State.RUNNING ? clock : clock.resume(at);
            case RESET -> clock.reset(at).pause(at);
            case RESTART -> state == SlaClock.State.NOT_STARTED ? clock.start(at) : clock.reset(at);
        };
    }
}
