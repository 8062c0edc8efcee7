package id.simpul.adapters.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.AdapterDescriptor;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.Capability;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.licensing.FinalLicence;
import id.simpul.sdk.spi.licensing.LicenceStatusReport;
import id.simpul.sdk.spi.licensing.LicenceStatusUpdate;
import id.simpul.sdk.spi.licensing.LicensingGateway;
import id.simpul.sdk.spi.licensing.Nib;
import id.simpul.sdk.spi.licensing.NibRecord;
import id.simpul.sdk.spi.licensing.PushReceipt;
import id.simpul.sdk.tck.TckClock;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResilientTest {

    private static final Nib NIB = Nib.parse("9120101234567");
    private static final NibRecord RECORD = new NibRecord(NIB, "CV Maju Bersama", RegionCode.parse("61.12.01"),
            List.of());

    /** A gateway whose answers the test scripts: each call takes the next behaviour, the last one repeats. */
    static final class ScriptedGateway implements LicensingGateway {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();
        final Deque<Supplier<Object>> script = new ArrayDeque<>();
        final AdapterDescriptor descriptor = AdapterDescriptor.of(LicensingGateway.class, "oss", "OSS RBA", "1",
                Capability.LICENSING_NIB_INQUIRY, Capability.LICENSING_STATUS_PUSH);

        ScriptedGateway then(Supplier<Object> behaviour) {
            script.add(behaviour);
            return this;
        }

        private Object next() {
            calls.incrementAndGet();
            Supplier<Object> b;
            synchronized (script) {
                b = script.size() > 1 ? script.poll() : script.peek();
            }
            return b.get();
        }

        @Override
        public AdapterDescriptor descriptor() {
            return descriptor;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Optional<NibRecord> inquireNib(Nib nib) {
            return (Optional<NibRecord>) next();
        }

        @Override
        public PushReceipt pushLicenceStatus(LicenceStatusUpdate update) {
            return (PushReceipt) next();
        }

        @Override
        public PushReceipt pushLicence(FinalLicence licence) {
            return (PushReceipt) next();
        }

        @Override
        public Optional<LicenceStatusReport> checkLicenceStatus(Nib nib, String licenceId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    private final TckClock clock = new TckClock();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseBlockedCalls() {
        release.countDown();
    }

    private LicensingGateway decorate(ScriptedGateway gateway, Map<String, String> settings) {
        Map<String, String> all = new java.util.HashMap<>(Map.of(
                "simpul.adapters.oss.retry.initial-backoff", "1ms", "simpul.adapters.oss.retry.max-backoff", "5ms",
                "simpul.adapters.oss.timeout", "5s"));
        all.putAll(settings);
        return Resilient.decorate(LicensingGateway.class, gateway,
                ResilienceSettings.from(AdapterSettings.of(all), "oss").withClock(clock));
    }

    private RemoteCallException failure(RemoteFailure kind) {
        return RemoteCallException.of(new ScriptedGateway().descriptor, "x", kind, "", null);
    }

    @Test
    void close_closesTheAdapterOnce_andRefusesLaterCallsWithoutReachingIt() {
        ScriptedGateway gateway = new ScriptedGateway().then(() -> Optional.of(RECORD));
        LicensingGateway decorated = decorate(gateway, Map.of());
        assertThat(decorated.inquireNib(NIB)).contains(RECORD);

        decorated.close();
        decorated.close();

        assertThat(gateway.closes).hasValue(1);
        assertThatThrownBy(() -> decorated.inquireNib(NIB)).isInstanceOfSatisfying(
                AdapterConfigurationException.class, e -> {
                    assertThat(e.getMessage(java.util.Locale.ENGLISH)).contains("oss", "closed", "Adapters.load");
                    assertThat(e.getMessage(id.simpul.sdk.LocalizedMessage.INDONESIAN)).contains("oss", "ditutup");
                });
        assertThat(gateway.calls).hasValue(1);
        assertThat(decorated.descriptor()).isEqualTo(gateway.descriptor);
    }

    @Test
    void safeOperation_afterTransientFailures_isRetriedUntilItSucceeds() {
        ScriptedGateway gateway = new ScriptedGateway()
                .then(() -> { throw failure(RemoteFailure.UNAVAILABLE); })
                .then(() -> { throw failure(RemoteFailure.TIMEOUT); })
                .then(() -> Optional.of(RECORD));

        assertThat(decorate(gateway, Map.of()).inquireNib(NIB)).contains(RECORD);
        assertThat(gateway.calls).hasValue(3);
    }

    @Test
    void safeOperation_givesUpAfterMaxAttempts_withTheLastFailure() {
        ScriptedGateway gateway = new ScriptedGateway().then(() -> { throw failure(RemoteFailure.UNAVAILABLE); });

        assertThatThrownBy(() -> decorate(gateway, Map.of("simpul.adapters.oss.retry.max-attempts", "4"))
                .inquireNib(NIB)).isInstanceOfSatisfying(RemoteCallException.class,
                        e -> assertThat(e.kind()).isEqualTo(RemoteFailure.UNAVAILABLE));
        assertThat(gateway.calls).hasValue(4);
    }

    @Test
    void unsafeOperation_isNeverRetried() {
        ScriptedGateway gateway = new ScriptedGateway().then(() -> { throw failure(RemoteFailure.UNAVAILABLE); });
        LicenceStatusUpdate update = new LicenceStatusUpdate(NIB, "I-1",
                id.simpul.sdk.spi.licensing.LicenceStatusCode.VALIDATION, java.time.OffsetDateTime.now(), "");

        assertThatThrownBy(() -> decorate(gateway, Map.of()).pushLicenceStatus(update))
                .isInstanceOf(RemoteCallException.class);
        assertThat(gateway.calls).hasValue(1);
    }

    @Test
    void nonRetryableFailure_isNotRetried() {
        ScriptedGateway gateway = new ScriptedGateway()
                .then(() -> { throw failure(RemoteFailure.CREDENTIALS_REJECTED); });

        assertThatThrownBy(() -> decorate(gateway, Map.of()).inquireNib(NIB))
                .isInstanceOfSatisfying(RemoteCallException.class, e -> assertThat(e.retryable()).isFalse());
        assertThat(gateway.calls).hasValue(1);
    }

    @Test
    void slowCall_isCutAtTheTimeLimit_asARetryableTimeout() {
        CountDownLatch entered = new CountDownLatch(1);
        ScriptedGateway gateway = new ScriptedGateway().then(() -> {
            entered.countDown();
            await(release);
            return Optional.of(RECORD);
        });
        LicensingGateway decorated = decorate(gateway, Map.of("simpul.adapters.oss.timeout", "50ms",
                "simpul.adapters.oss.retry.max-attempts", "1"));

        assertThatThrownBy(() -> decorated.inquireNib(NIB)).isInstanceOfSatisfying(RemoteCallException.class, e -> {
            assertThat(e.kind()).isEqualTo(RemoteFailure.TIMEOUT);
            assertThat(e.retryable()).isTrue();
            assertThat(e.getMessage()).contains("OSS RBA", "inquireNib", "50 ms");
        });
    }

    @Test
    void timedOutCall_keepsItsBulkheadSlotUntilItReallyEnds() {
        CountDownLatch entered = new CountDownLatch(1);
        ScriptedGateway gateway = new ScriptedGateway().then(() -> {
            entered.countDown();
            awaitIgnoringInterrupts(release); // like a blocking socket read
            return Optional.of(RECORD);
        });
        LicensingGateway decorated = decorate(gateway, Map.of("simpul.adapters.oss.timeout", "50ms",
                "simpul.adapters.oss.retry.max-attempts", "1", "simpul.adapters.oss.bulkhead.max-concurrent", "1"));

        assertThatThrownBy(() -> decorated.inquireNib(NIB)).isInstanceOfSatisfying(RemoteCallException.class,
                e -> assertThat(e.kind()).isEqualTo(RemoteFailure.TIMEOUT));
        assertThatThrownBy(() -> decorated.inquireNib(NIB)).isInstanceOfSatisfying(RemoteCallException.class,
                e -> assertThat(e.kind()).isEqualTo(RemoteFailure.BULKHEAD_FULL));
        release.countDown();
        awaitUntil(() -> ResilientAdapter.healthOf(decorated).orElseThrow().freeSlots() == 1);

        assertThat(decorated.inquireNib(NIB)).contains(RECORD);
    }

    @Test
    void sustainedFailure_opensTheCircuit_whichFailsFastWithoutCallingTheSystem_andRecovers() {
        ScriptedGateway gateway = new ScriptedGateway();
        for (int i = 0; i < 4; i++) {
            gateway.then(() -> { throw failure(RemoteFailure.UNAVAILABLE); });
        }
        gateway.then(() -> Optional.of(RECORD));
        LicensingGateway decorated = decorate(gateway, Map.of("simpul.adapters.oss.retry.max-attempts", "1",
                "simpul.adapters.oss.circuit.window", "4", "simpul.adapters.oss.circuit.minimum-calls", "4",
                "simpul.adapters.oss.circuit.open-wait", "10s", "simpul.adapters.oss.circuit.half-open-calls", "1"));
        List<String> changes = new java.util.concurrent.CopyOnWriteArrayList<>();
        ((ResilientAdapter) decorated).onCircuitChange((from, to) -> changes.add(from + "->" + to));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> decorated.inquireNib(NIB)).isInstanceOf(RemoteCallException.class);
        }

        AdapterHealth open = ResilientAdapter.healthOf(decorated).orElseThrow();
        assertThat(open.circuit()).isEqualTo(CircuitState.OPEN);
        assertThat(open.ready()).isFalse();
        assertThat(open.failedCalls()).isEqualTo(4);
        assertThatThrownBy(() -> decorated.inquireNib(NIB)).isInstanceOfSatisfying(RemoteCallException.class,
                e -> assertThat(e.kind()).isEqualTo(RemoteFailure.CIRCUIT_OPEN));
        assertThat(gateway.calls).hasValue(4);

        clock.advance(Duration.ofSeconds(11));
        assertThat(decorated.inquireNib(NIB)).contains(RECORD);
        assertThat(ResilientAdapter.healthOf(decorated).orElseThrow().circuit()).isEqualTo(CircuitState.CLOSED);
        assertThat(changes).containsExactly("CLOSED->OPEN", "OPEN->HALF_OPEN", "HALF_OPEN->CLOSED");
    }

    @Test
    void refusedRequests_doNotOpenTheCircuit() {
        ScriptedGateway gateway = new ScriptedGateway()
                .then(() -> { throw failure(RemoteFailure.REQUEST_REFUSED); });
        LicensingGateway decorated = decorate(gateway, Map.of("simpul.adapters.oss.circuit.window", "2",
                "simpul.adapters.oss.circuit.minimum-calls", "2"));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> decorated.inquireNib(NIB)).isInstanceOf(RemoteCallException.class);
        }
        assertThat(ResilientAdapter.healthOf(decorated).orElseThrow().circuit()).isEqualTo(CircuitState.CLOSED);
        assertThat(gateway.calls).hasValue(5);
    }

    @Test
    void bulkheadOverflow_isRefusedClearly_withoutCallingTheSystem() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        ScriptedGateway gateway = new ScriptedGateway().then(() -> {
            entered.countDown();
            await(release);
            return Optional.of(RECORD);
        });
        LicensingGateway decorated = decorate(gateway, Map.of("simpul.adapters.oss.bulkhead.max-concurrent", "1",
                "simpul.adapters.oss.retry.max-attempts", "1"));
        CompletableFuture<Optional<NibRecord>> first = CompletableFuture.supplyAsync(() -> decorated.inquireNib(NIB));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> decorated.inquireNib(NIB)).isInstanceOfSatisfying(RemoteCallException.class, e -> {
            assertThat(e.kind()).isEqualTo(RemoteFailure.BULKHEAD_FULL);
            assertThat(e.getMessage(java.util.Locale.ENGLISH)).contains("Too many calls to OSS RBA");
        });
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).contains(RECORD);
        assertThat(gateway.calls).hasValue(1);
    }

    @Test
    void adapterDefect_becomesARemoteError_withoutRepeatingItsMessage() {
        ScriptedGateway gateway = new ScriptedGateway().then(() -> { throw new IllegalStateException("Siti Aminah"); });

        assertThatThrownBy(() -> decorate(gateway, Map.of()).inquireNib(NIB))
                .isInstanceOfSatisfying(RemoteCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RemoteFailure.REMOTE_ERROR);
                    assertThat(e.getMessage()).doesNotContain("Siti").contains("IllegalStateException");
                    assertThat(e.getCause()).isNull();
                });
    }

    @Test
    void ioFailure_becomesUnavailable() {
        ScriptedGateway gateway = new ScriptedGateway()
                .then(() -> { throw new UncheckedIOException(new ConnectException("Connection refused")); });

        assertThatThrownBy(() -> decorate(gateway, Map.of("simpul.adapters.oss.retry.max-attempts", "1"))
                .inquireNib(NIB)).isInstanceOfSatisfying(RemoteCallException.class,
                        e -> assertThat(e.kind()).isEqualTo(RemoteFailure.UNAVAILABLE));
    }

    @Test
    void configurationErrors_passThroughUnchanged() {
        AdapterConfigurationException original = AdapterConfigurationException.missing("simpul.adapters.oss.user-key");
        ScriptedGateway gateway = new ScriptedGateway().then(() -> { throw original; });

        assertThatThrownBy(() -> decorate(gateway, Map.of()).inquireNib(NIB)).isSameAs(original);
        assertThat(gateway.calls).hasValue(1);
    }

    @Test
    void descriptorAndObjectMethods_areAnsweredLocally() {
        ScriptedGateway gateway = new ScriptedGateway();
        LicensingGateway decorated = decorate(gateway, Map.of());

        assertThat(decorated.descriptor()).isSameAs(gateway.descriptor);
        assertThat(decorated.toString()).isEqualTo("Resilient[oss 1]");
        assertThat(decorated).isEqualTo(decorated).isNotEqualTo(gateway);
        assertThat(gateway.calls).hasValue(0);
        assertThat(ResilientAdapter.healthOf(decorated).orElseThrow().ready()).isTrue();
        assertThat(ResilientAdapter.healthOf(gateway)).isEmpty();
    }

    /** Waits for a condition, checking every millisecond, failing after 30 s. */
    private static void awaitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
