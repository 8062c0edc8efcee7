package id.simpul.adapters.support.internal;

import id.simpul.adapters.support.AdapterHealth;
import id.simpul.adapters.support.CircuitState;
import id.simpul.adapters.support.ResilienceSettings;
import id.simpul.adapters.support.ResilientAdapter;
import id.simpul.sdk.SimpulException;
import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.AdapterDescriptor;
import id.simpul.sdk.spi.Port;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.SafeToRepeat;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** The proxy behind {@code Resilient.decorate}: one circuit, bulkhead, time limiter and retry per adapter. */
public final class ResilientInvocationHandler implements InvocationHandler {

    private static final Set<RemoteFailure> REMOTE_SIDE_FAILURES = Set.of(RemoteFailure.TIMEOUT,
            RemoteFailure.UNAVAILABLE, RemoteFailure.REMOTE_ERROR, RemoteFailure.MALFORMED_ANSWER);

    private final Port adapter;
    private final AdapterDescriptor descriptor;
    private final ResilienceSettings settings;
    private final CircuitBreaker circuitBreaker;
    private final Bulkhead bulkhead;
    private final TimeLimiter timeLimiter;
    private final Retry retry;
    private final ExecutorService executor;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final System.Logger log;
    private final List<BiConsumer<CircuitState, CircuitState>> listeners = new CopyOnWriteArrayList<>();

    public ResilientInvocationHandler(Port adapter, ResilienceSettings settings) {
        this.adapter = adapter;
        this.descriptor = adapter.descriptor();
        this.settings = settings;
        String name = descriptor.system();
        this.log = System.getLogger("id.simpul.adapters." + name);
        this.circuitBreaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRatePercent())
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.minimumCalls())
                .waitDurationInOpenState(settings.openWait())
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
                .recordException(ResilientInvocationHandler::isRemoteSideFailure)
                .clock(settings.clock())
                .build());
        this.bulkhead = Bulkhead.of(name, BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrent())
                .maxWaitDuration(settings.maxWait())
                .build());
        this.timeLimiter = TimeLimiter.of(name, TimeLimiterConfig.custom()
                .timeoutDuration(settings.timeout())
                .cancelRunningFuture(true)
                .build());
        this.retry = Retry.of(name, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(),
                        settings.backoffMultiplier(), settings.jitter(), settings.maxBackoff()))
                .retryOnException(ResilientInvocationHandler::worthRetrying)
                .failAfterMaxAttempts(false)
                .build());
        this.executor = Executors.newCachedThreadPool(daemonThreads(name));
        circuitBreaker.getEventPublisher().onStateTransition(e -> {
            log.log(System.Logger.Level.INFO, "circuit of {0} changed: {1}", name, e.getStateTransition());
            CircuitState from = state(e.getStateTransition().getFromState());
            CircuitState to = state(e.getStateTransition().getToState());
            listeners.forEach(l -> l.accept(from, to));
        });
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Class<?> owner = method.getDeclaringClass();
        if (owner == ResilientAdapter.class) {
            if (method.getName().equals("onCircuitChange")) {
                @SuppressWarnings("unchecked")
                BiConsumer<CircuitState, CircuitState> listener = (BiConsumer<CircuitState, CircuitState>) args[0];
                listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
                return null;
            }
            return health();
        }
        if (owner == Object.class) {
            return objectMethod(proxy, method, args);
        }
        if (owner == Port.class) {
            if (method.getName().equals("close")) {
                close();
                return null;
            }
            return descriptor;
        }
        if (closed.get()) {
            throw AdapterConfigurationException.closed(descriptor.system());
        }
        Supplier<Object> guarded = () -> guarded(method, args);
        if (method.isAnnotationPresent(SafeToRepeat.class) && settings.maxAttempts() > 1) {
            return Retry.decorateSupplier(retry, guarded).get();
        }
        return guarded.get();
    }

    /** Closes the adapter once: no new calls, worker threads released, then the adapter's own close. */
    private void close() {
        if (closed.compareAndSet(false, true)) {
            executor.shutdown();
            adapter.close();
        }
    }

    private Object guarded(Method method, Object[] args) {
        String operation = method.getName();
        if (!circuitBreaker.tryAcquirePermission()) {
            throw RemoteCallException.of(descriptor, operation, RemoteFailure.CIRCUIT_OPEN,
                    seconds(settings.openWait()), null);
        }
        long start = circuitBreaker.getCurrentTimestamp();
        try {
            Object result = limited(method, args, operation);
            circuitBreaker.onResult(circuitBreaker.getCurrentTimestamp() - start,
                    circuitBreaker.getTimestampUnit(), result);
            return result;
        } catch (RuntimeException e) {
            SimpulException mapped = map(e, operation);
            if (mapped instanceof RemoteCallException r && r.kind() == RemoteFailure.BULKHEAD_FULL) {
                circuitBreaker.releasePermission();
            } else {
                circuitBreaker.onError(circuitBreaker.getCurrentTimestamp() - start,
                        circuitBreaker.getTimestampUnit(), mapped);
            }
            throw mapped;
        }
    }

    private Object limited(Method method, Object[] args, String operation) {
        // waits up to bulkhead.max-wait for a slot
        if (!bulkhead.tryAcquirePermission()) {
            throw RemoteCallException.of(descriptor, operation, RemoteFailure.BULKHEAD_FULL,
                    String.valueOf(settings.maxConcurrent()), null);
        }
        Supplier<Future<Object>> task = () -> {
            FutureTask<Object> call = permitReleasingCall(method, args);
            executor.execute(call);
            return call;
        };
        try {
            return timeLimiter.executeFutureSupplier(task);
        } catch (TimeoutException e) {
            throw RemoteCallException.of(descriptor, operation, RemoteFailure.TIMEOUT,
                    settings.timeout().toMillis() + " ms", null);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause(), operation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RemoteCallException.of(descriptor, operation, RemoteFailure.UNAVAILABLE, "interrupted", null);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw unwrap(e, operation);
        }
    }

    /**
     * The call on a worker thread; its bulkhead slot is freed when the call really ends (a timed-out
     * call keeps its slot until its socket gives up), or at once if it was cancelled before it started.
     */
    private FutureTask<Object> permitReleasingCall(Method method, Object[] args) {
        AtomicBoolean started = new AtomicBoolean();
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                bulkhead.onComplete();
            }
        };
        return new FutureTask<>(() -> {
            started.set(true);
            try {
                return method.invoke(adapter, args);
            } finally {
                release.run();
            }
        }) {
            @Override
            protected void done() {
                if (isCancelled() && !started.get()) {
                    release.run();
                }
            }
        };
    }

    private RuntimeException unwrap(Throwable failure, String operation) {
        Throwable t = failure;
        if (t instanceof InvocationTargetException ite && ite.getCause() != null) {
            t = ite.getCause();
        }
        if (t instanceof RuntimeException re) {
            return re;
        }
        return map(new WrappedFailure(t), operation);
    }

    private SimpulException map(RuntimeException e, String operation) {
        if (e instanceof SimpulException s) {
            return s;
        }
        if (e instanceof CallNotPermittedException) {
            return RemoteCallException.of(descriptor, operation, RemoteFailure.CIRCUIT_OPEN,
                    seconds(settings.openWait()), null);
        }
        Throwable root = e instanceof WrappedFailure w ? w.getCause() : e;
        if (hasIoCause(root)) {
            return RemoteCallException.of(descriptor, operation, RemoteFailure.UNAVAILABLE,
                    ioDetail(root), null);
        }
        // An adapter defect: its message might quote data, so only the type is reported.
        log.log(System.Logger.Level.WARNING, "adapter {0} failed in {1} with {2} at {3}", descriptor.system(),
                operation, root.getClass().getName(), topFrame(root));
        return RemoteCallException.of(descriptor, operation, RemoteFailure.REMOTE_ERROR,
                root.getClass().getSimpleName(), null);
    }

    private static boolean hasIoCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String ioDetail(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException) {
                return c.getClass().getSimpleName();
            }
        }
        return "I/O";
    }

    private static String topFrame(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length == 0 ? "?" : trace[0].toString();
    }

    static boolean isRemoteSideFailure(Throwable t) {
        return t instanceof RemoteCallException r && REMOTE_SIDE_FAILURES.contains(r.kind());
    }

    static boolean worthRetrying(Throwable t) {
        return t instanceof SimpulException s && s.retryable()
                && !(t instanceof RemoteCallException r && r.kind() == RemoteFailure.CIRCUIT_OPEN);
    }

    private AdapterHealth health() {
        CircuitBreaker.Metrics m = circuitBreaker.getMetrics();
        return new AdapterHealth(descriptor.system(), state(circuitBreaker.getState()), m.getFailureRate(),
                m.getNumberOfBufferedCalls(), m.getNumberOfFailedCalls(), m.getNumberOfNotPermittedCalls(),
                bulkhead.getMetrics().getAvailableConcurrentCalls());
    }

    private static CircuitState state(CircuitBreaker.State state) {
        return switch (state) {
            case CLOSED -> CircuitState.CLOSED;
            case OPEN -> CircuitState.OPEN;
            case HALF_OPEN -> CircuitState.HALF_OPEN;
            default -> CircuitState.OTHER;
        };
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "Resilient[" + descriptor.system() + " " + descriptor.version() + "]";
            default -> throw new UnsupportedOperationException(method.getName());
        };
    }

    private static String seconds(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static ThreadFactory daemonThreads(String system) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "simpul-" + system + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Carries a checked failure to the mapping without changing its type information. */
    private static final class WrappedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrappedFailure(Throwable cause) {
            super(null, cause, false, false);
        }
    }
}
