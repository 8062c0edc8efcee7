package id.simpul.sdk.tck.police;

import id.simpul.sdk.spi.police.LostReport;
import id.simpul.sdk.spi.police.PoliceReports;
import id.simpul.sdk.spi.police.SkckStatus;
import id.simpul.sdk.tck.TckHarness;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The harness of a police reports adapter: the adapter, its simulator, and the letters and
 * clearances the simulator holds, as the adapter must answer them.
 */
public interface PoliceReportsHarness extends TckHarness<PoliceReports> {

    /** The simulated system's "today", which decides whether a letter is still valid. */
    LocalDate today();

    /**
     * Letters the simulated system holds, exactly as the adapter must return them. Among them at
     * least: one valid today that lists a KTP-el, one revoked, one past its validity; at least four in all.
     */
    List<LostReport> knownLostReports();

    /** A letter number in the system's format that the system has no record of. */
    String unknownLetterNumber();

    /**
     * Clearances the simulated system holds, as the adapter must return them: at least one issued and
     * valid today and one not issued (in process or rejected). Empty when the adapter lacks
     * {@code police.skck-status}.
     */
    List<SkckStatus> knownSkcks();

    /** An SKCK number in the system's format that the system has no record of. */
    String unknownSkckNumber();

    /** Personal data the simulated system holds about reporters and applicants (NIKs, names). */
    Set<String> personalData();
}
