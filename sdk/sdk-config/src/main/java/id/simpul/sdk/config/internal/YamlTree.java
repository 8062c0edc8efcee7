package id.simpul.sdk.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML document read into a JSON tree (so a JSON Schema can check it) that remembers where every
 * value and every key stood in the file.
 *
 * <p>Scalars are typed the way a person reading the file expects, not the YAML 1.1 way: only
 * {@code true}/{@code false} are booleans ({@code yes}, {@code no}, {@code on}, {@code off} stay
 * text) and dates stay text ({@code 2025-01-01}), so the schema can check their format. Numbers
 * keep the digits as written. Aliases of lists and maps are refused (a configuration is read by
 * people, who should see every value where it applies), and so are repeated keys.
 */
public final class YamlTree {

    private static final Pattern STRICT_BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
    /** Largest file read, in characters: far above any regency's configuration, low enough to refuse a runaway file. */
    private static final int MAX_CODE_POINTS = 32 * 1024 * 1024;
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private final JsonNode root;
    private final Node yaml;

    private YamlTree(JsonNode root, Node yaml) {
        this.root = root;
        this.yaml = yaml;
    }

    /** A position in a file, 1-based. */
    public record Position(int line, int column) {
        static Position of(Mark mark) {
            return new Position(mark.getLine() + 1, mark.getColumn() + 1);
        }
    }

    /** Why a text could not be read as YAML, and where. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Position position;
        private final String problem;
        private final String key;

        SyntaxError(Position position, String problem, String key) {
            super(problem, null, false, false);
            this.position = position;
            this.problem = problem;
            this.key = key;
        }

        public Position position() {
            return position;
        }

        /** The parser's own words (English). */
        public String problem() {
            return problem;
        }

        /** The message key of this module's bundle that explains the error. */
        public String key() {
            return key;
        }
    }

    /**
     * Reads one YAML document.
     *
     * @throws SyntaxError when the text is not well-formed YAML, uses anchors or repeats a key
     */
    public static YamlTree parse(String text) throws SyntaxError {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_CODE_POINTS);
        Yaml yaml = new Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(options),
                new org.yaml.snakeyaml.representer.Representer(new org.yaml.snakeyaml.DumperOptions()),
                new org.yaml.snakeyaml.DumperOptions(), options, new PlainResolver());
        Node node;
        try {
            node = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new SyntaxError(mark == null ? new Position(1, 1) : Position.of(mark),
                    e.getProblem() == null ? e.getContext() : e.getProblem(), "yaml.syntax");
        } catch (YAMLException e) {
            String problem = String.valueOf(e.getMessage());
            throw new SyntaxError(new Position(1, 1), problem,
                    problem.toLowerCase(java.util.Locale.ROOT).contains("alias") ? "yaml.alias" : "yaml.syntax");
        }
        if (node == null) {
            return new YamlTree(JSON.nullNode(), null);
        }
        return new YamlTree(convert(node), node);
    }

    private static JsonNode convert(Node node) throws SyntaxError {
        if (node instanceof MappingNode mapping) {
            ObjectNode object = JSON.objectNode();
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode scalarKey)) {
                    throw new SyntaxError(Position.of(keyNode.getStartMark()), "a key must be plain text", "yaml.key");
                }
                String key = scalarKey.getValue();
                if (!seen.add(key)) {
                    throw new SyntaxError(Position.of(keyNode.getStartMark()), "duplicate key " + key, "yaml.duplicate-key");
                }
                object.set(key, convert(tuple.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JSON.arrayNode();
            for (Node item : sequence.getValue()) {
                array.add(convert(item));
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private static JsonNode scalar(ScalarNode node) {
        String text = node.getValue();
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return JSON.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            return JSON.booleanNode(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
        }
        if (Tag.INT.equals(tag)) {
            try {
                return JSON.numberNode(new BigInteger(text.replace("_", "")));
            } catch (NumberFormatException e) {
                return JSON.textNode(text);
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return JSON.numberNode(new BigDecimal(text.replace("_", "")));
            } catch (NumberFormatException e) {
                return JSON.textNode(text);
            }
        }
        return JSON.textNode(text);
    }

    public JsonNode root() {
        return root;
    }

    /** Where the value at a field path starts, or where its nearest existing parent starts. */
    public Position valuePosition(String path) {
        Node node = yaml;
        if (node == null) {
            return new Position(1, 1);
        }
        for (Object segment : segments(path)) {
            Node next = child(node, segment);
            if (next == null) {
                break;
            }
            node = next;
        }
        return Position.of(node.getStartMark());
    }

    /** Where the key of a field stands; the value's position when the field is a list item or missing. */
    public Position keyPosition(String path) {
        List<Object> segments = segments(path);
        if (yaml != null && !segments.isEmpty() && segments.get(segments.size() - 1) instanceof String name) {
            Node parent = yaml;
            for (Object segment : segments.subList(0, segments.size() - 1)) {
                parent = parent == null ? null : child(parent, segment);
            }
            if (parent instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                        return Position.of(key.getStartMark());
                    }
                }
            }
        }
        return valuePosition(path);
    }

    private static Node child(Node node, Object segment) {
        if (segment instanceof Integer index && node instanceof SequenceNode sequence) {
            return index < sequence.getValue().size() ? sequence.getValue().get(index) : null;
        }
        if (segment instanceof String name && node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                    return tuple.getValueNode();
                }
            }
        }
        return null;
    }

    /** {@code agencies[2].kind} as ["agencies", 2, "kind"]. */
    private static List<Object> segments(String path) {
        List<Object> out = new ArrayList<>();
        for (String part : path.isEmpty() ? new String[0] : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (!name.isEmpty()) {
                out.add(name);
            }
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                if (close < 0) {
                    break;
                }
                try {
                    out.add(Integer.parseInt(part.substring(bracket + 1, close)));
                } catch (NumberFormatException e) {
                    out.add(part.substring(bracket + 1, close));
                }
                bracket = part.indexOf('[', close);
            }
        }
        return out;
    }

    /** The path of the enclosing object or list of a field path. */
    public static String parentPath(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** Joins a field name to a path. */
    public static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Joins a list index to a path. */
    public static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    /** The YAML 1.2-like resolver: only true/false are booleans, no timestamps. */
    private static final class PlainResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, STRICT_BOOL, "tTfF");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
