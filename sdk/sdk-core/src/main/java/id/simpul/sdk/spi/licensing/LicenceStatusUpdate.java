package id.simpul.sdk.spi.licensing;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A status the region pushes to OSS for one licence ({@code receiveLicenseStatus}).
 *
 * @param nib       the business
 * @param licenceId OSS's licence application id ({@code id_izin})
 * @param status    the new {@code kd_status}
 * @param at        when the status took effect
 * @param note      a short remark for the applicant, free of personal data; may be empty
 */
public record LicenceStatusUpdate(Nib nib, String licenceId, LicenceStatusCode status, OffsetDateTime at,
                                  String note) {

    public LicenceStatusUpdate {
        Objects.requireNonNull(nib, "nib");
        LicenceItem.requireText(licenceId, "licenceId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
        if (note.length() > 1000) {
            throw new IllegalArgumentException("the note is at most 1000 characters");
        }
    }
}
