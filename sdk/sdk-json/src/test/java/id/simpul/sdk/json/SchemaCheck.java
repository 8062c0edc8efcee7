package id.simpul.sdk.json;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;

/** Validates JSON text against the schemas shipped in the specs jar, with format assertions on. */
final class SchemaCheck {

    private static final String BASE = "https://simpul.id/specs/json-schema/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(BASE, "classpath:specs/json-schema/")));
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private SchemaCheck() {
    }

    static List<String> problems(String schemaFile, String json) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(BASE + schemaFile), CONFIG);
        Set<ValidationMessage> messages = schema.validate(json, InputFormat.JSON);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
