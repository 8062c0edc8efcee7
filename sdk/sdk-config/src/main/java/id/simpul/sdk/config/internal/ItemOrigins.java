package id.simpul.sdk.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import id.simpul.sdk.authority.ConfigurationProblem;
import id.simpul.sdk.authority.Severity;
import id.simpul.sdk.authority.SubjectKind;
import id.simpul.sdk.config.ConfigMessages;
import id.simpul.sdk.config.ConfigProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each item given to the kewenangan engine was read from, so each problem the engine reports
 * (naming an item and a field of its model, e.g. delegation {@code x}, {@code services[2]}) is
 * placed back at the file, line and YAML field it came from.
 */
final class ItemOrigins {

    private static final Pattern INDEXED = Pattern.compile("^([A-Za-z]+)\\[(\\d+)](.*)$");

    /** Where a model item came from and how its fields map to the YAML entry. */
    record Origin(String file, YamlTree tree, String at, UnaryOperator<String> fields) {
    }

    private final Map<String, Origin> items = new HashMap<>();
    /** Entries expanded into several items (toCamatOf), by the id written in the file. */
    private final Map<String, Origin> groups = new HashMap<>();

    void put(SubjectKind kind, String id, Origin origin) {
        items.put(key(kind, id), origin);
    }

    void putGroup(SubjectKind kind, String id, Origin origin) {
        groups.put(key(kind, id), origin);
    }

    /** The entry an id was first read from, as an item or as an expanded entry. */
    Optional<Origin> find(SubjectKind kind, String id) {
        Origin item = items.get(key(kind, id));
        return Optional.ofNullable(item != null ? item : groups.get(key(kind, id)));
    }

    /** The engine's problem at the file, line and field of the entry it concerns. */
    ConfigProblem place(ConfigurationProblem problem) {
        Origin origin = items.get(key(problem.subjectKind(), problem.subjectId()));
        String file;
        String field;
        YamlTree.Position position;
        if (origin == null) {
            file = problem.subjectKind() == SubjectKind.AGENCY ? ConfigReader.AGENCIES : ConfigReader.REGENCY;
            field = "";
            position = new YamlTree.Position(0, 0);
        } else {
            file = origin.file();
            String mapped = origin.fields().apply(problem.field());
            field = mapped.isEmpty() ? YamlTree.child(origin.at(), "id") : YamlTree.child(origin.at(), mapped);
            position = origin.tree().valuePosition(field);
        }
        String suffix = problem.code().substring(problem.code().lastIndexOf('.') + 1);
        String suggestions = problem.suggestions().isEmpty() ? "-" : String.join(", ", problem.suggestions());
        return new ConfigProblem(file, position.line(), position.column(), field, problem.code(),
                problem.localizedMessage(), ConfigMessages.of("engine." + suffix + ".fix", suggestions,
                        problem.subjectId()),
                problem.severity() == Severity.ERROR ? ConfigProblem.Severity.ERROR : ConfigProblem.Severity.WARNING);
    }

    /** Maps a model field ({@code services[2]}, {@code validity.until}) to the YAML field of the entry. */
    static String mapField(String field, Map<String, UnaryOperator<String>> sorted, JsonNode entry) {
        Matcher m = INDEXED.matcher(field);
        if (m.matches() && sorted.containsKey(m.group(1))) {
            return m.group(1) + sorted.get(m.group(1)).apply("[" + m.group(2) + "]") + m.group(3);
        }
        return switch (field) {
            case "validity", "validity.from" -> "effectiveFrom";
            case "validity.until" -> entry.has("effectiveUntil") ? "effectiveUntil" : "effectiveFrom";
            default -> field;
        };
    }

    /** The engine keeps codes in sorted order; maps "[i]" of the sorted list to "[j]" of the YAML list. */
    static UnaryOperator<String> sortedToYaml(JsonNode list) {
        List<String> written = new ArrayList<>();
        list.forEach(n -> written.add(n.asText()));
        List<String> sorted = written.stream().distinct().sorted().toList();
        return index -> {
            int i = Integer.parseInt(index.substring(1, index.length() - 1));
            return i < sorted.size() ? "[" + written.indexOf(sorted.get(i)) + "]" : index;
        };
    }

    private static String key(SubjectKind kind, String id) {
        return kind.name() + ":" + id;
    }
}
