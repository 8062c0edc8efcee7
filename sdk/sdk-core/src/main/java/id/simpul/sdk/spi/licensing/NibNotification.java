package id.simpul.sdk.spi.licensing;

import id.simpul.sdk.region.RegionCode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A NIB that OSS pushes to the region's endpoint ({@code receiveNIB}), with its licence checklist.
 *
 * @param nib          the business
 * @param ossRequestId OSS's id of the submission ({@code id_permohonan}); with the NIB it identifies
 *                     the notification, so a redelivery can be recognised
 * @param companyName  the business's registered name
 * @param region       the Kemendagri code of the business location
 * @param checklist    licences the region must process
 * @param sentAt       when OSS sent it
 */
public record NibNotification(Nib nib, String ossRequestId, String companyName, RegionCode region,
                              List<LicenceItem> checklist, OffsetDateTime sentAt) {

    public NibNotification {
        Objects.requireNonNull(nib, "nib");
        LicenceItem.requireText(ossRequestId, "ossRequestId");
        LicenceItem.requireText(companyName, "companyName");
        Objects.requireNonNull(region, "region");
        checklist = List.copyOf(checklist);
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
