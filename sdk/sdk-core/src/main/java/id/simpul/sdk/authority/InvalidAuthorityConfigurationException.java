package id.simpul.sdk.authority;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;

/**
 * An authority configuration has errors and cannot be used. {@link #report()} lists every problem
 * found (not only the first), each with its item, field, source and a message saying how to fix it.
 */
public final class InvalidAuthorityConfigurationException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    private final transient ConfigurationReport report;

    InvalidAuthorityConfigurationException(ConfigurationReport report) {
        super("authority.config.invalid", LocalizedMessage.of(InvalidAuthorityException.BUNDLE, "config.invalid",
                report.errors().size(), report.errors().get(0).code()));
        this.report = report;
    }

    /** All problems, errors and warnings. */
    public ConfigurationReport report() {
        return report;
    }
}
