package id.simpul.adapters.simulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * How long the simulated system takes to answer: a fixed delay, a uniform spread between two bounds,
 * or a log-normal distribution (most answers near the median, a long tail), as real registries behave.
 *
 * <p>Text form (flags and {@code /_sim/knobs}): {@code 50ms}, {@code fixed:50ms},
 * {@code uniform:10ms..200ms}, {@code lognormal:40ms:0.8} (median, sigma).
 */
public final class LatencyProfile {

    public static final LatencyProfile NONE = fixed(Duration.ZERO);

    private enum Kind { FIXED, UNIFORM, LOGNORMAL }

    private final Kind kind;
    private final long a;
    private final long b;
    private final double sigma;

    private LatencyProfile(Kind kind, long a, long b, double sigma) {
        this.kind = kind;
        this.a = a;
        this.b = b;
        this.sigma = sigma;
    }

    public static LatencyProfile fixed(Duration delay) {
        return new LatencyProfile(Kind.FIXED, nonNegative(delay), 0, 0);
    }

    public static LatencyProfile uniform(Duration min, Duration max) {
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("uniform latency needs min <= max");
        }
        return new LatencyProfile(Kind.UNIFORM, nonNegative(min), nonNegative(max), 0);
    }

    public static LatencyProfile logNormal(Duration median, double sigma) {
        if (sigma <= 0 || sigma > 5) {
            throw new IllegalArgumentException("log-normal sigma is above 0 and at most 5");
        }
        return new LatencyProfile(Kind.LOGNORMAL, nonNegative(median), 0, sigma);
    }

    /** @throws IllegalArgumentException saying which forms are accepted */
    public static LatencyProfile parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("uniform:")) {
                String[] parts = t.substring(8).split("\\.\\.");
                return uniform(Durations.parse(parts[0]), Durations.parse(parts[1]));
            }
            if (t.startsWith("lognormal:")) {
                String[] parts = t.substring(10).split(":");
                return logNormal(Durations.parse(parts[0]), Double.parseDouble(parts[1]));
            }
            return fixed(Durations.parse(t.startsWith("fixed:") ? t.substring(6) : t));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("latency must be like 50ms, fixed:50ms, uniform:10ms..200ms or "
                    + "lognormal:40ms:0.8, not '" + text + "'", e);
        }
    }

    /** The next delay, drawn from the random source. */
    public Duration next(Random random) {
        long nanos = switch (kind) {
            case FIXED -> a;
            case UNIFORM -> a == b ? a : a + (long) (random.nextDouble() * (b - a));
            case LOGNORMAL -> (long) (a * Math.exp(sigma * random.nextGaussian()));
        };
        return Duration.ofNanos(Math.max(0, nanos));
    }

    public boolean isNone() {
        return kind == Kind.FIXED && a == 0;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case FIXED -> "fixed:" + Durations.format(a);
            case UNIFORM -> "uniform:" + Durations.format(a) + ".." + Durations.format(b);
            case LOGNORMAL -> "lognormal:" + Durations.format(a) + ":" + sigma;
        };
    }

    private static long nonNegative(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("a latency is not negative");
        }
        return d.toNanos();
    }
}
