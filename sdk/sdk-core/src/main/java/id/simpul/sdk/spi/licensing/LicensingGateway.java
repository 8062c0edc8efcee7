package id.simpul.sdk.spi.licensing;

import id.simpul.sdk.spi.Port;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.SafeToRepeat;
import java.util.Optional;

/**
 * The national licensing system (OSS RBA) as a region uses it, host to host.
 *
 * <p>Inquiries are {@link SafeToRepeat}; pushes are not: each push call sends at most one request.
 * Whether OSS recognises a repeated push is not documented, so delivering a push is the caller's
 * decision (the portal's outbox: same content, after checking the status with
 * {@link #checkLicenceStatus}). Failures of the remote side are {@link RemoteCallException}s.
 */
public interface LicensingGateway extends Port {

    /** The business and its licence checklist, or empty when OSS knows no such NIB ({@code inqueryNIB}). */
    @SafeToRepeat
    Optional<NibRecord> inquireNib(Nib nib);

    /** Pushes a processing status of a licence ({@code receiveLicenseStatus}). */
    PushReceipt pushLicenceStatus(LicenceStatusUpdate update);

    /** Pushes the final licence ({@code receiveLicense}). */
    PushReceipt pushLicence(FinalLicence licence);

    /** The status OSS holds for a licence, or empty when OSS knows no such licence ({@code checkLicenseStatus}). */
    @SafeToRepeat
    Optional<LicenceStatusReport> checkLicenceStatus(Nib nib, String licenceId);
}
