package id.simpul.sdk.spi;

/**
 * A typed gateway to an external system. Every port interface extends this one, so any adapter can
 * say what it is without being called remotely.
 */
public interface Port {

    /** What this adapter is: system, version, capabilities. Local, never calls the remote system. */
    AdapterDescriptor descriptor();
}
