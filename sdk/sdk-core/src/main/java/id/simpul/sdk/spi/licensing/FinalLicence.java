package id.simpul.sdk.spi.licensing;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The final licence the region pushes to OSS ({@code receiveLicense}).
 *
 * @param nib           the business
 * @param licenceId     OSS's licence application id ({@code id_izin})
 * @param status        {@link LicenceStatusCode#APPROVED} or {@link LicenceStatusCode#REJECTED}
 * @param licenceNumber the number the region gave the licence (nomor izin)
 * @param issuedOn      date of issue
 * @param validUntil    end of validity, empty when unlimited
 * @param document      where OSS can fetch the signed document
 */
public record FinalLicence(Nib nib, String licenceId, LicenceStatusCode status, String licenceNumber,
                           LocalDate issuedOn, Optional<LocalDate> validUntil, URI document) {

    public FinalLicence {
        Objects.requireNonNull(nib, "nib");
        LicenceItem.requireText(licenceId, "licenceId");
        Objects.requireNonNull(status, "status");
        if (status != LicenceStatusCode.APPROVED && status != LicenceStatusCode.REJECTED) {
            throw new IllegalArgumentException("a final licence is APPROVED (50) or REJECTED (90)");
        }
        LicenceItem.requireText(licenceNumber, "licenceNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(document, "document");
        if (validUntil.isPresent() && validUntil.get().isBefore(issuedOn)) {
            throw new IllegalArgumentException("validUntil is before issuedOn");
        }
    }
}
