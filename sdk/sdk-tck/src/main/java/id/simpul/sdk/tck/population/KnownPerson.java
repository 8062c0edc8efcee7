package id.simpul.sdk.tck.population;

import id.simpul.sdk.identity.Gender;
import id.simpul.sdk.identity.KkNumber;
import id.simpul.sdk.identity.Nik;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A (synthetic) person the simulated registry holds, with the values it records.
 * {@link #toString()} shows the masked NIK only.
 */
public record KnownPerson(Nik nik, KkNumber kkNumber, String fullName, String birthPlace, LocalDate birthDate,
                          Gender gender, String motherName, String address) {

    public KnownPerson {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(kkNumber, "kkNumber");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(birthPlace, "birthPlace");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(motherName, "motherName");
        Objects.requireNonNull(address, "address");
    }

    /** The values that must never show in messages or logs. */
    public Set<String> personalData() {
        return Set.of(nik.value(), kkNumber.value(), fullName, birthPlace, motherName, address);
    }

    @Override
    public String toString() {
        return "KnownPerson[nik=" + nik.masked() + "]";
    }
}
