package id.simpul.sdk.calendar;

import id.simpul.sdk.catalogue.LocalizedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which days public-service offices work (hari kerja), for counting service deadlines.
 *
 * <p>A day is a working day when it is not a weekend day (Saturday and Sunday by default), not a
 * national holiday, not a cuti bersama day (unless {@link Builder#cutiBersamaIsWorkingDay(boolean)}
 * says so) and not a regional day off; a regional extra working day (e.g. a Saturday that replaces a
 * bridge day) always works. Holiday data comes one file per year, each naming its decree; a date
 * in a year without data is refused with {@link CalendarYearNotAvailableException} rather than
 * guessed.
 *
 * <p><b>Cuti bersama default:</b> not a working day. The SKB asks offices serving the public to keep
 * duty rosters, but with most staff on leave a region should not be held to its SLA on those days
 * unless it decides so; a region that runs full counters sets {@code cutiBersamaIsWorkingDay(true)}.
 *
 * <p>Immutable and thread-safe; {@link #indonesia()} is built once.
 */
public final class WorkingCalendar {

    static final String BUNDLE = "id.simpul.sdk.calendar.messages";

    private static final Pattern FILE_NAME = Pattern.compile("holidays-(.*)\\.txt");

    private final SortedMap<Integer, HolidayYear> years;
    private final Map<LocalDate, Holiday> holidays;
    private final Set<DayOfWeek> weekend;
    private final boolean cutiBersamaWorks;
    private final Map<LocalDate, LocalizedText> extraNonWorking;
    private final Map<LocalDate, LocalizedText> extraWorking;
    private final ServiceHours serviceHours;
    private final DayTable table;
    private final WorkingTime time;

    private WorkingCalendar(Builder b) {
        this.years = Collections.unmodifiableSortedMap(new TreeMap<>(b.years));
        Map<LocalDate, Holiday> all = new HashMap<>();
        years.values().forEach(y -> y.holidays().forEach(h -> all.put(h.date(), h)));
        this.holidays = Map.copyOf(all);
        this.weekend = Collections.unmodifiableSet(EnumSet.copyOf(b.weekend));
        this.cutiBersamaWorks = b.cutiBersamaWorks;
        this.extraNonWorking = Map.copyOf(b.extraNonWorking);
        this.extraWorking = Map.copyOf(b.extraWorking);
        this.serviceHours = b.serviceHours;
        this.table = DayTable.build(years, DayTable.rule(holidays, weekend, cutiBersamaWorks,
                extraNonWorking.keySet(), extraWorking.keySet()));
        this.time = new WorkingTime(this);
    }

    /** Indonesia's national calendar from the bundled years, 08:00–16:00 WIB, cuti bersama off. */
    public static WorkingCalendar indonesia() {
        return Holder.INDONESIA;
    }

    /** A builder that starts from the bundled years and the defaults of {@link #indonesia()}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether offices work on the date.
     *
     * @throws CalendarYearNotAvailableException when the date's year has no holiday data
     */
    public boolean isWorkingDay(LocalDate date) {
        return table.isWorkingDay(Objects.requireNonNull(date, "date"));
    }

    /**
     * The working day {@code n} working days after {@code date} (before it when {@code n} is
     * negative). Day 0 is {@code date} itself, working or not: one working day after a Friday is the
     * next Monday that works, and one after a Saturday is the same Monday.
     *
     * @throws CalendarYearNotAvailableException when the count runs into a year without data
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        return table.plusWorkingDays(Objects.requireNonNull(date, "date"), n);
    }

    /** The first working day after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; negative when
     * {@code to} is before {@code from}. The inverse of {@link #plusWorkingDays}:
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return table.workingDaysBetween(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
    }

    /** Working time (inside service hours of working days) between two instants; zero if {@code to} is not later. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        return Duration.ofSeconds(time.secondsBetween(Objects.requireNonNull(from), Objects.requireNonNull(to)));
    }

    /** The instant an amount of working time after {@code from}; a budget that ends at closing ends there. */
    public Instant plusWorkingTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        return time.plus(Objects.requireNonNull(from), amount.getSeconds());
    }

    /** The national holiday or cuti bersama on the date, whether or not the calendar treats it as working. */
    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /** Why a region made the date a day off, when it did. */
    public Optional<LocalizedText> regionalDayOff(LocalDate date) {
        return Optional.ofNullable(extraNonWorking.get(date));
    }

    /** Why a region made the date a working day, when it did. */
    public Optional<LocalizedText> regionalWorkingDay(LocalDate date) {
        return Optional.ofNullable(extraWorking.get(date));
    }

    /** Years with holiday data. */
    public SortedSet<Integer> availableYears() {
        return table.years();
    }

    /** The data of a year, with its decree. */
    public Optional<HolidayYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    public ServiceHours serviceHours() {
        return serviceHours;
    }

    public boolean cutiBersamaIsWorkingDay() {
        return cutiBersamaWorks;
    }

    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    WorkingTime time() {
        return time;
    }

    /** A builder holding this calendar's settings, to derive a regional variant. */
    public Builder toBuilder() {
        Builder b = new Builder().withoutBundledYears();
        b.years.putAll(years);
        b.weekend = EnumSet.copyOf(weekend);
        b.cutiBersamaWorks = cutiBersamaWorks;
        b.extraNonWorking.putAll(extraNonWorking);
        b.extraWorking.putAll(extraWorking);
        b.serviceHours = serviceHours;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof WorkingCalendar c && years.equals(c.years) && weekend.equals(c.weekend)
                && cutiBersamaWorks == c.cutiBersamaWorks && extraNonWorking.equals(c.extraNonWorking)
                && extraWorking.equals(c.extraWorking) && serviceHours.equals(c.serviceHours);
    }

    @Override
    public int hashCode() {
        return Objects.hash(years, weekend, cutiBersamaWorks, extraNonWorking, extraWorking, serviceHours);
    }

    @Override
    public String toString() {
        return "WorkingCalendar[years=" + years.keySet() + ", " + serviceHours
                + (cutiBersamaWorks ? ", cuti bersama works" : "") + "]";
    }

    private static final class Holder {
        static final WorkingCalendar INDONESIA = builder().build();
    }

    /**
     * Builder for {@link WorkingCalendar}. Starts with the bundled years, Saturday and Sunday off,
     * cuti bersama off and 08:00–16:00 WIB.
     */
    public static final class Builder {
        private final SortedMap<Integer, HolidayYear> years = new TreeMap<>(BundledHolidays.years());
        private Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private boolean cutiBersamaWorks;
        private final Map<LocalDate, LocalizedText> extraNonWorking = new HashMap<>();
        private final Map<LocalDate, LocalizedText> extraWorking = new HashMap<>();
        private ServiceHours serviceHours = ServiceHours.standard(IndonesianTimeZone.WIB);

        private Builder() {
        }

        /** Drops the bundled years, e.g. to use only a deployer's files. */
        public Builder withoutBundledYears() {
            years.clear();
            return this;
        }

        /** Adds a year, replacing any year already present (a deployer's file corrects a bundled one). */
        public Builder year(HolidayYear year) {
            years.put(year.year(), Objects.requireNonNull(year, "year"));
            return this;
        }

        /**
         * Reads every {@code holidays-YYYY.txt} in a directory, replacing bundled years with the same
         * number. Other files are ignored. Nothing is added unless every file reads cleanly.
         *
         * @throws CalendarDataException naming the directory, file and line that is wrong
         */
        public Builder loadYearsFrom(Path directory) {
            Objects.requireNonNull(directory, "directory");
            if (!Files.isDirectory(directory)) {
                throw new CalendarDataException("calendar.directory.missing", directory.toString());
            }
            List<HolidayYear> read = new ArrayList<>();
            for (Path file : listYearFiles(directory)) {
                String name = file.getFileName().toString();
                Matcher m = FILE_NAME.matcher(name);
                m.matches();
                HolidayYear y = HolidayYear.read(file);
                if (!m.group(1).equals(String.valueOf(y.year()))) {
                    throw new CalendarDataException("calendar.file.name-year", name, String.valueOf(y.year()));
                }
                read.add(y);
            }
            read.forEach(this::year);
            return this;
        }

        private static List<Path> listYearFiles(Path directory) {
            try (Stream<Path> files = Files.list(directory)) {
                return files.filter(f -> FILE_NAME.matcher(f.getFileName().toString()).matches())
                        .filter(Files::isRegularFile).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                throw new CalendarDataException(e, "calendar.directory.read", directory.toString());
            }
        }

        /** The days of the week offices never work, unless made an extra working day. */
        public Builder weekend(DayOfWeek... days) {
            this.weekend = days.length == 0 ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(List.of(days));
            return this;
        }

        /** Whether cuti bersama days count as working days for service deadlines (default {@code false}). */
        public Builder cutiBersamaIsWorkingDay(boolean works) {
            this.cutiBersamaWorks = works;
            return this;
        }

        /** A regional day off, e.g. the regency's anniversary set by the Bupati. */
        public Builder extraNonWorkingDay(LocalDate date, LocalizedText reason) {
            extraNonWorking.put(Objects.requireNonNull(date, "date"), Objects.requireNonNull(reason, "reason"));
            return this;
        }

        /** A regional extra working day, e.g. a Saturday that replaces a bridge day off. */
        public Builder extraWorkingDay(LocalDate date, LocalizedText reason) {
            extraWorking.put(Objects.requireNonNull(date, "date"), Objects.requireNonNull(reason, "reason"));
            return this;
        }

        public Builder serviceHours(ServiceHours hours) {
            this.serviceHours = Objects.requireNonNull(hours, "hours");
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @throws CalendarDataException when a date is both a regional day off and a regional working day
         */
        public WorkingCalendar build() {
            for (LocalDate d : extraWorking.keySet()) {
                if (extraNonWorking.containsKey(d)) {
                    throw new CalendarDataException("calendar.override.conflict", d.toString());
                }
            }
            return new WorkingCalendar(this);
        }
    }
}
