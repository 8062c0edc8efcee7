package id.simpul.federation;

import id.simpul.federation.internal.Bundle;
import id.simpul.sdk.SimpulClientException;

/**
 * A federation document (directory content, node description, agreement, message envelope) is
 * malformed or inconsistent. The message names the field and what a valid value looks like; it
 * never repeats form data.
 */
public final class FederationDataException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    private final String key;

    /**
     * @param key  message key in the federation bundle, without the {@code data.} prefix
     * @param args arguments of the message: field names and shapes, never personal data
     */
    public FederationDataException(String key, Object... args) {
        super("federation.data." + key, Bundle.message("data." + key, args));
        this.key = key;
    }

    /** The kind of problem, e.g. {@code field.missing}. */
    public String problem() {
        return key;
    }
}
