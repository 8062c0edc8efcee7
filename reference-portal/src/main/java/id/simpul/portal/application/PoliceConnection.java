package id.simpul.portal.application;

import id.simpul.sdk.spi.police.PoliceReports;

/** The node's connection to the police verification service (Polri): one loaded adapter for the application's life. */
public interface PoliceConnection {

    PoliceReports reports();
}
