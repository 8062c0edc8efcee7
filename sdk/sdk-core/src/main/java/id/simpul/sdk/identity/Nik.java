package id.simpul.sdk.identity;

import id.simpul.sdk.identity.internal.NumberCheck;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A well-formed NIK (Nomor Induk Kependudukan), the 16-digit population number
 * {@code PPKKCC DDMMYY SSSS}: the kecamatan of first registration, the birth date (women's day
 * plus 40) and a serial number 0001–9999. A {@code Nik} that exists passed every rule; whether a
 * person holds it is for Dukcapil to say.
 *
 * <p><b>Input.</b> Spaces, dots and dashes between digits are ignored, so {@code 6112 0141 9000 0001}
 * is accepted. Any other character is refused naming its position in the text as given
 * (counting from 1); a wrong number of digits is refused saying how many were given.
 *
 * <p><b>Century.</b> A NIK has a two-digit year. The birth date is read as the latest real date
 * with that day, month and year ending that is not after the <em>reference date</em> (by default
 * today in Indonesia's earliest time zone, WIT, see {@link IdentityNumbers}). So {@code 011226}
 * read on 22 November 2026 is 1 December 1926, never a date to come; someone over 100 reads 100
 * years too young, which the NIK alone cannot tell. The reading is fixed when the value is parsed.
 *
 * <p><b>Personal data.</b> {@link #toString()} and {@link #masked()} show the regency and the
 * serial only ({@code 6112********0001}); {@link #value()} gives the full number for the systems
 * that need it, never for logs. Two {@code Nik}s are equal when their 16 digits are.
 */
public final class Nik {

    private final String value;
    private final LocalDate birthDate;

    Nik(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Checks a NIK against {@link RegionRegistry#official()} and today (WIT); see {@link IdentityNumbers#standard()}. */
    public static NikValidation validate(String text) {
        return IdentityNumbers.standard().validateNik(text);
    }

    /**
     * Checks a NIK; the registry decides the {@link NikProblem#REGION_UNKNOWN} warning, the
     * reference date decides the century and what counts as the future.
     */
    public static NikValidation validate(String text, RegionRegistry registry, LocalDate referenceDate) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(referenceDate, "referenceDate");
        return new NikValidation(NumberCheck.run(text, true, registry, referenceDate));
    }

    /**
     * A NIK read relative to today (WIT). Whether its kecamatan still exists is not checked here;
     * use {@link #validate(String)} for that warning.
     *
     * @throws InvalidNikException saying precisely what is wrong, without repeating the number
     */
    public static Nik parse(String text) {
        return IdentityNumbers.standard().parseNik(text);
    }

    /**
     * A NIK read relative to a reference date.
     *
     * @throws InvalidNikException saying precisely what is wrong, without repeating the number
     */
    public static Nik parse(String text, LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        return new NikValidation(NumberCheck.run(text, true, null, referenceDate)).orElseThrow();
    }

    /**
     * The NIK made of its parts, e.g. for simulators and test data. The birth date is kept as
     * given; parsing the same digits reads the century by the rule above.
     *
     * @param kecamatan a kecamatan ({@link RegionLevel#DISTRICT}) code
     * @param serial    1–9999
     * @throws IllegalArgumentException when the code is not a kecamatan or the serial is out of range
     */
    public static Nik of(RegionCode kecamatan, Gender gender, LocalDate birthDate, int serial) {
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthDate, "birthDate");
        if (kecamatan.level() != RegionLevel.DISTRICT) {
            throw new IllegalArgumentException("a NIK starts with a kecamatan code, not a " + kecamatan.level());
        }
        if (serial < 1 || serial > 9999) {
            throw new IllegalArgumentException("a NIK serial is 1 to 9999");
        }
        int day = birthDate.getDayOfMonth() + (gender == Gender.FEMALE ? 40 : 0);
        String digits = kecamatan.compact() + String.format("%02d%02d%02d%04d", day, birthDate.getMonthValue(),
                birthDate.getYear() % 100, serial);
        return new Nik(digits, birthDate);
    }

    /** All 16 digits. Personal data: pass it to the systems that need it, never to a log. */
    public String value() {
        return value;
    }

    /** The kecamatan of first registration; it may no longer exist (see {@link NikProblem#REGION_UNKNOWN}). */
    public RegionCode region() {
        return RegionCode.parse(value.substring(0, 6));
    }

    public Gender gender() {
        return value.charAt(6) >= '4' ? Gender.FEMALE : Gender.MALE;
    }

    /** The birth date, its century decided by the reference date when parsed (see the class notes). */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** The serial number, 1–9999. */
    public int serial() {
        return Integer.parseInt(value.substring(12));
    }

    /** The first four and last four digits with the rest hidden, e.g. {@code 6112********0001}. */
    public String masked() {
        return value.substring(0, 4) + "********" + value.substring(12);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nik other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked form only: a NIK is personal data. */
    @Override
    public String toString() {
        return "Nik[" + masked() + "]";
    }
}
