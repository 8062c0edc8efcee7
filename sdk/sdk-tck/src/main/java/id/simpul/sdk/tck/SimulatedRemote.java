package id.simpul.sdk.tck;

import id.simpul.sdk.spi.RemoteFailure;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * A {@link RemoteControl} put together from what a simulator offers, so a harness only says how each
 * step is done on its simulator, e.g.
 * <pre>{@code
 * SimulatedRemote.builder()
 *         .reset(sim::reset)
 *         .delay(d -> sim.knobs().latency(d))
 *         .outage(down -> sim.knobs().outage(down))
 *         .failing(RemoteFailure.UNAVAILABLE, n -> sim.knobs().failNext(n, unavailableAnswer()))
 *         ...
 *         .requests(sim::requestCount)
 *         .build();
 * }</pre>
 * The kinds given to {@link Builder#failing} are {@link RemoteControl#failuresSimulated()}; asking for
 * another kind is refused.
 */
public final class SimulatedRemote implements RemoteControl {

    private final Runnable reset;
    private final Consumer<Duration> delay;
    private final Consumer<Boolean> outage;
    private final Map<RemoteFailure, IntConsumer> failures;
    private final LongSupplier requests;

    private SimulatedRemote(Builder b) {
        this.reset = Objects.requireNonNull(b.reset, "reset is not set");
        this.delay = Objects.requireNonNull(b.delay, "delay is not set");
        this.outage = Objects.requireNonNull(b.outage, "outage is not set");
        this.requests = Objects.requireNonNull(b.requests, "requests is not set");
        if (b.failures.isEmpty()) {
            throw new IllegalStateException("no failure kind is simulated; give each with failing(kind, action)");
        }
        this.failures = Collections.unmodifiableMap(new EnumMap<>(b.failures));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void reset() {
        reset.run();
    }

    @Override
    public void delay(Duration delay) {
        this.delay.accept(delay);
    }

    @Override
    public void outage(boolean down) {
        outage.accept(down);
    }

    @Override
    public void failing(RemoteFailure kind, int times) {
        IntConsumer failure = failures.get(kind);
        if (failure == null) {
            throw new IllegalArgumentException("not simulated: " + kind);
        }
        failure.accept(times);
    }

    @Override
    public Set<RemoteFailure> failuresSimulated() {
        return failures.keySet();
    }

    @Override
    public long requests() {
        return requests.getAsLong();
    }

    /** Collects how each step is done on the simulator; every one is required. */
    public static final class Builder {
        private Runnable reset;
        private Consumer<Duration> delay;
        private Consumer<Boolean> outage;
        private final Map<RemoteFailure, IntConsumer> failures = new EnumMap<>(RemoteFailure.class);
        private LongSupplier requests;

        private Builder() {
        }

        /** Healthy again: no delay, no failure, no outage, request count zero. */
        public Builder reset(Runnable reset) {
            this.reset = Objects.requireNonNull(reset, "reset");
            return this;
        }

        /** Holds every answer back this long. */
        public Builder delay(Consumer<Duration> delay) {
            this.delay = Objects.requireNonNull(delay, "delay");
            return this;
        }

        /** Refuses connections ({@code true}) or listens again. */
        public Builder outage(Consumer<Boolean> outage) {
            this.outage = Objects.requireNonNull(outage, "outage");
            return this;
        }

        /** Makes the next {@code times} requests fail like the real system fails for {@code kind}. */
        public Builder failing(RemoteFailure kind, IntConsumer times) {
            failures.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(times, "times"));
            return this;
        }

        /** Requests received since the last reset. */
        public Builder requests(LongSupplier requests) {
            this.requests = Objects.requireNonNull(requests, "requests");
            return this;
        }

        /** @throws NullPointerException naming the step that is not set */
        public RemoteControl build() {
            return new SimulatedRemote(this);
        }
    }
}
