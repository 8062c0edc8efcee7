package id.simpul.sdk.spi.population;

import id.simpul.sdk.identity.Gender;
import id.simpul.sdk.identity.KkNumber;
import id.simpul.sdk.identity.Nik;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's values as the registry records them, answered by {@link PopulationRegistry#lookup}.
 * Personal data from top to bottom: {@link #toString()} shows the masked NIK only.
 *
 * @param nik        the NIK looked up
 * @param kkNumber   the family card the person is on
 * @param fullName   nama lengkap
 * @param birthPlace tempat lahir
 * @param birthDate  tanggal lahir
 * @param gender     jenis kelamin
 * @param motherName nama ibu kandung
 * @param address    alamat as recorded
 */
public record PersonRecord(Nik nik, KkNumber kkNumber, String fullName, String birthPlace, LocalDate birthDate,
                           Gender gender, String motherName, String address) {

    public PersonRecord {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(kkNumber, "kkNumber");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(birthPlace, "birthPlace");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(motherName, "motherName");
        Objects.requireNonNull(address, "address");
    }

    @Override
    public String toString() {
        return "PersonRecord[nik=" + nik.masked() + "]";
    }
}
