package id.simpul.sdk.json;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;
import id.simpul.sdk.SimpulException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JSON document could not be read as a Simpul document: it is not JSON, a field is missing, has
 * the wrong type or an unknown value, or the values break a rule of the SDK's model (a negative fee,
 * a history that skips a status). The message names the place as a JSON Pointer
 * ({@code #/components/fee/amount}) and says how to fix it, in Bahasa Indonesia or English.
 *
 * <p>The message never repeats the document's values, so it is safe to log and to return to a
 * client; when the model's own explanation is attached, any run of sixteen or more digits in it (a
 * NIK or KK number typed into the wrong field) is masked.
 */
public final class InvalidJsonDocumentException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    /** Base name of this module's message bundle. */
    static final String BUNDLE = "id.simpul.sdk.json.messages";

    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{16,}");

    private final String pointer;

    /**
     * A problem found while reading.
     *
     * @param pointer the RFC 6901 JSON Pointer of the offending value, {@code ""} for the whole document
     * @param key     the message key in this module's bundle; its first argument is the pointer
     * @param args    further arguments; never values taken from the document
     */
    public InvalidJsonDocumentException(String pointer, String key, Object... args) {
        super("json.invalid", LocalizedMessage.of(BUNDLE, key, prepend(display(pointer), args)));
        this.pointer = pointer;
    }

    /**
     * The model refused the values found at {@code pointer}; its explanation is kept as the cause
     * and appended to the message.
     */
    public InvalidJsonDocumentException(String pointer, SimpulException refusal) {
        super("json.invalid", LocalizedMessage.of(BUNDLE, "json.value.refused", display(pointer)), refusal);
        this.pointer = pointer;
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String display(String pointer) {
        return "#" + pointer;
    }

    /** The RFC 6901 JSON Pointer of the offending value; {@code ""} for the whole document. */
    public String pointer() {
        return pointer;
    }

    /** The model's own refusal of the value, when that is what went wrong. */
    public Optional<SimpulException> refusal() {
        return getCause() instanceof SimpulException s ? Optional.of(s) : Optional.empty();
    }

    @Override
    public String getMessage(Locale locale) {
        String own = localizedMessage() == null ? super.getMessage() : localizedMessage().format(locale);
        return refusal().map(r -> own + " " + LONG_DIGIT_RUN.matcher(r.getMessage(locale)).replaceAll("****"))
                .orElse(own);
    }

    @Override
    public String getMessage() {
        return getMessage(LocalizedMessage.INDONESIAN);
    }
}
