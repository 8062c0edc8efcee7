package id.simpul.sdk.region.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the Kemendagri region CSVs of the npm package {@code idn-area-data} ({@code provinces.csv},
 * {@code regencies.csv}, {@code districts.csv}, {@code villages.csv}) into the compact text resource
 * that {@code RegionRegistry.official()} loads, so a newer dataset can be dropped in without code.
 *
 * <p>Usage (JDK only, from the repository root):
 * {@code java sdk/sdk-core/src/test/java/id/simpul/sdk/region/internal/RegionDatasetConverter.java
 * <csv-folder> sdk/sdk-core/src/main/resources/id/simpul/sdk/region/wilayah/wilayah.txt "<source label>"}
 *
 * <p>It refuses, naming file and line, anything it cannot vouch for: a malformed code, a parent
 * column that disagrees with the code, a missing parent, a repeated code, a name with a tab or
 * line break. Output is deterministic (sorted, UTF-8, {@code \n}), so a new dataset diffs cleanly.
 */
public final class RegionDatasetConverter {

    static final String DEFAULT_SOURCE = "idn-area-data 4.0.1 (npm), Kepmendagri 300.2.2-2138/2025";

    private static final String[] FILES = {"provinces.csv", "regencies.csv", "districts.csv", "villages.csv"};
    private static final int[] CODE_LENGTHS = {2, 5, 8, 13};

    private RegionDatasetConverter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: RegionDatasetConverter <csv-folder> <output-file> [source label]");
            System.exit(2);
        }
        String text = convert(Path.of(args[0]), args.length == 3 ? args[2] : DEFAULT_SOURCE);
        Files.writeString(Path.of(args[1]), text, StandardCharsets.UTF_8);
        System.out.println("wrote " + args[1] + " (" + text.length() + " characters)");
    }

    /** Reads the four CSV files in {@code folder} and answers the resource text. */
    static String convert(Path folder, String sourceLabel) {
        List<Map<String, String>> levels = new ArrayList<>();
        for (int level = 0; level < FILES.length; level++) {
            levels.add(readLevel(folder.resolve(FILES[level]), level, level == 0 ? null : levels.get(level - 1)));
        }
        return write(levels, sourceLabel);
    }

    private static Map<String, String> readLevel(Path file, int level, Map<String, String> parents) {
        List<List<String>> rows = Csv.parse(read(file), file.getFileName().toString());
        int columns = level == 0 ? 2 : 3;
        Map<String, String> names = new TreeMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String where = file.getFileName() + " row " + (i + 1);
            if (row.size() != columns) {
                throw new IllegalArgumentException(where + ": expected " + columns + " columns, found " + row.size());
            }
            String code = row.get(0).strip();
            String name = row.get(columns - 1).strip();
            checkCode(code, level, where);
            checkName(name, where);
            if (level > 0) {
                String parent = code.substring(0, code.lastIndexOf('.'));
                if (!parent.equals(row.get(1).strip())) {
                    throw new IllegalArgumentException(where + ": parent column " + row.get(1) + " disagrees with " + code);
                }
                if (!parents.containsKey(parent)) {
                    throw new IllegalArgumentException(where + ": parent " + parent + " of " + code + " does not exist");
                }
            }
            if (names.put(code, name) != null) {
                throw new IllegalArgumentException(where + ": code " + code + " appears twice");
            }
        }
        return names;
    }

    private static void checkCode(String code, int level, String where) {
        boolean ok = code.length() == CODE_LENGTHS[level];
        for (int i = 0; ok && i < code.length(); i++) {
            char c = code.charAt(i);
            ok = (i == 2 || i == 5 || i == 8) ? c == '.' : c >= '0' && c <= '9';
        }
        if (!ok) {
            throw new IllegalArgumentException(where + ": '" + code + "' is not a level-" + (level + 1) + " code");
        }
    }

    private static void checkName(String name, String where) {
        if (name.isEmpty() || name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(where + ": name is empty or holds a tab or line break");
        }
    }

    private static String write(List<Map<String, String>> levels, String sourceLabel) {
        TreeMap<String, String> all = new TreeMap<>();
        levels.forEach(all::putAll);
        StringBuilder out = new StringBuilder(1 << 21);
        out.append("# Wilayah administrasi pemerintahan Indonesia / Indonesian administrative regions\n")
                .append("# Sumber / source: ").append(sourceLabel).append("\n")
                .append("# Open Database License (ODbL) 1.0: see NOTICE and LICENSE-ODbL.md beside this file.\n")
                .append("# Generated by RegionDatasetConverter; regenerate rather than edit by hand.\n")
                .append("# Format: '<code> <name>' ordered by code. PP, PP.KK and PP.KK.CC lines carry the\n")
                .append("# full code; a four-digit line NNNN is a village of the kecamatan line above it.\n")
                .append("# counts:");
        levels.forEach(level -> out.append(' ').append(level.size()));
        out.append('\n');
        // Sorting dotted codes as text yields parent-before-children order ('.' sorts before digits).
        all.forEach((code, name) -> out.append(code.length() == 13 ? code.substring(9) : code)
                .append(' ').append(name).append('\n'));
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** RFC 4180 reader: quoted fields may hold commas, line breaks and doubled quotes. */
    static final class Csv {

        private Csv() {
        }

        static List<List<String>> parse(String text, String source) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStarted = false;
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                        if (i + 1 < text.length() && ",\r\n".indexOf(text.charAt(i + 1)) < 0) {
                            throw new IllegalArgumentException(source + " line " + line + ": text after a closing quote");
                        }
                    } else {
                        line += c == '\n' ? 1 : 0;
                        field.append(c);
                    }
                } else if (c == '"' && !fieldStarted) {
                    quoted = true;
                    fieldStarted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    line++;
                    endRow(rows, row, field);
                    row = new ArrayList<>();
                    fieldStarted = false;
                } else {
                    field.append(c);
                    fieldStarted = true;
                }
            }
            if (quoted) {
                throw new IllegalArgumentException(source + ": a quoted field is never closed");
            }
            endRow(rows, row, field);
            return rows;
        }

        private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field) {
            if (row.isEmpty() && field.length() == 0) {
                return;
            }
            row.add(field.toString());
            field.setLength(0);
            rows.add(row);
        }
    }
}
