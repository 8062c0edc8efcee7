package id.simpul.sdk.spi.licensing;

/** What an OSS licence status does to the service-level clock (see {@code SlaClock}). */
public enum SlaEffect {
    /** The clock keeps running or stays as it is. */
    NONE,
    /** The clock stops (waiting for the applicant). */
    PAUSE,
    /** The clock runs again from where it stopped. */
    RESUME,
    /** The clock is set back to zero and stays stopped until restarted. */
    RESET,
    /** The clock starts again from zero. */
    RESTART
}
