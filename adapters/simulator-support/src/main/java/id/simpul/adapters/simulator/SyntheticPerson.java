package id.simpul.adapters.simulator;

import id.simpul.sdk.identity.Gender;
import id.simpul.sdk.identity.KkNumber;
import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.region.RegionCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A resident who does not exist, shaped like a Dukcapil record: names in capitals as the registry
 * keeps them, a valid NIK and KK number from a real kecamatan. Treated like personal data all the
 * same: {@link #toString()} shows the masked NIK only.
 *
 * @param village the real desa/kelurahan of the address
 */
public record SyntheticPerson(Nik nik, KkNumber kkNumber, String fullName, String birthPlace, LocalDate birthDate,
                              Gender gender, String motherName, String address, RegionCode village) {

    public SyntheticPerson {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(kkNumber, "kkNumber");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(birthPlace, "birthPlace");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(motherName, "motherName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(village, "village");
    }

    @Override
    public String toString() {
        return "SyntheticPerson[nik=" + nik.masked() + "]";
    }
}
