package id.simpul.sdk.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.simpul.sdk.config.ConfigMessages;
import id.simpul.sdk.config.ConfigProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a YAML file against its JSON Schema (draft 2020-12, from the specs jar) with the networknt
 * validator, and turns each validation message into a {@link ConfigProblem} that points at the
 * line of the offending value and says, in the reader's language, how to fix it.
 */
public final class SchemaValidation {

    /** Where the schemas are published; mapped to the copies inside the specs jar. */
    public static final String BASE = "https://simpul.id/specs/json-schema/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(BASE, "classpath:specs/json-schema/")));
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(ConfigMessages.BUNDLE, Locale.ROOT,
            SchemaValidation.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private SchemaValidation() {
    }

    /** Problems of one file against the named schema (a file name in {@code specs/json-schema}). */
    public static List<ConfigProblem> check(String file, YamlTree tree, String schemaFile) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(schemaFile,
                f -> FACTORY.getSchema(SchemaLocation.of(BASE + f), CONFIG));
        Set<ValidationMessage> messages = schema.validate(tree.root());
        List<ConfigProblem> problems = new ArrayList<>();
        for (ValidationMessage m : messages) {
            problems.add(toProblem(file, tree, m));
        }
        return problems;
    }

    static String path(JsonNodePath location) {
        String path = "";
        for (int i = 0; i < location.getNameCount(); i++) {
            Object e = location.getElement(i);
            path = e instanceof Integer index ? YamlTree.item(path, index) : YamlTree.child(path, String.valueOf(e));
        }
        return path;
    }

    private static ConfigProblem toProblem(String file, YamlTree tree, ValidationMessage m) {
        String at = path(m.getInstanceLocation());
        String keyword = m.getType();
        JsonNode schemaNode = m.getSchemaNode();
        JsonNode value = m.getInstanceNode();
        String hint = hintOf(m.getSchemaLocation());
        return switch (keyword) {
            case "required" -> {
                String field = YamlTree.child(at, m.getProperty());
                YamlTree.Position p = tree.valuePosition(at);
                yield problem(file, p, field, "schema.required", ConfigMessages.of("schema.required", m.getProperty()),
                        ConfigMessages.of("schema.required.fix", m.getProperty()));
            }
            case "additionalProperties", "unevaluatedProperties" -> {
                String field = YamlTree.child(at, m.getProperty());
                yield problem(file, tree.keyPosition(field), field, "schema.unknown-field",
                        ConfigMessages.of("schema.unknown-field", m.getProperty()),
                        ConfigMessages.of("schema.unknown-field.fix", m.getProperty(), Suggest.closest(m.getProperty(),
                                knownProperties(tree, m)).map(s -> "'" + s + "'").orElse("-")));
            }
            case "type" -> problem(file, tree.valuePosition(at), at, "schema.type",
                    ConfigMessages.of("schema.type", shown(value), jsonType(value), typeName(schemaNode)),
                    ConfigMessages.of(isNumberAsText(value, schemaNode) ? "schema.type.fix.quote" : "schema.type.fix",
                            typeName(schemaNode), shown(value)));
            case "enum" -> problem(file, tree.valuePosition(at), at, "schema.enum",
                    ConfigMessages.of("schema.enum", shown(value)),
                    ConfigMessages.of("schema.enum.fix", list(schemaNode), Suggest.closest(value.asText(),
                            texts(schemaNode)).map(s -> "'" + s + "'").orElse("-")));
            case "const" -> problem(file, tree.valuePosition(at), at, constCode(at),
                    ConfigMessages.of(constCode(at), shown(value), schemaNode.asText()),
                    ConfigMessages.of(constCode(at) + ".fix", schemaNode.asText()));
            case "format" -> problem(file, tree.valuePosition(at), at, "schema.format." + schemaNode.asText(),
                    ConfigMessages.of("schema.format", shown(value), schemaNode.asText()),
                    ConfigMessages.of("schema.format.fix." + schemaNode.asText()));
            case "pattern" -> problem(file, tree.valuePosition(at), at, "schema.pattern",
                    ConfigMessages.of("schema.pattern", shown(value)),
                    ConfigMessages.of(patternHint(hint, at), schemaNode.asText()));
            case "minLength", "minItems", "maxLength", "maxItems", "minimum", "maximum", "exclusiveMinimum",
                 "exclusiveMaximum", "uniqueItems" -> problem(file, tree.valuePosition(at), at, "schema." + keyword,
                    ConfigMessages.of("schema." + keyword, shown(value), schemaNode.asText()),
                    ConfigMessages.of("schema." + keyword + ".fix", schemaNode.asText()));
            default -> problem(file, tree.valuePosition(at), at, "schema." + keyword,
                    ConfigMessages.of("schema.other", m.getMessage()), ConfigMessages.of("schema.other.fix"));
        };
    }

    private static String constCode(String at) {
        return "schemaVersion".equals(at) ? "schema.version" : "schema.const";
    }

    private static ConfigProblem problem(String file, YamlTree.Position p, String field, String code,
                                         id.simpul.sdk.LocalizedMessage message, id.simpul.sdk.LocalizedMessage fix) {
        return new ConfigProblem(file, p.line(), p.column(), field, code, message, fix);
    }

    /** The {@code $defs} entry whose own keyword failed, e.g. {@code regionCode}; else null. */
    private static String hintOf(SchemaLocation location) {
        String s = location == null ? "" : location.toString();
        int defs = s.lastIndexOf("/$defs/");
        if (defs < 0) {
            return null;
        }
        String rest = s.substring(defs + "/$defs/".length());
        int slash = rest.indexOf('/');
        return slash < 0 || rest.indexOf('/', slash + 1) >= 0 ? null : rest.substring(0, slash);
    }

    /** The message key explaining the expected shape of a value that failed a pattern. */
    private static String patternHint(String hint, String at) {
        String name = at.substring(Math.max(at.lastIndexOf('.'), at.lastIndexOf(']')) + 1);
        for (String key : new String[] {hint == null ? null : "hint." + hint, "hint.field." + name}) {
            if (key != null && BUNDLE.containsKey(key)) {
                return key;
            }
        }
        return "schema.pattern.fix";
    }

    private static List<String> knownProperties(YamlTree tree, ValidationMessage m) {
        JsonNode properties = m.getSchemaNode() == null ? null : parentSchemaProperties(m);
        List<String> names = new ArrayList<>();
        if (properties != null) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static JsonNode parentSchemaProperties(ValidationMessage m) {
        String location = m.getSchemaLocation().toString();
        int cut = location.lastIndexOf("/additionalProperties");
        if (cut < 0) {
            return null;
        }
        JsonSchema parent = FACTORY.getSchema(SchemaLocation.of(location.substring(0, cut)), CONFIG);
        return parent.getSchemaNode().get("properties");
    }

    private static String shown(JsonNode value) {
        if (value == null || value.isNull()) {
            return "(kosong/empty)";
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static boolean isNumberAsText(JsonNode value, JsonNode expected) {
        return value != null && value.isNumber() && "string".equals(expected.asText());
    }

    private static String jsonType(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "string";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return value.isArray() ? "array" : "object";
    }

    private static String typeName(JsonNode schemaNode) {
        return schemaNode.isArray() ? list(schemaNode) : schemaNode.asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String list(JsonNode array) {
        return String.join(", ", texts(array));
    }
}
