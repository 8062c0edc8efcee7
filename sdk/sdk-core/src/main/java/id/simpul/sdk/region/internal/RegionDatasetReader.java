package id.simpul.sdk.region.internal;

import id.simpul.sdk.region.InvalidRegionException;
import id.simpul.sdk.region.RegionLevel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the region text format written by the dataset converter: comment lines start with
 * {@code #} ({@code # counts: P R D V} is checked when present), then one {@code <code> <name>}
 * line per region in code order, where {@code PP}, {@code PP.KK} and {@code PP.KK.CC} are full
 * codes and a four-digit {@code NNNN} is a village of the kecamatan line above it.
 *
 * <p>Works on the raw UTF-8 bytes, without a string per line, because the load runs once in a
 * cold JVM where every instruction counts. Each new code segment is checked with the same rules
 * as {@code RegionCode.parse}, and anything unexpected is refused with its line number: a
 * half-read dataset is never served.
 */
final class RegionDatasetReader {

    private static final byte[] COUNTS = "# counts:".getBytes(StandardCharsets.US_ASCII);

    private final byte[] data;
    private final String source;
    private int line;

    private RegionDatasetReader(byte[] data, String source) {
        this.data = data;
        this.source = source;
    }

    static CompactRegionRegistry read(InputStream in, String source) {
        byte[] data;
        try {
            data = in.readAllBytes();
        } catch (IOException e) {
            throw RegionDatasetException.unreadable(source, e);
        }
        return new RegionDatasetReader(data, source).read();
    }

    private CompactRegionRegistry read() {
        int[] expected = null;
        CompactRegionRegistry.Builder builder = null;
        int start = 0;
        while (start < data.length) {
            line++;
            int end = endOfLine(start);
            int stop = end > start && data[end - 1] == '\r' ? end - 1 : end;
            if (startsWith(start, COUNTS)) {
                expected = counts(start + COUNTS.length, stop);
            } else if (stop > start && data[start] != '#') {
                if (builder == null) {
                    builder = new CompactRegionRegistry.Builder(expected == null ? new int[4] : expected);
                }
                region(builder, start, stop);
            }
            start = end + 1;
        }
        if (builder == null) {
            throw corrupt("the file holds no regions");
        }
        CompactRegionRegistry registry = builder.build();
        checkCounts(registry, expected);
        return registry;
    }

    private int endOfLine(int from) {
        int i = from;
        while (i < data.length && data[i] != '\n') {
            i++;
        }
        return i;
    }

    private boolean startsWith(int at, byte[] prefix) {
        if (at + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private void region(CompactRegionRegistry.Builder builder, int start, int stop) {
        int space = start;
        while (space < stop && data[space] != ' ') {
            space++;
        }
        if (space + 1 >= stop || data[space + 1] == ' ') {
            throw corrupt("expected '<code> <name>'");
        }
        RegionLevel level;
        long key;
        switch (space - start) {
            case 2 -> {
                level = RegionLevel.PROVINCE;
                key = segment(start, 2, 11, 99) * 100_000_000L;
            }
            case 5 -> {
                level = RegionLevel.REGENCY;
                key = parentSegments(start, 1) + segment(start + 3, 2, 1, 99) * 1_000_000L;
                rejectIf(key / 1_000_000L % 100 == 70, "regency 70 does not exist");
            }
            case 8 -> {
                level = RegionLevel.DISTRICT;
                key = parentSegments(start, 2) + segment(start + 6, 2, 1, 99) * 10_000L;
            }
            case 4 -> {
                level = RegionLevel.VILLAGE;
                long district = builder.lastKey(RegionLevel.DISTRICT);
                rejectIf(district < 0, "a village line comes before any kecamatan line");
                long village = segment(start, 4, 1001, 3999);
                rejectIf(village % 1000 == 0, "a village code ends in 000");
                key = district + village;
            }
            default -> throw corrupt("a code has 2, 5, 8 or 4 characters");
        }
        try {
            builder.add(level, key, data, space + 1, stop);
        } catch (InvalidRegionException e) {
            throw corrupt(e.getMessage(Locale.ENGLISH));
        }
    }

    /** The key of the first {@code count} segments of a dotted code; the parent check validates them. */
    private long parentSegments(int start, int count) {
        long key = 0;
        long unit = 100_000_000L;
        for (int s = 0; s < count; s++, unit /= 100) {
            rejectIf(data[start + s * 3 + 2] != '.', "code segments are separated by dots");
            key += segment(start + s * 3, 2, 0, 99) * unit;
        }
        return key;
    }

    private long segment(int at, int width, int min, int max) {
        int value = 0;
        for (int i = at; i < at + width; i++) {
            byte b = data[i];
            rejectIf(b < '0' || b > '9', "a code holds only digits and dots");
            value = value * 10 + (b - '0');
        }
        rejectIf(value < min || value > max, "a code segment is out of range");
        return value;
    }

    private void rejectIf(boolean wrong, String detail) {
        if (wrong) {
            throw corrupt(detail);
        }
    }

    private int[] counts(int from, int to) {
        String[] parts = new String(data, from, to - from, StandardCharsets.US_ASCII).strip().split(" +");
        rejectIf(parts.length != 4, "'# counts:' needs four numbers");
        int[] counts = new int[4];
        for (int i = 0; i < 4; i++) {
            try {
                counts[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw corrupt("'# counts:' needs four numbers");
            }
        }
        return counts;
    }

    private void checkCounts(CompactRegionRegistry registry, int[] expected) {
        if (expected == null) {
            return;
        }
        for (RegionLevel level : RegionLevel.values()) {
            rejectIf(registry.count(level) != expected[level.ordinal()], "the header counts "
                    + expected[level.ordinal()] + " regions at level " + level + ", the file holds "
                    + registry.count(level));
        }
    }

    private RegionDatasetException corrupt(String detail) {
        return RegionDatasetException.corrupt(source, line, detail);
    }
}
