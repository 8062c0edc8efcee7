package id.simpul.sdk;

import java.util.Locale;
import java.util.Objects;

/**
 * Root of every exception Simpul throws. Unchecked: callers decide where to handle a failure.
 *
 * <p>Each exception carries a stable machine-readable {@link #code()} (for APIs and metrics) and a
 * message that can be rendered in Bahasa Indonesia (the default) or English. Messages say what
 * failed, why, and what to do; they never contain personal data or secrets.
 */
public abstract class SimpulException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient LocalizedMessage localizedMessage;

    protected SimpulException(String code, LocalizedMessage message, Throwable cause) {
        super(Objects.requireNonNull(message, "message").format(LocalizedMessage.INDONESIAN), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.localizedMessage = message;
    }

    protected SimpulException(String code, LocalizedMessage message) {
        this(code, message, null);
    }

    /** Stable identifier of the kind of failure, e.g. {@code nik.invalid}; safe for logs and APIs. */
    public String code() {
        return code;
    }

    /** Whether repeating the same operation later may succeed. */
    public abstract boolean retryable();

    /** The message in the given language; Bahasa Indonesia when the language is not available. */
    public String getMessage(Locale locale) {
        return localizedMessage == null ? getMessage() : localizedMessage.format(locale);
    }

    /** The translatable form of the message, for callers that render it themselves. */
    public LocalizedMessage localizedMessage() {
        return localizedMessage;
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage(Locale.getDefault());
    }
}
