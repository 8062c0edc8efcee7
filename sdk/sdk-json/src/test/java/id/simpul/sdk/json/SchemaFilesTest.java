package id.simpul.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schemas themselves: valid JSON Schema 2020-12, and no misspelt keyword (a validator silently
 * ignores {@code "requried"}, which would make a rule vacuous).
 */
class SchemaFilesTest {

    private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "$ref", "$defs", "$comment", "title",
            "description", "type", "enum", "const", "properties", "required", "additionalProperties",
            "propertyNames", "items", "minItems", "maxItems", "uniqueItems", "pattern", "minLength", "maxLength",
            "minimum", "maximum", "format", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "examples",
            "default");
    /** Keywords whose value is a map of names to schemas. */
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "$defs");
    /** Keywords whose value is data, not schemas. */
    private static final Set<String> DATA = Set.of("const", "enum", "examples", "default", "required");

    @ParameterizedTest
    @ValueSource(strings = {"common", "region", "agency", "service-standard", "service-request"})
    void schema_isValidJsonSchema2020_12(String name) throws IOException {
        String text = read(name);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

        assertThat(factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"))
                .validate(text, InputFormat.JSON)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"common", "region", "agency", "service-standard", "service-request"})
    void schema_usesOnlyKnownKeywords(String name) throws IOException {
        JsonObject schema = Json.createReader(new StringReader(read(name))).readObject();
        List<String> unknown = new ArrayList<>();

        walk(schema, "", unknown);

        assertThat(unknown).isEmpty();
    }

    private static void walk(JsonValue value, String at, List<String> unknown) {
        if (value instanceof JsonObject o) {
            o.forEach((key, v) -> {
                if (!KEYWORDS.contains(key)) {
                    unknown.add(at + "/" + key);
                } else if (SCHEMA_MAPS.contains(key)) {
                    v.asJsonObject().forEach((n, s) -> walk(s, at + "/" + key + "/" + n, unknown));
                } else if (!DATA.contains(key)) {
                    walk(v, at + "/" + key, unknown);
                }
            });
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            for (int i = 0; i < value.asJsonArray().size(); i++) {
                walk(value.asJsonArray().get(i), at + "/" + i, unknown);
            }
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = SchemaFilesTest.class.getResourceAsStream("/specs/json-schema/" + name + ".schema.json")) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
