package id.simpul.portal.infrastructure.outbox;

import java.time.Duration;

/** Exponential backoff between delivery attempts: initial, 2x, 4x ... capped at a maximum. */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
    }

    /** The wait after the given number of failed attempts (1 = after the first failure). */
    public Duration after(int failedAttempts) {
        if (failedAttempts <= 1) {
            return initial;
        }
        int doublings = Math.min(failedAttempts - 1, 40);
        long millis = initial.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /**
     * The wait after the given number of failed attempts with "equal jitter": between half of
     * {@link #after} and all of it, so that the messages held back by one outage do not all come back
     * at the same instant.
     *
     * @param random a number in [0, 1)
     */
    public Duration jittered(int failedAttempts, double random) {
        if (random < 0 || random >= 1) {
            throw new IllegalArgumentException("random must be in [0, 1), got " + random);
        }
        long full = after(failedAttempts).toMillis();
        long half = full / 2;
        return Duration.ofMillis(half + (long) ((full - half) * random));
    }
}
