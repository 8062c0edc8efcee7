package id.simpul.sdk.agency;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;

/**
 * An agency or agency identifier was built from configuration that breaks its rules: a malformed
 * id, a blank name, an office that is its own parent. The message names the rule and how to fix it.
 */
public final class InvalidAgencyException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    /** Base name of the agency package's message bundle. */
    static final String BUNDLE = "id.simpul.sdk.agency.messages";

    InvalidAgencyException(String key, Object... args) {
        super("agency.invalid", LocalizedMessage.of(BUNDLE, key, args));
    }
}
