package id.simpul.sdk;

/**
 * The caller's input or configuration is wrong. Repeating the same call will fail the same way:
 * the input must be corrected first.
 */
public class SimpulClientException extends SimpulException {

    private static final long serialVersionUID = 1L;

    public SimpulClientException(String code, LocalizedMessage message) {
        super(code, message);
    }

    public SimpulClientException(String code, LocalizedMessage message, Throwable cause) {
        super(code, message, cause);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
