package id.simpul.adapters.oss.simulator;

import id.simpul.adapters.simulator.SyntheticPerson;
import id.simpul.sdk.region.RegionCode;
import java.util.List;
import java.util.Objects;

/**
 * A synthetic business registered at the simulated OSS RBA.
 *
 * @param nib       13-digit NIB
 * @param name      e.g. {@code PT Sinar Kapuas Makmur}
 * @param village   Kemendagri code of the business location (kelurahan/desa)
 * @param checklist licences the regency must process
 * @param responsible the person responsible ({@code penanggung_jwb}): synthetic personal data that
 *                    OSS returns and an adapter must never show
 */
public record Business(String nib, String name, RegionCode village, List<Licence> checklist,
                       SyntheticPerson responsible) {

    /**
     * One licence of the checklist.
     *
     * @param licenceId     {@code id_izin}
     * @param licenceCode   {@code kd_izin}
     * @param name          {@code nama_izin}
     * @param authority     {@code kewenangan}: 00 pusat, 01 provinsi, 02 kabupaten/kota
     * @param initialStatus {@code kd_status} before the regency pushes anything
     */
    public record Licence(String licenceId, String licenceCode, String name, String authority, String initialStatus) {
    }

    public Business {
        Objects.requireNonNull(nib, "nib");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(village, "village");
        checklist = List.copyOf(checklist);
        Objects.requireNonNull(responsible, "responsible");
    }

    @Override
    public String toString() {
        return "Business[nib=" + nib + "]";
    }
}
