package id.simpul.sdk.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Arithmetic on working time: the seconds inside service hours of working days. Instants are
 * taken to the second.
 */
final class WorkingTime {

    private final WorkingCalendar calendar;
    private final int open;
    private final int close;

    WorkingTime(WorkingCalendar calendar) {
        this.calendar = calendar;
        this.open = calendar.serviceHours().opens().toSecondOfDay();
        this.close = calendar.serviceHours().closes().toSecondOfDay();
    }

    /** Working seconds in {@code [from, to]}; zero when {@code to} is not after {@code from}. */
    long secondsBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        ZonedDateTime a = local(from);
        ZonedDateTime b = local(to);
        LocalDate da = a.toLocalDate();
        LocalDate db = b.toLocalDate();
        int ta = a.toLocalTime().toSecondOfDay();
        int tb = b.toLocalTime().toSecondOfDay();
        if (da.equals(db)) {
            return overlap(da, ta, tb);
        }
        long fullDays = calendar.workingDaysBetween(da, db) - (calendar.isWorkingDay(db) ? 1 : 0);
        return overlap(da, ta, 86_400) + fullDays * (close - open) + overlap(db, 0, tb);
    }

    /** The instant {@code seconds} of working time after {@code from}; a budget that ends at closing ends there. */
    Instant plus(Instant from, long seconds) {
        if (seconds <= 0) {
            return from;
        }
        ZonedDateTime t = local(from);
        LocalDate day = t.toLocalDate();
        int time = t.toLocalTime().toSecondOfDay();
        long left = seconds;
        if (calendar.isWorkingDay(day) && time < close) {
            int start = Math.max(time, open);
            if (left <= close - start) {
                return at(day, start + left);
            }
            left -= close - start;
        }
        int perDay = close - open;
        long fullDays = (left - 1) / perDay;
        long rest = left - fullDays * perDay;
        return at(calendar.plusWorkingDays(day, Math.toIntExact(fullDays + 1)), open + rest);
    }

    /**
     * Day 0 of a working-day count: the filing date when filed on a working day before closing,
     * otherwise the next working day.
     */
    LocalDate receiptDay(Instant filed) {
        ZonedDateTime t = local(filed);
        LocalDate day = t.toLocalDate();
        return calendar.isWorkingDay(day) && t.toLocalTime().toSecondOfDay() < close
                ? day : calendar.plusWorkingDays(day, 1);
    }

    /** Closing time on the given date. */
    Instant closing(LocalDate day) {
        return at(day, close);
    }

    /** Closing time of the day an instant falls on. */
    Instant closingOfDay(Instant t) {
        return closing(local(t).toLocalDate());
    }

    private long overlap(LocalDate day, int from, int to) {
        if (!calendar.isWorkingDay(day)) {
            return 0;
        }
        return Math.max(0, Math.min(to, close) - Math.max(from, open));
    }

    private ZonedDateTime local(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).atZone(calendar.serviceHours().zone());
    }

    private Instant at(LocalDate day, long secondOfDay) {
        return day.atStartOfDay(calendar.serviceHours().zone()).plusSeconds(secondOfDay).toInstant();
    }
}
