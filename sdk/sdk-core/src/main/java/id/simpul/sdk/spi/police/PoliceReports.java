package id.simpul.sdk.spi.police;

import id.simpul.sdk.spi.Port;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.SafeToRepeat;
import java.util.Optional;

/**
 * The police systems a service counter checks: lost-item report letters, required before Dukcapil
 * reprints a lost KTP-el, and SKCK. Both operations only read. Failures of the remote side are
 * {@link RemoteCallException}s; implementations are thread-safe.
 */
public interface PoliceReports extends Port {

    /**
     * The letter with this number, or empty when the police system knows none.
     *
     * @param letterNumber as printed on the letter, e.g. {@code STPL/123/XII/2026/SPKT}; 1–100
     *                     printable characters
     */
    @SafeToRepeat
    Optional<LostReport> verifyLostReport(String letterNumber);

    /** The SKCK with this number, or empty when the police system knows none. */
    @SafeToRepeat
    Optional<SkckStatus> skckStatus(String skckNumber);
}
