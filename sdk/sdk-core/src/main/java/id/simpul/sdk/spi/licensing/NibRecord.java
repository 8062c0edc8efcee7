package id.simpul.sdk.spi.licensing;

import id.simpul.sdk.region.RegionCode;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a NIB inquiry: the business and its licence checklist.
 *
 * @param nib         the NIB
 * @param companyName the business's registered name (nama perusahaan)
 * @param region      the Kemendagri code of the business location
 * @param licences    the licence checklist
 */
public record NibRecord(Nib nib, String companyName, RegionCode region, List<LicenceItem> licences) {

    public NibRecord {
        Objects.requireNonNull(nib, "nib");
        LicenceItem.requireText(companyName, "companyName");
        Objects.requireNonNull(region, "region");
        licences = List.copyOf(licences);
    }
}
