package id.simpul.adapters.support;

import id.simpul.adapters.support.internal.ResilientInvocationHandler;
import id.simpul.sdk.spi.Port;
import java.lang.reflect.Proxy;
import java.util.Objects;

/**
 * Wraps a port implementation in the resilience layer. Every port operation goes, in this order,
 * through: retry (only for {@link id.simpul.sdk.spi.SafeToRepeat} operations, exponential backoff with
 * jitter, only for {@link id.simpul.sdk.SimpulException#retryable() retryable} failures other than an
 * open circuit) → circuit breaker → bulkhead → time limit → the adapter.
 *
 * <p>Failures come out as SDK exceptions: an adapter's own {@code SimpulException} unchanged; a
 * time-out, an open circuit, a full bulkhead or an unexpected error as a
 * {@link id.simpul.sdk.spi.RemoteCallException} naming the system and the operation. The circuit counts
 * only failures of the remote side (timeouts, unavailability, remote errors, unreadable answers),
 * never a refused request or a configuration error. {@link Port#descriptor()} and the methods of
 * {@link Object} are called directly.
 *
 * <p>The returned object implements the port and {@link ResilientAdapter}; it is thread-safe when the
 * adapter is.
 */
public final class Resilient {

    private Resilient() {
    }

    public static <P extends Port> P decorate(Class<P> port, P adapter, ResilienceSettings settings) {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(settings, "settings");
        if (!port.isInterface()) {
            throw new IllegalArgumentException("port must be an interface: " + port.getName());
        }
        ResilientInvocationHandler handler = new ResilientInvocationHandler(adapter, settings);
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port, ResilientAdapter.class},
                handler);
        return port.cast(proxy);
    }
}
