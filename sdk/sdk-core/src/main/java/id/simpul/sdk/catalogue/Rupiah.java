package id.simpul.sdk.catalogue;

import java.util.regex.Pattern;

/**
 * An exact amount of Indonesian rupiah. Whole rupiah in a {@code long}: fees, retributions and PNBP
 * are set in whole rupiah, and floating point has no place in money.
 *
 * @param amount the amount in rupiah; negative for refunds and corrections
 */
public record Rupiah(long amount) implements Comparable<Rupiah> {

    public static final Rupiah ZERO = new Rupiah(0);

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})*");
    private static final Pattern PLAIN = Pattern.compile("\\d{1,18}");

    public static Rupiah of(long amount) {
        return amount == 0 ? ZERO : new Rupiah(amount);
    }

    /**
     * Reads an amount as Indonesians write it: {@code Rp30.000}, {@code Rp 30.000,-},
     * {@code Rp30.000,00}, {@code 30000}; a leading minus for negative amounts.
     */
    public static Rupiah parse(String text) {
        String t = text == null ? "" : text.strip();
        boolean negative = t.startsWith("-");
        String s = negative ? t.substring(1).strip() : t;
        if (s.regionMatches(true, 0, "Rp", 0, 2)) {
            s = s.substring(2).strip();
        }
        if (s.endsWith(",-")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith(",00")) {
            s = s.substring(0, s.length() - 3);
        }
        if (!(GROUPED.matcher(s).matches() || PLAIN.matcher(s).matches())) {
            throw new InvalidCatalogueException("rupiah.text", t);
        }
        try {
            long value = Long.parseLong(s.replace(".", ""));
            return of(negative ? -value : value);
        } catch (NumberFormatException e) {
            throw new InvalidCatalogueException("rupiah.text", t);
        }
    }

    public Rupiah plus(Rupiah other) {
        return of(Math.addExact(amount, other.amount));
    }

    public Rupiah minus(Rupiah other) {
        return of(Math.subtractExact(amount, other.amount));
    }

    public Rupiah times(long factor) {
        return of(Math.multiplyExact(amount, factor));
    }

    public boolean isZero() {
        return amount == 0;
    }

    public boolean isNegative() {
        return amount < 0;
    }

    /** Indonesian style: {@code Rp30.000}, {@code Rp0}, {@code -Rp5.000}. */
    public String format() {
        String digits = Long.toString(Math.abs(amount));
        if (amount == Long.MIN_VALUE) {
            digits = "9223372036854775808";
        }
        StringBuilder out = new StringBuilder(amount < 0 ? "-Rp" : "Rp");
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return out.toString();
    }

    @Override
    public int compareTo(Rupiah o) {
        return Long.compare(amount, o.amount);
    }

    @Override
    public String toString() {
        return format();
    }
}
