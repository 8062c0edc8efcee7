package id.simpul.sdk.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The holiday years shipped inside the SDK, listed in {@code holidays.index} next to them. */
final class BundledHolidays {

    private static final SortedMap<Integer, HolidayYear> YEARS = load();

    private BundledHolidays() {
    }

    static SortedMap<Integer, HolidayYear> years() {
        return YEARS;
    }

    private static SortedMap<Integer, HolidayYear> load() {
        TreeMap<Integer, HolidayYear> years = new TreeMap<>();
        for (String name : lines("holidays.index")) {
            HolidayYear y = HolidayYear.parse(name, lines(name));
            years.put(y.year(), y);
        }
        return Collections.unmodifiableSortedMap(years);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = BundledHolidays.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("SDK resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !resource.endsWith(".index") || !l.isBlank() && !l.startsWith("#"))
                    .map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
