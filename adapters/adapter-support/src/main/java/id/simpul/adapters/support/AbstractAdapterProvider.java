package id.simpul.adapters.support;

import id.simpul.sdk.spi.AdapterProvider;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.Port;
import java.time.Clock;

/**
 * Base of an adapter provider: subclasses build the plain adapter, this class wraps it in the
 * resilience layer configured from the same settings, so {@link id.simpul.sdk.spi.Adapters#load} always
 * hands out a decorated adapter.
 *
 * @param <P> the port
 */
public abstract class AbstractAdapterProvider<P extends Port> implements AdapterProvider<P> {

    private final Class<P> port;

    protected AbstractAdapterProvider(Class<P> port) {
        this.port = port;
    }

    /** The adapter without resilience: translation only. */
    protected abstract P createUndecorated(AdapterSettings settings);

    @Override
    public final P create(AdapterSettings settings) {
        return create(settings, Clock.systemUTC());
    }

    /** As {@link #create(AdapterSettings)}, with the clock that drives the circuit breaker (for tests). */
    public final P create(AdapterSettings settings, Clock clock) {
        ResilienceSettings resilience = ResilienceSettings.from(settings, descriptor().system()).withClock(clock);
        return Resilient.decorate(port, createUndecorated(settings), resilience);
    }
}
