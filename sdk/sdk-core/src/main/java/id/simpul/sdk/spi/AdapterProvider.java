package id.simpul.sdk.spi;

/**
 * Announces an adapter to {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/id.simpul.sdk.spi.AdapterProvider}. The provider is created with its
 * public no-argument constructor and must be cheap to create: no connection is opened before
 * {@link #create}.
 *
 * @param <P> the port the adapter implements
 */
public interface AdapterProvider<P extends Port> {

    /** The adapter this provider creates; must not call the remote system. */
    AdapterDescriptor descriptor();

    /**
     * A ready adapter configured from the settings. Adapters built on adapter-support come back
     * already wrapped in the resilience layer. Thread-safe; the caller closes it ({@link Port#close()})
     * when it is no longer used, which releases its HTTP clients and threads.
     *
     * @throws AdapterConfigurationException when a required setting is missing or malformed
     */
    P create(AdapterSettings settings);
}
