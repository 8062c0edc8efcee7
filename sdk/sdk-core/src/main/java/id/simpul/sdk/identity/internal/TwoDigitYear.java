package id.simpul.sdk.identity.internal;

import java.time.LocalDate;

/**
 * Decides the century of a {@code DDMMYY} date printed in a NIK or KK number. The rule: the date
 * is the <em>latest</em> real calendar date with that day, month and two-digit year that is not
 * after the reference date. A number never carries a date from the future, and a person of 99
 * is far more common than one of 199, so this reading is right for everyone under 100 years old.
 */
public final class TwoDigitYear {

    /** No year ending in these two digits has that day in that month (31 April, 29 February 2023). */
    public static final int NO_SUCH_DATE = -1;
    /** The only real reading is after the reference date (29-02-00 read on 10 February 2000). */
    public static final int AFTER_REFERENCE = -2;

    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private TwoDigitYear() {
    }

    /**
     * The four-digit year, or {@link #NO_SUCH_DATE} or {@link #AFTER_REFERENCE}.
     *
     * @param day   1–31
     * @param month 1–12
     * @param yy    0–99
     */
    public static int resolve(int day, int month, int yy, LocalDate reference) {
        int refYear = reference.getYear();
        int latest = refYear - Math.floorMod(refYear - yy, 100);
        boolean sawLater = false;
        for (int year = latest; year >= latest - 100; year -= 100) {
            if (day <= daysIn(month, year)) {
                if (!isAfter(year, month, day, reference)) {
                    return year;
                }
                sawLater = true;
            }
        }
        return sawLater ? AFTER_REFERENCE : NO_SUCH_DATE;
    }

    private static int daysIn(int month, int year) {
        if (month != 2) {
            return DAYS_IN_MONTH[month - 1];
        }
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
    }

    private static boolean isAfter(int year, int month, int day, LocalDate reference) {
        if (year != reference.getYear()) {
            return year > reference.getYear();
        }
        if (month != reference.getMonthValue()) {
            return month > reference.getMonthValue();
        }
        return day > reference.getDayOfMonth();
    }
}
