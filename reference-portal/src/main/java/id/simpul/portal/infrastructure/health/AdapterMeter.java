package id.simpul.portal.infrastructure.health;

import id.simpul.sdk.spi.Port;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.RemoteFailure;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Objects;

/**
 * Wraps a loaded adapter so that every port operation is counted by outcome and timed, without the
 * callers knowing. {@link Port} and {@link Object} methods pass straight through. Outcomes:
 * {@link Outcome#SUCCESS} (an answer, including "not found"), {@link Outcome#REJECTED} (refused before
 * reaching the system: circuit open or bulkhead full) and {@link Outcome#FAILURE} (anything else thrown).
 */
public final class AdapterMeter {

    /** How one call ended, as the {@code outcome} tag of the call counter. */
    public enum Outcome {
        SUCCESS, FAILURE, REJECTED;

        public String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Receives one record per call. */
    public interface Recorder {
        void record(String system, String operation, Outcome outcome, Duration elapsed);
    }

    private AdapterMeter() {
    }

    public static <P extends Port> P meter(Class<P> port, P adapter, String system, Recorder recorder) {
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(recorder, "recorder");
        InvocationHandler handler = (proxy, method, args) -> invoke(adapter, system, recorder, method, args);
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }

    private static Object invoke(Object adapter, String system, Recorder recorder, Method method, Object[] args)
            throws Throwable {
        Class<?> owner = method.getDeclaringClass();
        if (owner == Object.class || owner == Port.class || owner == AutoCloseable.class) {
            return call(adapter, method, args);
        }
        long t0 = System.nanoTime();
        Outcome outcome = Outcome.FAILURE;
        try {
            Object result = call(adapter, method, args);
            outcome = Outcome.SUCCESS;
            return result;
        } catch (RemoteCallException e) {
            if (e.kind() == RemoteFailure.CIRCUIT_OPEN || e.kind() == RemoteFailure.BULKHEAD_FULL) {
                outcome = Outcome.REJECTED;
            }
            throw e;
        } finally {
            recorder.record(system, method.getName(), outcome, Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    private static Object call(Object adapter, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(adapter, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
