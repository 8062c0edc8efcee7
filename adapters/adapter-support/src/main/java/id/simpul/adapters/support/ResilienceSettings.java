package id.simpul.adapters.support;

import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.SettingForm;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The resilience knobs of one adapter. Read with {@link #from(AdapterSettings, String)} from keys under
 * {@code simpul.adapters.<system>.}; each key is optional and has the default shown.
 *
 * <table>
 *   <caption>Keys (prefix {@code simpul.adapters.<system>.})</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code timeout}</td><td>{@code 3s}</td><td>time limit of one attempt</td></tr>
 *   <tr><td>{@code circuit.failure-rate}</td><td>{@code 50}</td><td>percent of failed calls that opens the circuit</td></tr>
 *   <tr><td>{@code circuit.window}</td><td>{@code 20}</td><td>number of recent calls the rate is computed on</td></tr>
 *   <tr><td>{@code circuit.minimum-calls}</td><td>{@code 10}</td><td>calls needed before the rate counts</td></tr>
 *   <tr><td>{@code circuit.open-wait}</td><td>{@code 30s}</td><td>how long calls are refused once open</td></tr>
 *   <tr><td>{@code circuit.half-open-calls}</td><td>{@code 3}</td><td>trial calls after the wait</td></tr>
 *   <tr><td>{@code bulkhead.max-concurrent}</td><td>{@code 16}</td><td>calls in progress at once</td></tr>
 *   <tr><td>{@code bulkhead.max-wait}</td><td>{@code 0ms}</td><td>how long a call waits for a free slot</td></tr>
 *   <tr><td>{@code retry.max-attempts}</td><td>{@code 3}</td><td>attempts of a safe-to-repeat operation (1 = no retry)</td></tr>
 *   <tr><td>{@code retry.initial-backoff}</td><td>{@code 200ms}</td><td>wait before the second attempt</td></tr>
 *   <tr><td>{@code retry.multiplier}</td><td>{@code 2.0}</td><td>growth of the wait per attempt</td></tr>
 *   <tr><td>{@code retry.jitter}</td><td>{@code 0.5}</td><td>random spread of each wait, 0–1</td></tr>
 *   <tr><td>{@code retry.max-backoff}</td><td>{@code 5s}</td><td>longest wait between attempts</td></tr>
 * </table>
 *
 * <p>The {@link #clock()} drives the circuit breaker's open-state wait; tests pass a clock they
 * advance, production uses the system clock.
 */
public record ResilienceSettings(Duration timeout, int failureRatePercent, int window, int minimumCalls,
                                 Duration openWait, int halfOpenCalls, int maxConcurrent, Duration maxWait,
                                 int maxAttempts, Duration initialBackoff, double backoffMultiplier, double jitter,
                                 Duration maxBackoff, Clock clock) {

    public ResilienceSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(openWait, "openWait");
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(clock, "clock");
    }

    /** The defaults of the table above, on the system clock. */
    public static ResilienceSettings defaults() {
        return from(AdapterSettings.empty(), "default");
    }

    /**
     * Reads the knobs of one adapter.
     *
     * @throws AdapterConfigurationException naming the key when a value is malformed or out of range
     */
    public static ResilienceSettings from(AdapterSettings settings, String system) {
        String p = "simpul.adapters." + system + ".";
        ResilienceSettings s = new ResilienceSettings(
                positive(settings.duration(p + "timeout", Duration.ofSeconds(3)), p + "timeout"),
                range(settings.integer(p + "circuit.failure-rate", 50), 1, 100, p + "circuit.failure-rate"),
                range(settings.integer(p + "circuit.window", 20), 1, 10_000, p + "circuit.window"),
                range(settings.integer(p + "circuit.minimum-calls", 10), 1, 10_000, p + "circuit.minimum-calls"),
                positive(settings.duration(p + "circuit.open-wait", Duration.ofSeconds(30)), p + "circuit.open-wait"),
                range(settings.integer(p + "circuit.half-open-calls", 3), 1, 1000, p + "circuit.half-open-calls"),
                range(settings.integer(p + "bulkhead.max-concurrent", 16), 1, 10_000, p + "bulkhead.max-concurrent"),
                settings.duration(p + "bulkhead.max-wait", Duration.ZERO),
                range(settings.integer(p + "retry.max-attempts", 3), 1, 20, p + "retry.max-attempts"),
                positive(settings.duration(p + "retry.initial-backoff", Duration.ofMillis(200)),
                        p + "retry.initial-backoff"),
                settings.decimal(p + "retry.multiplier", 2.0),
                settings.decimal(p + "retry.jitter", 0.5),
                positive(settings.duration(p + "retry.max-backoff", Duration.ofSeconds(5)), p + "retry.max-backoff"),
                Clock.systemUTC());
        if (s.backoffMultiplier < 1.0) {
            throw AdapterConfigurationException.invalid(p + "retry.multiplier", SettingForm.DECIMAL_AT_LEAST, "1.0");
        }
        if (s.jitter < 0.0 || s.jitter >= 1.0) {
            throw AdapterConfigurationException.invalid(p + "retry.jitter", SettingForm.DECIMAL_BELOW, "0", "1");
        }
        return s;
    }

    /** The same settings with another clock for the circuit breaker. */
    public ResilienceSettings withClock(Clock newClock) {
        return new ResilienceSettings(timeout, failureRatePercent, window, minimumCalls, openWait, halfOpenCalls,
                maxConcurrent, maxWait, maxAttempts, initialBackoff, backoffMultiplier, jitter, maxBackoff, newClock);
    }

    private static Duration positive(Duration d, String key) {
        if (d.isZero() || d.isNegative()) {
            throw AdapterConfigurationException.invalid(key, SettingForm.POSITIVE_DURATION);
        }
        return d;
    }

    private static int range(int value, int min, int max, String key) {
        if (value < min || value > max) {
            throw AdapterConfigurationException.invalid(key, SettingForm.RANGE, min, max);
        }
        return value;
    }
}
