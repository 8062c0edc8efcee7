package id.simpul.sdk.authority;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;

/**
 * An authority value (legal instrument, validity, condition, authority, delegation, agreement,
 * query) was built from data that breaks one of its own rules: a blank citation, an empty list of
 * services, a condition that cannot be read. The message says which rule and how to fix it.
 *
 * <p>Rules that need the rest of the configuration (unknown services, territory, ambiguity, dates
 * across instruments) are not thrown one by one: {@link AuthorityConfiguration} reports them all
 * at once as {@link ConfigurationProblem}s.
 */
public final class InvalidAuthorityException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    /** Base name of the authority message bundle. */
    static final String BUNDLE = "id.simpul.sdk.authority.messages";

    InvalidAuthorityException(String key, Object... args) {
        super("authority.invalid", LocalizedMessage.of(BUNDLE, key, args));
    }
}
