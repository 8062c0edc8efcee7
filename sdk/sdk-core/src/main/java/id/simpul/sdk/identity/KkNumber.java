package id.simpul.sdk.identity;

import id.simpul.sdk.identity.internal.NumberCheck;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A well-formed KK number (nomor Kartu Keluarga), the 16-digit family card number
 * {@code PPKKCC DDMMYY SSSS}: the kecamatan where the card was issued, the registration date
 * (no +40, unlike a {@link Nik}) and a serial number 0001–9999.
 *
 * <p>Same rules as {@link Nik} for input (spaces, dots and dashes between digits ignored), for the
 * century of the date (latest reading not after the reference date) and for personal data:
 * {@link #toString()} and {@link #masked()} never show the whole number. Two {@code KkNumber}s
 * are equal when their 16 digits are.
 */
public final class KkNumber {

    private final String value;
    private final LocalDate registrationDate;

    KkNumber(String value, LocalDate registrationDate) {
        this.value = value;
        this.registrationDate = registrationDate;
    }

    /** Checks a KK number against {@link RegionRegistry#official()} and today (WIT). */
    public static KkValidation validate(String text) {
        return IdentityNumbers.standard().validateKk(text);
    }

    /** Checks a KK number against a registry (for the unknown-kecamatan warning) and a reference date. */
    public static KkValidation validate(String text, RegionRegistry registry, LocalDate referenceDate) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(referenceDate, "referenceDate");
        return new KkValidation(NumberCheck.run(text, false, registry, referenceDate));
    }

    /**
     * A KK number read relative to today (WIT).
     *
     * @throws InvalidKkNumberException saying precisely what is wrong, without repeating the number
     */
    public static KkNumber parse(String text) {
        return IdentityNumbers.standard().parseKk(text);
    }

    /**
     * A KK number read relative to a reference date.
     *
     * @throws InvalidKkNumberException saying precisely what is wrong, without repeating the number
     */
    public static KkNumber parse(String text, LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        return new KkValidation(NumberCheck.run(text, false, null, referenceDate)).orElseThrow();
    }

    /**
     * The KK number made of its parts, e.g. for simulators and test data.
     *
     * @param kecamatan a kecamatan ({@link RegionLevel#DISTRICT}) code
     * @param serial    1–9999
     * @throws IllegalArgumentException when the code is not a kecamatan or the serial is out of range
     */
    public static KkNumber of(RegionCode kecamatan, LocalDate registrationDate, int serial) {
        Objects.requireNonNull(registrationDate, "registrationDate");
        if (kecamatan.level() != RegionLevel.DISTRICT) {
            throw new IllegalArgumentException("a KK number starts with a kecamatan code, not a " + kecamatan.level());
        }
        if (serial < 1 || serial > 9999) {
            throw new IllegalArgumentException("a KK number serial is 1 to 9999");
        }
        String digits = kecamatan.compact() + String.format("%02d%02d%02d%04d", registrationDate.getDayOfMonth(),
                registrationDate.getMonthValue(), registrationDate.getYear() % 100, serial);
        return new KkNumber(digits, registrationDate);
    }

    /** All 16 digits. Personal data: pass it to the systems that need it, never to a log. */
    public String value() {
        return value;
    }

    /** The kecamatan where the card was issued; it may no longer exist (see {@link KkProblem#REGION_UNKNOWN}). */
    public RegionCode region() {
        return RegionCode.parse(value.substring(0, 6));
    }

    /** The registration date, its century decided by the reference date when parsed. */
    public LocalDate registrationDate() {
        return registrationDate;
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
        return o instanceof KkNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked form only: a KK number is personal data. */
    @Override
    public String toString() {
        return "KkNumber[" + masked() + "]";
    }
}
