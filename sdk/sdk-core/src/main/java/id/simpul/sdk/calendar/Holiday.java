package id.simpul.sdk.calendar;

import id.simpul.sdk.catalogue.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One national holiday or cuti bersama day, with the decree that set it.
 *
 * @param date   the day
 * @param kind   holiday or cuti bersama
 * @param name   its name, e.g. {@code Idul Fitri 1447 Hijriah}
 * @param decree the decree, e.g. the yearly SKB of the three ministers, as cited
 */
public record Holiday(LocalDate date, HolidayKind kind, LocalizedText name, String decree) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(decree, "decree");
    }
}
