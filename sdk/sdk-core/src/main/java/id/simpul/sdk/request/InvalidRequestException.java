package id.simpul.sdk.request;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;

/**
 * A service request or one of its parts (identifier, applicant reference, actor, reason, time) was
 * given a value that breaks its rules. The message says which rule and how to fix the input.
 */
public final class InvalidRequestException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    /** Base name of the request package's message bundle. */
    static final String BUNDLE = "id.simpul.sdk.request.messages";

    InvalidRequestException(String key, Object... args) {
        super("request.invalid", LocalizedMessage.of(BUNDLE, key, args));
    }
}
