package id.simpul.sdk.spi.licensing;

import java.time.OffsetDateTime;
import java.util.Objects;

/** The current status of a licence at OSS ({@code checkLicenseStatus}). */
public record LicenceStatusReport(Nib nib, String licenceId, LicenceStatusCode status, OffsetDateTime updatedAt) {

    public LicenceStatusReport {
        Objects.requireNonNull(nib, "nib");
        LicenceItem.requireText(licenceId, "licenceId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
