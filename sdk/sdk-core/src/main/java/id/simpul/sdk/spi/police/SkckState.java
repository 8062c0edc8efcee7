package id.simpul.sdk.spi.police;

/** Where an SKCK application stands. */
public enum SkckState {
    /** Received, not yet examined. */
    SUBMITTED,
    /** Being examined (identification, record check). */
    IN_PROCESS,
    /** Issued; see its validity. */
    ISSUED,
    /** Refused. */
    REJECTED
}
