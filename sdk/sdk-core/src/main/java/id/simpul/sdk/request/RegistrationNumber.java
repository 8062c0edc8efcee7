package id.simpul.sdk.request;

import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.request.internal.Damm;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The number a citizen gets on the receipt (nomor registrasi) and reads out at any counter:
 * {@code RRRR-YYMMDD-NNNNNN-C}, e.g. {@code 6112-260415-000123-4}.
 * <ul>
 *   <li>{@code RRRR}: the filing regency's Kemendagri code without the dot (61.12 Kubu Raya), so
 *   numbers are unique across regencies without coordination;</li>
 *   <li>{@code YYMMDD}: the filing date (years 2000–2099);</li>
 *   <li>{@code NNNNNN}: the regency's sequence of that day, 1 to 999999, handed in by the caller
 *   (keeping the counter is the persistence layer's job);</li>
 *   <li>{@code C}: a Damm check digit over the 16 digits before it, which catches every mistyped
 *   digit and every swap of two neighbouring digits.</li>
 * </ul>
 * {@link #parse} accepts the number with or without hyphens and spaces.
 */
public final class RegistrationNumber implements Comparable<RegistrationNumber> {

    private static final int MAX_SEQUENCE = 999_999;

    private final String digits;

    private RegistrationNumber(String digits) {
        this.digits = digits;
    }

    /**
     * The number of the {@code sequence}-th request filed in a regency on a date.
     *
     * @param region   the filing regency, or any region inside it
     * @param date     the filing date, in 2000–2099
     * @param sequence 1 to 999999
     */
    public static RegistrationNumber of(RegionCode region, LocalDate date, int sequence) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(date, "date");
        if (region.level() == RegionLevel.PROVINCE) {
            throw new InvalidRequestException("registration.region", region.value());
        }
        if (date.getYear() < 2000 || date.getYear() > 2099) {
            throw new InvalidRequestException("registration.year", String.valueOf(date.getYear()));
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new InvalidRequestException("registration.sequence", String.valueOf(sequence));
        }
        String body = region.truncate(RegionLevel.REGENCY).compact()
                + String.format("%02d%02d%02d%06d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth(),
                sequence);
        return new RegistrationNumber(body + Damm.checkDigit(body));
    }

    /**
     * Reads a number as printed or typed.
     *
     * @throws InvalidRegistrationNumberException saying whether the shape, the regency, the date or
     *                                            the check digit is wrong
     */
    public static RegistrationNumber parse(String text) {
        String shown = text == null ? "" : text.strip();
        String digits = shown.replace("-", "").replace(" ", "");
        if (digits.length() != 17 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidRegistrationNumberException("registration.shape", excerpt(shown));
        }
        if (!Damm.isValid(digits)) {
            throw new InvalidRegistrationNumberException("registration.check-digit", excerpt(shown));
        }
        if (RegionCode.tryParse(digits.substring(0, 4)).isEmpty()) {
            throw new InvalidRegistrationNumberException("registration.parse.region", excerpt(shown));
        }
        try {
            dateOf(digits);
        } catch (DateTimeException e) {
            throw new InvalidRegistrationNumberException("registration.parse.date", excerpt(shown));
        }
        if (Integer.parseInt(digits.substring(10, 16)) == 0) {
            throw new InvalidRegistrationNumberException("registration.parse.sequence", excerpt(shown));
        }
        return new RegistrationNumber(digits);
    }

    private static String excerpt(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "\u2026";
    }

    private static LocalDate dateOf(String digits) {
        return LocalDate.of(2000 + Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)),
                Integer.parseInt(digits.substring(8, 10)));
    }

    /** The filing regency, e.g. {@code 61.12}. */
    public RegionCode regency() {
        return RegionCode.parse(digits.substring(0, 4));
    }

    public LocalDate date() {
        return dateOf(digits);
    }

    public int sequence() {
        return Integer.parseInt(digits.substring(10, 16));
    }

    public int checkDigit() {
        return digits.charAt(16) - '0';
    }

    /** The 17 digits without separators. */
    public String digits() {
        return digits;
    }

    /** The printed form, {@code RRRR-YYMMDD-NNNNNN-C}. */
    public String value() {
        return digits.substring(0, 4) + '-' + digits.substring(4, 10) + '-' + digits.substring(10, 16) + '-'
                + digits.charAt(16);
    }

    @Override
    public int compareTo(RegistrationNumber o) {
        return digits.compareTo(o.digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegistrationNumber r && digits.equals(r.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return value();
    }
}
