package id.simpul.sdk.spi;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulRemoteException;
import java.util.Objects;

/**
 * A call to an external system failed. {@link #kind()} says what happened, {@link #retryable()}
 * whether the same call may succeed later, {@link #system()} which system, {@link #operation()} which
 * operation. The message says which system, what happened and what to do, in Bahasa Indonesia and
 * English, and never contains personal data, credentials or the remote's answer.
 *
 * <p>Adapters pass a cause only when its own message is free of personal data (a connection error,
 * a timeout); a parser error that might quote the answer is never attached.
 */
public final class RemoteCallException extends SimpulRemoteException {

    private static final long serialVersionUID = 1L;

    private final RemoteFailure kind;
    private final String operation;

    private RemoteCallException(String system, String operation, RemoteFailure kind, LocalizedMessage message,
                                Throwable cause) {
        super(system, kind.messageKey(), message, kind.retryable(), cause);
        this.kind = kind;
        this.operation = operation;
    }

    /**
     * @param descriptor the adapter that failed
     * @param operation  the port operation, e.g. {@code verify}
     * @param kind       what happened
     * @param detail     a short technical detail free of personal data (HTTP status, time limit); blank for none
     * @param cause      the underlying failure, only when its message is free of personal data; may be null
     */
    public static RemoteCallException of(AdapterDescriptor descriptor, String operation, RemoteFailure kind,
                                         String detail, Throwable cause) {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(kind, "kind");
        LocalizedMessage message = LocalizedMessage.of(AdapterConfigurationException.BUNDLE, kind.messageKey(),
                descriptor.displayName(), operation, detail == null || detail.isBlank() ? "-" : detail);
        return new RemoteCallException(descriptor.system(), operation, kind, message, cause);
    }

    public RemoteFailure kind() {
        return kind;
    }

    public String operation() {
        return operation;
    }
}
