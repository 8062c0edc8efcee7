package id.simpul.adapters.simulator;

import java.time.Duration;
import java.util.Locale;

/** Durations written the way the flags take them: {@code 250ms}, {@code 2s}, {@code 1m}, {@code 500us}. */
final class Durations {

    private Durations() {
    }

    static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofNanos(Math.round(Double.parseDouble(t.substring(0, t.length() - 2)) * 1_000_000));
        }
        if (t.endsWith("us")) {
            return Duration.ofNanos(Math.round(Double.parseDouble(t.substring(0, t.length() - 2)) * 1_000));
        }
        if (t.endsWith("s")) {
            return Duration.ofNanos(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1_000_000_000));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        return Duration.ofMillis(Long.parseLong(t));
    }

    static String format(long nanos) {
        return nanos % 1_000_000 == 0 ? nanos / 1_000_000 + "ms" : nanos / 1_000 + "us";
    }
}
