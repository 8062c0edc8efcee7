package id.simpul.sdk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The working days of every loaded year, precomputed so that adding working days is two array
 * reads: for each run of consecutive years, whether each day works, how many working days there
 * are up to it, and which date the k-th working day is.
 */
final class DayTable {

    private final Segment[] segments;
    private final SortedSet<Integer> years;

    private DayTable(Segment[] segments, SortedSet<Integer> years) {
        this.segments = segments;
        this.years = years;
    }

    /** Rules deciding a single day, applied while building. */
    interface DayRule {
        boolean isWorking(LocalDate date);
    }

    static DayTable build(SortedMap<Integer, HolidayYear> data, DayRule rule) {
        List<Segment> segments = new ArrayList<>();
        int runStart = Integer.MIN_VALUE;
        int previous = Integer.MIN_VALUE;
        for (int year : data.keySet()) {
            if (year != previous + 1) {
                if (previous != Integer.MIN_VALUE) {
                    segments.add(Segment.of(runStart, previous, rule));
                }
                runStart = year;
            }
            previous = year;
        }
        if (previous != Integer.MIN_VALUE) {
            segments.add(Segment.of(runStart, previous, rule));
        }
        return new DayTable(segments.toArray(new Segment[0]), Collections.unmodifiableSortedSet(
                new TreeSet<>(data.keySet())));
    }

    /** The default rule: weekdays work unless a holiday (or cuti bersama, if so chosen) or a regional day off. */
    static DayRule rule(Map<LocalDate, Holiday> holidays, Set<DayOfWeek> weekend, boolean cutiBersamaWorks,
                        Set<LocalDate> extraNonWorking, Set<LocalDate> extraWorking) {
        return date -> {
            if (extraWorking.contains(date)) {
                return true;
            }
            if (weekend.contains(date.getDayOfWeek()) || extraNonWorking.contains(date)) {
                return false;
            }
            Holiday h = holidays.get(date);
            return h == null || h.kind() == HolidayKind.CUTI_BERSAMA && cutiBersamaWorks;
        };
    }

    boolean isWorkingDay(LocalDate date) {
        long epochDay = date.toEpochDay();
        Segment s = segmentOf(epochDay, date.getYear());
        return s.working[(int) (epochDay - s.firstEpochDay)];
    }

    LocalDate plusWorkingDays(LocalDate date, long n) {
        long epochDay = date.toEpochDay();
        Segment s = segmentOf(epochDay, date.getYear());
        int i = (int) (epochDay - s.firstEpochDay);
        if (n == 0) {
            return date;
        }
        long rank = n > 0 ? s.cumulative[i] + n - 1 : s.cumulative[i] - (s.working[i] ? 1 : 0) + n;
        if (rank >= s.workingDates.length) {
            throw new CalendarYearNotAvailableException(s.lastYear + 1, years);
        }
        if (rank < 0) {
            throw new CalendarYearNotAvailableException(s.firstYear - 1, years);
        }
        return s.workingDates[(int) rank];
    }

    /** Working days in {@code (from, to]}; negative when {@code to} is before {@code from}. */
    int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        Segment s = segmentOf(a, from.getYear());
        if (b - s.firstEpochDay >= s.working.length) {
            segmentOf(b, to.getYear());
            throw new CalendarYearNotAvailableException(s.lastYear + 1, years);
        }
        return s.cumulative[(int) (b - s.firstEpochDay)] - s.cumulative[(int) (a - s.firstEpochDay)];
    }

    SortedSet<Integer> years() {
        return years;
    }

    private Segment segmentOf(long epochDay, int year) {
        for (Segment s : segments) {
            if (epochDay >= s.firstEpochDay && epochDay - s.firstEpochDay < s.working.length) {
                return s;
            }
        }
        throw new CalendarYearNotAvailableException(year, years);
    }

    private static final class Segment {
        final int firstYear;
        final int lastYear;
        final long firstEpochDay;
        final boolean[] working;
        final int[] cumulative;
        final LocalDate[] workingDates;

        private Segment(int firstYear, int lastYear, long firstEpochDay, boolean[] working, int[] cumulative,
                        LocalDate[] workingDates) {
            this.firstYear = firstYear;
            this.lastYear = lastYear;
            this.firstEpochDay = firstEpochDay;
            this.working = working;
            this.cumulative = cumulative;
            this.workingDates = workingDates;
        }

        static Segment of(int firstYear, int lastYear, DayRule rule) {
            LocalDate first = Year.of(firstYear).atDay(1);
            int days = (int) (Year.of(lastYear + 1).atDay(1).toEpochDay() - first.toEpochDay());
            boolean[] working = new boolean[days];
            int[] cumulative = new int[days];
            LocalDate[] workingDates = new LocalDate[days];
            int count = 0;
            for (int i = 0; i < days; i++) {
                LocalDate date = first.plusDays(i);
                working[i] = rule.isWorking(date);
                if (working[i]) {
                    workingDates[count++] = date;
                }
                cumulative[i] = count;
            }
            return new Segment(firstYear, lastYear, first.toEpochDay(), working, cumulative,
                    Arrays.copyOf(workingDates, count));
        }
    }
}
