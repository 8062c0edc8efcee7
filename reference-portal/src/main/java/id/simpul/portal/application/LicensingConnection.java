package id.simpul.portal.application;

import id.simpul.sdk.spi.licensing.LicensingGateway;

/**
 * The node's connection to the national licensing system (OSS RBA, <i>Online Single Submission
 * Risk-Based Approach</i>): one loaded adapter for the life of the application.
 */
public interface LicensingConnection {

    LicensingGateway gateway();

    /** Whether this node talks to OSS at all ({@code simpul.adapters.oss.enabled}); when not, nothing is pushed. */
    default boolean enabled() {
        return true;
    }
}
