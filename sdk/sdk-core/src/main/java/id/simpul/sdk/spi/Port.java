package id.simpul.sdk.spi;

/**
 * A typed gateway to an external system. Every port interface extends this one, so any adapter can
 * say what it is without being called remotely.
 *
 * <p>A port holds resources for its whole life (HTTP clients, connection pools, worker threads), so it
 * is {@link AutoCloseable}: whoever loaded it (the portal on undeploy, a plain Java process on
 * shutdown) calls {@link #close()} once nobody uses it any more. Closing is idempotent; a call after
 * it fails with an {@link AdapterConfigurationException} saying to load the adapter again.
 */
public interface Port extends AutoCloseable {

    /** What this adapter is: system, version, capabilities. Local, never calls the remote system. */
    AdapterDescriptor descriptor();

    /**
     * Releases what the adapter holds (HTTP clients, threads). Local, never calls the remote system,
     * idempotent, throws nothing checked. The default releases nothing, for adapters that hold nothing.
     */
    @Override
    default void close() {
    }
}
