package id.simpul.adapters.oss.simulator;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OSS payload schemas of {@code specs/json-schema/oss-rba.schema.json}, read from the specs jar.
 * The simulator refuses requests that do not match them, as a strict server would, so an adapter
 * that passes its tests against the simulator sends what the contract says.
 */
public final class OssSchemas {

    private static final String BASE = "https://simpul.id/specs/json-schema/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(BASE, "classpath:specs/json-schema/")));
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private OssSchemas() {
    }

    /** Loads the request schemas now, so the first request is not slowed down by it. */
    static void preload() {
        for (String d : new String[] {"InqueryNibRequest", "ReceiveLicenseStatusRequest", "ReceiveLicenseRequest",
            "CheckLicenseStatusRequest"}) {
            problems(d, "{}");
        }
    }

    /**
     * Problems of a JSON text against one definition, e.g. {@code InqueryNibRequest}; empty when it
     * matches. Messages name locations and rules, never the values.
     */
    public static List<String> problems(String definition, String json) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(definition, d ->
                FACTORY.getSchema(SchemaLocation.of(BASE + "oss-rba.schema.json#/$defs/" + d), CONFIG));
        return schema.validate(json, InputFormat.JSON).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
