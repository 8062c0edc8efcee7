package id.simpul.sdk.json;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;

/**
 * {@link SimpulJson} was asked for something it was not set up to do: read a service request
 * without a working calendar, or map a type that has no canonical JSON. A programming error, not a
 * problem of the document.
 */
public final class JsonSetupException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    /**
     * @param key  the message key in this module's bundle
     * @param args the message arguments; never document values
     */
    public JsonSetupException(String key, Object... args) {
        super("json.setup", LocalizedMessage.of(InvalidJsonDocumentException.BUNDLE, key, args));
    }
}
