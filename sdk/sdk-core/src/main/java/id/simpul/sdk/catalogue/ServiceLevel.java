package id.simpul.sdk.catalogue;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The promised completion time of a service (jangka waktu penyelesaian): a number of working days,
 * a number of working hours, or instant. How working time is counted is the business of
 * {@code id.simpul.sdk.calendar.SlaClock}.
 *
 * @param unit   what is counted
 * @param amount how many; 0 exactly when the unit is {@link Unit#INSTANT}
 */
public record ServiceLevel(Unit unit, int amount) {

    private static final Pattern TEXT = Pattern.compile(
            "(\\d{1,4})\\s*(hari kerja|working days?|jam kerja|working hours?)");

    /** What a service level counts. */
    public enum Unit {
        /** Hari kerja. */
        WORKING_DAYS,
        /** Jam kerja, within service hours. */
        WORKING_HOURS,
        /** Seketika: done while the citizen waits or by the system at once. */
        INSTANT
    }

    public ServiceLevel {
        Objects.requireNonNull(unit, "unit");
        if (unit == Unit.INSTANT ? amount != 0 : amount < 1) {
            throw new InvalidCatalogueException("service-level.amount", unit.name(), amount);
        }
    }

    public static ServiceLevel workingDays(int days) {
        return new ServiceLevel(Unit.WORKING_DAYS, days);
    }

    public static ServiceLevel workingHours(int hours) {
        return new ServiceLevel(Unit.WORKING_HOURS, hours);
    }

    public static ServiceLevel instant() {
        return new ServiceLevel(Unit.INSTANT, 0);
    }

    /**
     * Reads the form used in configuration files: {@code instant} / {@code seketika},
     * {@code 5 hari kerja} / {@code 5 working days}, {@code 3 jam kerja} / {@code 3 working hours}.
     */
    public static ServiceLevel parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("instant") || t.equals("seketika")) {
            return instant();
        }
        Matcher m = TEXT.matcher(t);
        if (!m.matches()) {
            throw new InvalidCatalogueException("service-level.text", text == null ? "" : text);
        }
        int n = Integer.parseInt(m.group(1));
        return m.group(2).contains("hari") || m.group(2).contains("day") ? workingDays(n) : workingHours(n);
    }

    /** How a citizen reads it, e.g. {@code 5 hari kerja} or {@code 5 working days}. */
    public String describe(Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        return switch (unit) {
            case INSTANT -> en ? "instant" : "seketika";
            case WORKING_DAYS -> amount + (en ? (amount == 1 ? " working day" : " working days") : " hari kerja");
            case WORKING_HOURS -> amount + (en ? (amount == 1 ? " working hour" : " working hours") : " jam kerja");
        };
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
