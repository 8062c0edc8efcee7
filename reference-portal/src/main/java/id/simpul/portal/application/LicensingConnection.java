package id.simpul.portal.application;

import id.simpul.sdk.spi.licensing.LicensingGateway;

/**
 * The node's connection to the national licensing system (OSS RBA, <i>Online Single Submission
 * Risk-Based Approach</i>): one loaded adapter for the life of the application.
 */
public interface LicensingConnection {

    LicensingGateway gateway();
}
