package id.simpul.sdk.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The national holidays and cuti bersama of one year, as set by that year's SKB of the Minister of
 * Religious Affairs, the Minister of Manpower and the Minister for Administrative Reform.
 *
 * <p>Read from a small UTF-8 text file named {@code holidays-YYYY.txt}:
 * <pre>
 * # comment
 * year = 2026
 * decree = Keputusan Bersama ... Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025
 * 2026-01-01 | libur        | Tahun Baru 2026 Masehi  | New Year's Day
 * 2026-02-16 | cuti-bersama | Cuti bersama Imlek      | Collective leave, Chinese New Year
 * 2025-08-18 | cuti-bersama | ...                     | ...  | decree of a later amendment
 * </pre>
 * One line per date: date, kind ({@code libur} or {@code cuti-bersama}), Indonesian name, English
 * name, and optionally the decree when it differs from the year's (an amendment). Every date must
 * lie in the year and appear once.
 */
public final class HolidayYear {

    private final int year;
    private final String decree;
    private final List<Holiday> holidays;
    private final String source;

    HolidayYear(int year, String decree, List<Holiday> holidays, String source) {
        this.year = year;
        this.decree = decree;
        this.holidays = holidays.stream().sorted(Comparator.comparing(Holiday::date)).toList();
        this.source = source;
    }

    /**
     * Reads a year file.
     *
     * @throws CalendarDataException naming the file, the line and what is wrong
     */
    public static HolidayYear read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        try {
            return parse(name, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            throw new CalendarDataException(e, "calendar.file.read", name);
        }
    }

    /**
     * Parses the lines of a year file; {@code source} names it in error messages.
     *
     * @throws CalendarDataException naming the source, the line and what is wrong
     */
    public static HolidayYear parse(String source, List<String> lines) {
        return HolidayFileReader.parse(source, lines);
    }

    public int year() {
        return year;
    }

    /** The decree that sets the year's days, as cited. */
    public String decree() {
        return decree;
    }

    /** All days of the year, by date. */
    public List<Holiday> holidays() {
        return holidays;
    }

    public Optional<Holiday> on(LocalDate date) {
        return holidays.stream().filter(h -> h.date().equals(date)).findFirst();
    }

    /** Where the data came from: a bundled resource or a file name. */
    public String source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HolidayYear y && year == y.year && decree.equals(y.decree) && holidays.equals(y.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, decree, holidays);
    }

    @Override
    public String toString() {
        return "HolidayYear[" + year + ", " + holidays.size() + " days, " + source + "]";
    }
}
