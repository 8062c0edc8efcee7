package id.simpul.sdk;

import java.util.Objects;

/**
 * An external system (Dukcapil, OSS RBA, a police system, a partner node) failed or refused.
 * {@link #retryable()} says whether the same call may succeed later.
 */
public class SimpulRemoteException extends SimpulException {

    private static final long serialVersionUID = 1L;

    private final String system;
    private final boolean retryable;

    public SimpulRemoteException(String system, String code, LocalizedMessage message, boolean retryable,
                                 Throwable cause) {
        super(code, message, cause);
        this.system = Objects.requireNonNull(system, "system");
        this.retryable = retryable;
    }

    /** Identifier of the external system, e.g. {@code dukcapil}. */
    public String system() {
        return system;
    }

    @Override
    public boolean retryable() {
        return retryable;
    }
}
