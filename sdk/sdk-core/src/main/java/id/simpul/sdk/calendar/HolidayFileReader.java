package id.simpul.sdk.calendar;

import id.simpul.sdk.catalogue.LocalizedText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the {@code holidays-YYYY.txt} format described on {@link HolidayYear}. */
final class HolidayFileReader {

    private final String source;
    private Integer year;
    private String decree;
    private final List<String[]> entries = new ArrayList<>();
    private final List<Integer> entryLines = new ArrayList<>();

    private HolidayFileReader(String source) {
        this.source = source;
    }

    static HolidayYear parse(String source, List<String> lines) {
        HolidayFileReader r = new HolidayFileReader(source);
        for (int i = 0; i < lines.size(); i++) {
            r.line(i + 1, lines.get(i));
        }
        return r.finish();
    }

    private void line(int number, String raw) {
        String text = raw.strip();
        if (number == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty() || text.startsWith("#")) {
            return;
        }
        if (text.indexOf('|') >= 0) {
            entries.add(text.split("\\|", -1));
            entryLines.add(number);
            return;
        }
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw error("calendar.file.line.shape", number);
        }
        header(number, text.substring(0, eq).strip(), text.substring(eq + 1).strip());
    }

    private void header(int number, String key, String value) {
        switch (key) {
            case "year" -> {
                if (year != null) {
                    throw error("calendar.file.header.duplicate", number, key);
                }
                if (!value.matches("\\d{4}")) {
                    throw error("calendar.file.year.invalid", number, value);
                }
                year = Integer.parseInt(value);
            }
            case "decree" -> {
                if (decree != null) {
                    throw error("calendar.file.header.duplicate", number, key);
                }
                decree = value;
            }
            default -> throw error("calendar.file.header.unknown", number, key);
        }
    }

    private HolidayYear finish() {
        if (year == null) {
            throw new CalendarDataException("calendar.file.year.missing", source);
        }
        if (decree == null || decree.isBlank()) {
            throw new CalendarDataException("calendar.file.decree.missing", source);
        }
        if (entries.isEmpty()) {
            throw new CalendarDataException("calendar.file.no-entries", source);
        }
        List<Holiday> holidays = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Holiday h = entry(entryLines.get(i), entries.get(i));
            if (!seen.add(h.date())) {
                throw error("calendar.file.date.duplicate", entryLines.get(i), h.date().toString());
            }
            holidays.add(h);
        }
        return new HolidayYear(year, decree, holidays, source);
    }

    private Holiday entry(int number, String[] parts) {
        if (parts.length < 4 || parts.length > 5) {
            throw error("calendar.file.line.shape", number);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(parts[0].strip());
        } catch (DateTimeParseException e) {
            throw error("calendar.file.date", number, parts[0].strip());
        }
        if (date.getYear() != year) {
            throw error("calendar.file.date.other-year", number, date.toString(), String.valueOf(year));
        }
        HolidayKind kind = HolidayKind.fromFileName(parts[1])
                .orElseThrow(() -> error("calendar.file.kind", number, parts[1].strip()));
        if (parts[2].isBlank()) {
            throw error("calendar.file.name.blank", number);
        }
        String entryDecree = parts.length == 5 && !parts[4].isBlank() ? parts[4].strip() : decree;
        return new Holiday(date, kind, LocalizedText.of(parts[2], parts[3]), entryDecree);
    }

    private CalendarDataException error(String key, int line, Object... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = source;
        args[1] = String.valueOf(line);
        System.arraycopy(more, 0, args, 2, more.length);
        return new CalendarDataException(key, args);
    }
}
