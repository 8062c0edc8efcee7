package id.simpul.sdk.request;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;

/** A text is not a valid registration number; the message says which part is wrong. */
public final class InvalidRegistrationNumberException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    InvalidRegistrationNumberException(String key, String shown) {
        super("registration.invalid", LocalizedMessage.of(InvalidRequestException.BUNDLE, key, shown));
    }
}
