package id.simpul.sdk.identity.internal;

import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionRegistry;
import java.time.LocalDate;

/**
 * The checks a NIK and a KK number share: 16 digits {@code PPKKCC DDMMYY SSSS}, a well-formed
 * kecamatan code, a real date in the middle, a serial other than 0000. A NIK adds 40 to the day
 * for women; a KK does not. Written for speed (no regular expressions, one pass, no allocation
 * on the usual path beyond the result) because portals validate on every keystroke and import.
 */
public final class NumberCheck {

    /** What can be wrong; each public problem enum maps onto these. */
    public enum Finding {
        EMPTY, NOT_A_DIGIT, WRONG_LENGTH, PROVINCE_INVALID, REGENCY_INVALID, DISTRICT_INVALID, DAY_INVALID,
        MONTH_INVALID, NO_SUCH_DATE, DATE_AFTER_REFERENCE, SERIAL_ZERO, REGION_UNKNOWN;

        public int bit() {
            return 1 << ordinal();
        }
    }

    /** Every finding except {@link Finding#REGION_UNKNOWN}, which is only a warning. */
    public static final int ERRORS = ~Finding.REGION_UNKNOWN.bit();

    public static final int LENGTH = 16;

    private final String digits;
    private final int findings;
    private final int detail;
    private final LocalDate date;

    private NumberCheck(String digits, int findings, int detail, LocalDate date) {
        this.digits = digits;
        this.findings = findings;
        this.detail = detail;
        this.date = date;
    }

    /**
     * Checks a number.
     *
     * @param womenAddForty whether the day may be 41–71 (NIK) or only 01–31 (KK)
     * @param registry      where to look the kecamatan up; null to skip that (no warning then)
     */
    public static NumberCheck run(String text, boolean womenAddForty, RegionRegistry registry, LocalDate reference) {
        if (text != null && isSixteenDigits(text)) {
            return checkFields(text, womenAddForty, registry, reference);
        }
        if (text == null || text.isBlank()) {
            return new NumberCheck(null, Finding.EMPTY.bit(), 0, null);
        }
        StringBuilder kept = new StringBuilder(LENGTH);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                kept.append(c);
            } else if (!isSeparator(c)) {
                return new NumberCheck(null, Finding.NOT_A_DIGIT.bit(), i + 1, null);
            }
        }
        if (kept.length() != LENGTH) {
            return new NumberCheck(null, Finding.WRONG_LENGTH.bit(), kept.length(), null);
        }
        return checkFields(kept.toString(), womenAddForty, registry, reference);
    }

    private static NumberCheck checkFields(String d, boolean womenAddForty, RegionRegistry registry,
                                           LocalDate reference) {
        int findings = regionFindings(d);
        int rawDay = two(d, 6);
        int day = womenAddForty && rawDay > 40 ? rawDay - 40 : rawDay;
        int month = two(d, 8);
        boolean dayOk = day >= 1 && day <= 31;
        if (!dayOk) {
            findings |= Finding.DAY_INVALID.bit();
        }
        if (month < 1 || month > 12) {
            findings |= Finding.MONTH_INVALID.bit();
        }
        LocalDate date = null;
        if (dayOk && month >= 1 && month <= 12) {
            int year = TwoDigitYear.resolve(day, month, two(d, 10), reference);
            if (year == TwoDigitYear.NO_SUCH_DATE) {
                findings |= Finding.NO_SUCH_DATE.bit();
            } else if (year == TwoDigitYear.AFTER_REFERENCE) {
                findings |= Finding.DATE_AFTER_REFERENCE.bit();
            } else {
                date = LocalDate.of(year, month, day);
            }
        }
        if (d.startsWith("0000", 12)) {
            findings |= Finding.SERIAL_ZERO.bit();
        }
        if ((findings & regionBits()) == 0 && registry != null
                && !registry.contains(kecamatan(d))) {
            findings |= Finding.REGION_UNKNOWN.bit();
        }
        return new NumberCheck(d, findings, 0, date);
    }

    /** The kecamatan code built in its dotted form directly: the cheapest way to a RegionCode. */
    private static RegionCode kecamatan(String d) {
        char[] dotted = {d.charAt(0), d.charAt(1), '.', d.charAt(2), d.charAt(3), '.', d.charAt(4), d.charAt(5)};
        return RegionCode.parse(new String(dotted));
    }

    private static int regionFindings(String d) {
        int findings = 0;
        if (two(d, 0) < 11) {
            findings |= Finding.PROVINCE_INVALID.bit();
        }
        int regency = two(d, 2);
        if (regency == 0 || regency == 70) {
            findings |= Finding.REGENCY_INVALID.bit();
        }
        if (two(d, 4) == 0) {
            findings |= Finding.DISTRICT_INVALID.bit();
        }
        return findings;
    }

    private static int regionBits() {
        return Finding.PROVINCE_INVALID.bit() | Finding.REGENCY_INVALID.bit() | Finding.DISTRICT_INVALID.bit();
    }

    private static boolean isSixteenDigits(String text) {
        if (text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Spaces, dots and dashes people type or paste between groups of digits. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int two(String s, int at) {
        return (s.charAt(at) - '0') * 10 + (s.charAt(at + 1) - '0');
    }

    /** The 16 digits without separators; null when the text did not hold exactly 16 digits. */
    public String digits() {
        return digits;
    }

    /** Bit set of {@link Finding#bit()}s. */
    public int findings() {
        return findings;
    }

    public boolean has(Finding finding) {
        return (findings & finding.bit()) != 0;
    }

    /** Position of the first offending character (from 1) or the number of digits given. */
    public int detail() {
        return detail;
    }

    /** The date in the middle, when it is a real date not after the reference date. */
    public LocalDate date() {
        return date;
    }

    public boolean isValid() {
        return (findings & ERRORS) == 0;
    }
}
