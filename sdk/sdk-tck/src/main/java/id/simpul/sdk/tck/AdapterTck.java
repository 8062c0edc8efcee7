package id.simpul.sdk.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulException;
import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.AdapterDescriptor;
import id.simpul.sdk.spi.Port;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.SafeToRepeat;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rules every adapter of every port must keep: R01–R16. A port's suite extends this class, adds its
 * own rules from R20 on (R17–R19 are kept for future common rules), and says how to make one representative safe call.
 *
 * @param <P> the port
 * @param <H> the harness the adapter author provides
 */
public abstract class AdapterTck<P extends Port, H extends TckHarness<P>> {

    /** Settings every rule starts from: quick retries, a generous time limit, a circuit that stays closed. */
    protected static final Map<String, String> BASELINE = Map.of(
            "timeout", "5s", "retry.max-attempts", "3", "retry.initial-backoff", "1ms", "retry.max-backoff", "2ms",
            "retry.jitter", "0.1", "circuit.window", "100", "circuit.minimum-calls", "100",
            "bulkhead.max-concurrent", "16");

    private static final Set<RemoteFailure> REQUIRED_FAILURES = Set.of(RemoteFailure.UNAVAILABLE,
            RemoteFailure.REMOTE_ERROR, RemoteFailure.CREDENTIALS_REJECTED, RemoteFailure.MALFORMED_ANSWER);

    protected final TckClock clock = new TckClock();
    /** Adapters made by {@link #adapter}, closed after each rule like a deployment closes them. */
    private final List<P> created = new ArrayList<>();
    private H harness;

    /** The one factory method an adapter author implements: a fresh harness, simulator started. */
    protected abstract H harness();

    /** The port interface under test. */
    protected abstract Class<P> port();

    /** One representative safe-to-repeat operation that succeeds against a healthy simulator. */
    protected abstract Object callSafely(P adapter);

    /** Personal data the harness's people carry (NIKs, names, addresses), never to be shown. */
    protected abstract Set<String> personalData();

    /**
     * A call for each operation not marked {@link SafeToRepeat}, by method name; empty for ports
     * with none.
     */
    protected Map<String, Consumer<P>> unsafeOperations() {
        return Map.of();
    }

    @BeforeEach
    final void openHarness() {
        harness = harness();
        harness.remote().reset();
    }

    @AfterEach
    final void closeHarness() {
        try {
            synchronized (created) {
                created.forEach(Port::close);
                created.clear();
            }
        } finally {
            harness.close();
        }
    }

    protected final H h() {
        return harness;
    }

    protected final RemoteControl remote() {
        return harness.remote();
    }

    /** An adapter with the baseline settings plus the given ones (keys relative to the system). */
    protected final P adapter(String... keyValues) {
        Map<String, String> settings = new HashMap<>(BASELINE);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            settings.put(keyValues[i], keyValues[i + 1]);
        }
        P adapter = harness.create(settings, clock);
        synchronized (created) {
            created.add(adapter);
        }
        return adapter;
    }

    /** The failure of a call, which must be a {@link RemoteCallException}. */
    protected static RemoteCallException remoteFailure(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).as("the call should fail with a RemoteCallException").isInstanceOf(RemoteCallException.class);
        return (RemoteCallException) thrown;
    }

    private void assertKind(RemoteCallException e, RemoteFailure kind, AdapterDescriptor d) {
        assertThat(e.kind()).as("failure kind").isEqualTo(kind);
        assertThat(e.retryable()).as("retryable() of " + kind).isEqualTo(kind.retryable());
        assertThat(e.system()).as("system()").isEqualTo(d.system());
        assertThat(e.getMessage(LocalizedMessage.INDONESIAN)).as("message names the system")
                .contains(d.displayName());
    }

    /**
     * R01: the descriptor names this port, the current SPI version and at least one capability, and
     * asking for it does not call the remote system. If this fails, check the provider's
     * {@code descriptor()} and that the adapter returns it without I/O.
     */
    @Test
    void required_R01_descriptorIsCompleteAndLocal() {
        P adapter = adapter();
        AdapterDescriptor d = adapter.descriptor();

        assertThat(d.port()).isEqualTo(port());
        assertThat(d.spiVersion()).isEqualTo(AdapterDescriptor.SPI_VERSION);
        assertThat(d.capabilities()).isNotEmpty();
        assertThat(remote().requests()).as("requests caused by descriptor()").isZero();
        assertThat(remote().failuresSimulated()).as("failure kinds the harness must simulate")
                .containsAll(REQUIRED_FAILURES);
    }

    /**
     * R02: a system answering "unavailable" (HTTP 503 or equivalent) is reported as
     * {@code UNAVAILABLE}, retryable, naming the system. If this fails, check the mapping of 5xx
     * statuses (see {@code HttpFailures.ofStatus}).
     */
    @Test
    void required_R02_unavailableSystemIsRetryableUnavailable() {
        P adapter = adapter("retry.max-attempts", "1");
        remote().failing(RemoteFailure.UNAVAILABLE, RemoteControl.FOREVER);

        assertKind(remoteFailure(() -> callSafely(adapter)), RemoteFailure.UNAVAILABLE, adapter.descriptor());
    }

    /**
     * R03: a system that refuses connections is reported as {@code UNAVAILABLE}, retryable. If this
     * fails, check that connection errors of the HTTP/SOAP client are mapped (see
     * {@code HttpFailures.ofException}) and not passed through raw.
     */
    @Test
    void required_R03_refusedConnectionIsRetryableUnavailable() {
        P adapter = adapter("retry.max-attempts", "1");
        remote().outage(true);

        assertKind(remoteFailure(() -> callSafely(adapter)), RemoteFailure.UNAVAILABLE, adapter.descriptor());
    }

    /**
     * R04: rejected credentials are {@code CREDENTIALS_REJECTED}, not retryable, and the request is
     * sent once even with retries configured. If this fails, check the mapping of 401/403 and of the
     * system's own "wrong user/password" answer.
     */
    @Test
    void required_R04_rejectedCredentialsAreNotRetried() {
        P adapter = adapter("retry.max-attempts", "3");
        remote().failing(RemoteFailure.CREDENTIALS_REJECTED, RemoteControl.FOREVER);

        assertKind(remoteFailure(() -> callSafely(adapter)), RemoteFailure.CREDENTIALS_REJECTED, adapter.descriptor());
        assertThat(remote().requests()).as("requests sent").isEqualTo(1);
    }

    /**
     * R05: an answer that cannot be read is {@code MALFORMED_ANSWER}, not retryable, and the parser's
     * message (which may quote the answer) is not attached. If this fails, check that parse errors are
     * caught and mapped without their cause.
     */
    @Test
    void required_R05_malformedAnswerIsReportedWithoutRetry() {
        P adapter = adapter("retry.max-attempts", "3");
        remote().failing(RemoteFailure.MALFORMED_ANSWER, RemoteControl.FOREVER);

        RemoteCallException e = remoteFailure(() -> callSafely(adapter));
        assertKind(e, RemoteFailure.MALFORMED_ANSWER, adapter.descriptor());
        assertThat(remote().requests()).as("requests sent").isEqualTo(1);
    }

    /**
     * R06: an internal error the system reports (HTTP 500, a SOAP server fault, an error code in the
     * body) is {@code REMOTE_ERROR}, retryable. If this fails, check where the system puts its errors
     * (Dukcapil: inside {@code content}) and their mapping.
     */
    @Test
    void required_R06_remoteErrorIsRetryableRemoteError() {
        P adapter = adapter("retry.max-attempts", "1");
        remote().failing(RemoteFailure.REMOTE_ERROR, RemoteControl.FOREVER);

        assertKind(remoteFailure(() -> callSafely(adapter)), RemoteFailure.REMOTE_ERROR, adapter.descriptor());
    }

    /**
     * R07: a call to a system that does not answer ends at the configured time limit with
     * {@code TIMEOUT}, retryable, long before the system would have answered. If this fails, check
     * that the adapter is decorated ({@code AbstractAdapterProvider}) and reads
     * {@code simpul.adapters.<system>.timeout}.
     */
    @Test
    void required_R07_timeoutIsHonoured() {
        P adapter = adapter("timeout", "300ms", "retry.max-attempts", "1");
        remote().delay(Duration.ofSeconds(20));

        long start = System.nanoTime();
        RemoteCallException e = remoteFailure(() -> callSafely(adapter));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertKind(e, RemoteFailure.TIMEOUT, adapter.descriptor());
        assertThat(took).as("time until the caller got the timeout").isLessThan(Duration.ofSeconds(10));
    }

    /**
     * R08: a safe-to-repeat operation that meets transient failures is retried and succeeds. If this
     * fails, check that the port method carries {@code @SafeToRepeat} and that transient failures are
     * mapped to retryable kinds.
     */
    @Test
    void required_R08_safeOperationIsRetriedAfterTransientFailures() {
        P adapter = adapter("retry.max-attempts", "3");
        remote().failing(RemoteFailure.UNAVAILABLE, 2);

        assertThat(callSafely(adapter)).isNotNull();
        assertThat(remote().requests()).as("requests: two failures and one success").isEqualTo(3);
    }

    /**
     * R09: under sustained failure the circuit opens and further calls fail fast with
     * {@code CIRCUIT_OPEN} without reaching the system. If this fails, check that remote failures are
     * mapped to {@code RemoteCallException} kinds the circuit counts (timeouts, unavailable, remote
     * errors, malformed answers) and that the circuit settings are read.
     */
    @Test
    void required_R09_circuitOpensUnderSustainedFailure() {
        P adapter = openCircuit();

        RemoteCallException e = remoteFailure(() -> callSafely(adapter));
        assertKind(e, RemoteFailure.CIRCUIT_OPEN, adapter.descriptor());
        assertThat(remote().requests()).as("requests: only the four that failed").isEqualTo(4);
    }

    /**
     * R10: once the open-state wait has passed and the system is healthy, calls succeed again. If this
     * fails, check that the adapter passes the clock it was given to the resilience layer.
     */
    @Test
    void required_R10_circuitRecoversAfterTheOpenWait() {
        P adapter = openCircuit();
        remote().reset();

        clock.advance(Duration.ofSeconds(61));
        assertThat(callSafely(adapter)).isNotNull();
        assertThat(callSafely(adapter)).isNotNull();
        assertThat(remote().requests()).isEqualTo(2);
    }

    private P openCircuit() {
        P adapter = adapter("retry.max-attempts", "1", "circuit.window", "4", "circuit.minimum-calls", "4",
                "circuit.failure-rate", "50", "circuit.open-wait", "60s", "circuit.half-open-calls", "1");
        remote().failing(RemoteFailure.UNAVAILABLE, RemoteControl.FOREVER);
        for (int i = 0; i < 4; i++) {
            assertThat(remoteFailure(() -> callSafely(adapter)).kind()).isEqualTo(RemoteFailure.UNAVAILABLE);
        }
        return adapter;
    }

    /**
     * R11: when the bulkhead is full, a further call is refused at once with {@code BULKHEAD_FULL},
     * retryable, without reaching the system, and the call in progress still succeeds. If this fails,
     * check {@code simpul.adapters.<system>.bulkhead.max-concurrent} is read.
     */
    @Test
    void required_R11_bulkheadOverflowIsRefusedClearly() throws Exception {
        P adapter = adapter("bulkhead.max-concurrent", "1", "retry.max-attempts", "1", "timeout", "20s");
        remote().delay(Duration.ofMillis(1500));
        CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> callSafely(adapter));
        Await.until("the first call reaches the system", () -> remote().requests() == 1);

        RemoteCallException e = remoteFailure(() -> callSafely(adapter));

        assertKind(e, RemoteFailure.BULKHEAD_FULL, adapter.descriptor());
        assertThat(first.get(30, TimeUnit.SECONDS)).isNotNull();
        assertThat(remote().requests()).isEqualTo(1);
    }

    /**
     * R12: many threads calling one adapter at once all get the right answer. If this fails, check for
     * shared mutable state in the adapter (a reused request object, a non-thread-safe parser or date
     * format).
     */
    @Test
    void required_R12_concurrentCallsAreThreadSafe() throws Exception {
        P adapter = adapter();
        Object expected = callSafely(adapter);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                results.add(pool.submit(() -> callSafely(adapter)));
            }
            for (Future<Object> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * R13: no exception, in any failure, shows personal data, in either language or in its causes. If
     * this fails, check that exceptions from HTTP clients and parsers (which quote bodies) are not
     * attached as causes and that messages are built from the bundle only.
     */
    @Test
    void required_R13_noPersonalDataInExceptions() {
        List<String> texts = everyFailureText();

        assertThat(Sensitive.found(texts, personalData())).as("personal data in exceptions").isEmpty();
    }

    /**
     * R14: nothing logged at any level, in success or failure, contains personal data. If this fails,
     * check the adapter's logging (no bodies, no request objects, masked NIKs) and the HTTP client's
     * wire logging.
     */
    @Test
    void required_R14_noPersonalDataInLogs() {
        List<String> lines;
        try (LogCapture logs = LogCapture.start()) {
            callSafely(adapter());
            everyFailureText();
            lines = logs.lines();
        }

        assertThat(Sensitive.found(lines, personalData())).as("personal data in logs").isEmpty();
    }

    /**
     * R15: the configured credentials never appear in exceptions, logs or the adapter's
     * {@code toString}. If this fails, check that credentials are held as {@code Secret} and only
     * revealed into the request.
     */
    @Test
    void required_R15_credentialsNeverShow() {
        List<String> texts = new ArrayList<>();
        try (LogCapture logs = LogCapture.start()) {
            P adapter = adapter();
            texts.add(String.valueOf(adapter));
            texts.add(String.valueOf(adapter.descriptor()));
            callSafely(adapter);
            texts.addAll(everyFailureText());
            texts.addAll(logs.lines());
        }

        assertThat(Sensitive.found(texts, h().secrets())).as("credentials shown").isEmpty();
    }

    /**
     * R17: {@code close()} releases the adapter without reaching the remote system, a second
     * {@code close()} is harmless, and a call after it is refused at once with an
     * {@link AdapterConfigurationException} naming the system, in both languages. If this fails, check
     * that the provider returns the adapter decorated by the resilience layer (which refuses calls on
     * a closed adapter), and that the adapter's own {@code close()} only releases local resources (a
     * MicroProfile REST Client proxy cast to {@code AutoCloseable}, CXF's {@code Client.destroy()})
     * and tolerates being called twice.
     */
    @Test
    void required_R17_closeReleasesTheAdapterAndRefusesLaterCalls() {
        P adapter = adapter();
        callSafely(adapter);
        remote().reset();

        adapter.close();
        adapter.close();
        Throwable thrown = catchThrowable(() -> callSafely(adapter));

        assertThat(thrown).as("a call after close()").isInstanceOf(AdapterConfigurationException.class);
        AdapterDescriptor d = adapter.descriptor();
        assertThat(((SimpulException) thrown).getMessage(LocalizedMessage.INDONESIAN)).contains(d.system());
        assertThat(((SimpulException) thrown).getMessage(Locale.ENGLISH)).contains(d.system());
        assertThat(remote().requests()).as("requests caused by close() and the refused call").isZero();
    }

    /**
     * R16: every operation not marked {@code @SafeToRepeat} is sent once, even when it fails with a
     * retryable failure and retries are configured. If this fails, check that the adapter does not
     * retry on its own (HTTP client retry handlers included) and that the operation is not marked safe.
     */
    @Test
    void required_R16_unsafeOperationsAreSentOnce() {
        Map<String, Consumer<P>> unsafe = unsafeOperations();
        for (Method m : port().getMethods()) {
            if (m.getDeclaringClass() != Port.class && !m.isAnnotationPresent(SafeToRepeat.class)) {
                assertThat(unsafe).as("the suite must exercise unsafe operation " + m.getName())
                        .containsKey(m.getName());
            }
        }
        unsafe.forEach((name, call) -> {
            P adapter = adapter("retry.max-attempts", "3");
            remote().reset();
            remote().failing(RemoteFailure.UNAVAILABLE, RemoteControl.FOREVER);

            RemoteCallException e = remoteFailure(() -> call.accept(adapter));
            assertThat(e.retryable()).isTrue();
            assertThat(remote().requests()).as("requests sent by " + name).isEqualTo(1);
        });
    }

    /** Provokes every failure kind (and an outage and a timeout) and collects what the exceptions show. */
    protected final List<String> everyFailureText() {
        List<String> texts = new ArrayList<>();
        for (RemoteFailure kind : remote().failuresSimulated()) {
            P adapter = adapter("retry.max-attempts", "1");
            remote().reset();
            remote().failing(kind, RemoteControl.FOREVER);
            texts.addAll(Sensitive.textsOf(remoteFailure(() -> callSafely(adapter))));
        }
        remote().reset();
        remote().outage(true);
        texts.addAll(Sensitive.textsOf(remoteFailure(() -> callSafely(adapter("retry.max-attempts", "1")))));
        remote().reset();
        remote().delay(Duration.ofSeconds(5));
        texts.addAll(Sensitive.textsOf(remoteFailure(() -> callSafely(
                adapter("retry.max-attempts", "1", "timeout", "100ms")))));
        remote().reset();
        return texts;
    }
}
