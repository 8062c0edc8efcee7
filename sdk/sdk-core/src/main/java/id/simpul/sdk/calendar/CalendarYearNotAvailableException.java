package id.simpul.sdk.calendar;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A date falls in a year for which the calendar has no holiday data. Counting working days there
 * would silently ignore that year's holidays, so the calendar refuses. Add the year's file (same
 * format, named {@code holidays-YYYY.txt}) to the directory given to
 * {@link WorkingCalendar.Builder#loadYearsFrom(java.nio.file.Path)}; no rebuild is needed.
 */
public final class CalendarYearNotAvailableException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    private final int year;

    CalendarYearNotAvailableException(int year, Collection<Integer> available) {
        super("calendar.year.not-available", LocalizedMessage.of(WorkingCalendar.BUNDLE, "calendar.year.not-available",
                String.valueOf(year), available.isEmpty() ? "-"
                        : available.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "))));
        this.year = year;
    }

    /** The year without data. */
    public int year() {
        return year;
    }
}
