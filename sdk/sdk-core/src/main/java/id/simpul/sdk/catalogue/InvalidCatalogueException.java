package id.simpul.sdk.catalogue;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;

/**
 * A catalogue value (service code, standard, form attribute, fee, catalogue) was built from data
 * that breaks one of its rules. The message names the value and the rule, so whoever maintains the
 * configuration can correct it.
 */
public final class InvalidCatalogueException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    /** Base name of the catalogue's message bundle. */
    static final String BUNDLE = "id.simpul.sdk.catalogue.messages";

    InvalidCatalogueException(String key, Object... args) {
        super("catalogue.invalid", LocalizedMessage.of(BUNDLE, key, args));
    }
}
