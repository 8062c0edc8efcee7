package id.simpul.adapters.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How badly the simulated system behaves. Thread-safe; every change applies to the next request, so
 * tests and demos turn knobs while the server runs.
 *
 * <table>
 *   <caption>Knobs (names as in flags {@code --name=value} and in {@code POST /_sim/knobs?name=value})</caption>
 *   <tr><td>{@code latency}</td><td>{@link LatencyProfile} text, e.g. {@code uniform:10ms..200ms}</td></tr>
 *   <tr><td>{@code error-rate}</td><td>share of requests answered with {@code error-status}, 0–1</td></tr>
 *   <tr><td>{@code error-status}</td><td>HTTP status of those errors, default 503</td></tr>
 *   <tr><td>{@code outage}</td><td>{@code true}: the port refuses connections (in-process only)</td></tr>
 *   <tr><td>{@code drip}</td><td>pause between body chunks, e.g. {@code 200ms}; {@code 0} = off</td></tr>
 *   <tr><td>{@code drip-chunk}</td><td>bytes per chunk when dripping, default 8</td></tr>
 *   <tr><td>{@code malformed-rate}</td><td>share of answers cut in half (unreadable), 0–1</td></tr>
 * </table>
 *
 * <p>In code, {@link #failNext} and {@link #malformNext} script the next answers exactly, for tests.
 */
public final class SimulatorKnobs {

    private volatile LatencyProfile latency = LatencyProfile.NONE;
    private volatile double errorRate;
    private volatile int errorStatus = 503;
    private volatile boolean outage;
    private volatile Duration drip = Duration.ZERO;
    private volatile int dripChunk = 8;
    private volatile double malformedRate;
    private volatile Runnable outageListener = () -> { };
    private final java.util.concurrent.atomic.AtomicInteger faultsLeft = new java.util.concurrent.atomic.AtomicInteger();
    private volatile SimResponse fault;
    private final java.util.concurrent.atomic.AtomicInteger malformedLeft = new java.util.concurrent.atomic.AtomicInteger();

    /** The names of the knobs that flags and {@code /_sim/knobs} accept. */
    public static final java.util.Set<String> NAMES = java.util.Set.of("latency", "error-rate", "error-status",
            "outage", "drip", "drip-chunk", "malformed-rate");

    /** For {@link #failNext} and {@link #malformNext}: every following request. */
    public static final int FOREVER = Integer.MAX_VALUE;

    public LatencyProfile latency() {
        return latency;
    }

    public SimulatorKnobs latency(LatencyProfile profile) {
        this.latency = java.util.Objects.requireNonNull(profile, "profile");
        return this;
    }

    public SimulatorKnobs latency(Duration fixed) {
        return latency(LatencyProfile.fixed(fixed));
    }

    public double errorRate() {
        return errorRate;
    }

    public SimulatorKnobs errorRate(double rate) {
        this.errorRate = share(rate, "error-rate");
        return this;
    }

    public int errorStatus() {
        return errorStatus;
    }

    public SimulatorKnobs errorStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("error-status is an HTTP error status 400-599");
        }
        this.errorStatus = status;
        return this;
    }

    public boolean outage() {
        return outage;
    }

    /** {@code true}: the server stops listening, so connections are refused; {@code false}: it listens again. */
    public SimulatorKnobs outage(boolean down) {
        this.outage = down;
        outageListener.run();
        return this;
    }

    public Duration drip() {
        return drip;
    }

    public SimulatorKnobs drip(Duration pause) {
        if (pause.isNegative()) {
            throw new IllegalArgumentException("drip is not negative");
        }
        this.drip = pause;
        return this;
    }

    public int dripChunk() {
        return dripChunk;
    }

    public SimulatorKnobs dripChunk(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("drip-chunk is at least 1 byte");
        }
        this.dripChunk = bytes;
        return this;
    }

    public double malformedRate() {
        return malformedRate;
    }

    public SimulatorKnobs malformedRate(double rate) {
        this.malformedRate = share(rate, "malformed-rate");
        return this;
    }

    /**
     * The next {@code times} requests get this answer instead of the handler's (e.g. the system's own
     * error envelope); {@link #FOREVER} for all of them. Deterministic, unlike {@code error-rate}.
     */
    public SimulatorKnobs failNext(int times, SimResponse answer) {
        if (times < 0) {
            throw new IllegalArgumentException("times is not negative");
        }
        this.fault = java.util.Objects.requireNonNull(answer, "answer");
        faultsLeft.set(times);
        return this;
    }

    /** The next {@code times} answers are cut in half; {@link #FOREVER} for all of them. */
    public SimulatorKnobs malformNext(int times) {
        if (times < 0) {
            throw new IllegalArgumentException("times is not negative");
        }
        malformedLeft.set(times);
        return this;
    }

    /** The scripted fault for this request, if one is left; counts it. */
    java.util.Optional<SimResponse> takeFault() {
        return take(faultsLeft) ? java.util.Optional.ofNullable(fault) : java.util.Optional.empty();
    }

    boolean takeMalformed() {
        return take(malformedLeft);
    }

    private static boolean take(java.util.concurrent.atomic.AtomicInteger left) {
        while (true) {
            int n = left.get();
            if (n <= 0) {
                return false;
            }
            if (n == FOREVER || left.compareAndSet(n, n - 1)) {
                return true;
            }
        }
    }

    /** Back to a well-behaved system: no latency, no errors, no outage, no drip, nothing malformed. */
    public SimulatorKnobs reset() {
        latency = LatencyProfile.NONE;
        errorRate = 0;
        errorStatus = 503;
        drip = Duration.ZERO;
        dripChunk = 8;
        malformedRate = 0;
        faultsLeft.set(0);
        malformedLeft.set(0);
        if (outage) {
            outage(false);
        }
        return this;
    }

    /**
     * Sets one knob from text.
     *
     * @return whether the name is a knob (unknown names are left to the caller to report)
     * @throws IllegalArgumentException when the value is malformed, saying what is expected
     */
    public boolean apply(String name, String value) {
        String v = value.trim();
        switch (name.toLowerCase(Locale.ROOT)) {
            case "latency" -> latency(LatencyProfile.parse(v));
            case "error-rate" -> errorRate(number(v, name));
            case "error-status" -> errorStatus((int) number(v, name));
            case "outage" -> outage(Boolean.parseBoolean(v));
            case "drip" -> drip(Durations.parse(v));
            case "drip-chunk" -> dripChunk((int) number(v, name));
            case "malformed-rate" -> malformedRate(number(v, name));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The knobs as name → text, in the order of the table above. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("latency", latency.toString());
        m.put("error-rate", String.valueOf(errorRate));
        m.put("error-status", String.valueOf(errorStatus));
        m.put("outage", String.valueOf(outage));
        m.put("drip", Durations.format(drip.toNanos()));
        m.put("drip-chunk", String.valueOf(dripChunk));
        m.put("malformed-rate", String.valueOf(malformedRate));
        m.put("scripted-faults-left", faultsLeft.get() == FOREVER ? "forever" : String.valueOf(faultsLeft.get()));
        return m;
    }

    void onOutageChange(Runnable listener) {
        this.outageListener = listener;
    }

    private static double share(double rate, String name) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " is a share from 0 to 1");
        }
        return rate;
    }

    private static double number(String v, String name) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + v + "'", e);
        }
    }
}
