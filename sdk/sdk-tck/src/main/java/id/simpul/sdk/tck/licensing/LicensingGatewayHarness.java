package id.simpul.sdk.tck.licensing;

import id.simpul.sdk.spi.licensing.LicenceStatusCode;
import id.simpul.sdk.spi.licensing.LicensingGateway;
import id.simpul.sdk.spi.licensing.Nib;
import id.simpul.sdk.spi.licensing.NibRecord;
import id.simpul.sdk.tck.TckHarness;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The harness of a licensing gateway adapter: the adapter, its simulator, the businesses the
 * simulator holds and a view of what the simulated system recorded from pushes.
 */
public interface LicensingGatewayHarness extends TckHarness<LicensingGateway> {

    /**
     * At least three businesses the simulated system holds, exactly as an inquiry must return them
     * (before any push), each with at least one licence in its checklist.
     */
    List<NibRecord> knownBusinesses();

    /** A well-formed NIB the simulated system has no record of. */
    Nib unknownNib();

    /** Pushes the simulated system has recorded since it started (a redelivered identical push is not recorded again). */
    long recordedPushes();

    /** The last status the simulated system recorded for a licence from a push, if any. */
    Optional<LicenceStatusCode> recordedStatus(Nib nib, String licenceId);

    /** Personal data the simulated system returns about businesses' responsible persons (NIKs, names, addresses). */
    Set<String> personalData();
}
