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
}
