package id.simpul.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.simpul.federation.directory.DirectorySigner;
import id.simpul.federation.internal.JsonFields;
import id.simpul.federation.internal.KeyFiles;
import id.simpul.federation.message.MessageSigner;
import id.simpul.federation.message.MessageType;
import id.simpul.federation.message.Receipt;
import id.simpul.federation.message.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The code matches the contracts in specs/: the directory schema and the federation API document. */
class SpecConformanceTest {

    private static final String BASE = "https://simpul.id/specs/json-schema/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(BASE, "classpath:specs/json-schema/")));
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final World world = new World();

    @Test
    void directorySchema_isValidJsonSchema2020_12() throws IOException {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(meta.validate(resource("specs/json-schema/federation-directory.schema.json"), InputFormat.JSON)).isEmpty();
    }

    @Test
    void directoryWrittenByCode_validatesAgainstTheSchema() {
        assertThat(problems(JsonFields.write(world.directory().toJson()))).isEmpty();
    }

    @Test
    void directoryWithPrivateKeyOrUnknownField_isRejectedByTheSchemaToo() {
        Map<String, Object> json = world.directory().toJson();
        @SuppressWarnings("unchecked")
        Map<String, Object> node = (Map<String, Object>) ((List<Object>) json.get("nodes")).get(0);
        node.put("publicKey", KeyFiles.generate().toJSONObject());
        json.put("comment", "x");

        assertThat(problems(JsonFields.write(json))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void nodeDescriptionWrittenByTheCommand_validatesAgainstTheNodeDefinition(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws IOException {
        java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(sink, true, StandardCharsets.UTF_8);
        java.nio.file.Path file = dir.resolve("61.12.json");
        int rc = id.simpul.federation.tool.DirectoryToolAccess.run(out, out, "node-key", "--code", "61.12",
                "--data", dir.resolve("data").toString(), "--name", "Kabupaten Kubu Raya",
                "--base-url", "http://127.0.0.1:8081/", "--out", file.toString());
        assertThat(rc).isZero();

        JsonSchema node = FACTORY.getSchema(SchemaLocation.of(BASE + "federation-directory.schema.json#/$defs/node"), CONFIG);
        assertThat(node.validate(java.nio.file.Files.readString(file), InputFormat.JSON)).isEmpty();
        assertThat(node.validate("{\"code\": \"61.12.01\"}", InputFormat.JSON)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void openApi_listsEveryMessageTypeAndRefusalCode() throws IOException {
        Map<String, Object> schemas = schemas();

        assertThat(enumOf(schemas, "MessageType"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(MessageType.values()).map(Enum::name).toList());
        assertThat(enumOf(schemas, "RefusalCode"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Refusal.values()).map(Refusal::code).toList());
        assertThat(enumOf(schemas, "Receipt.outcome"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Receipt.Outcome.values()).map(Enum::name).toList());
    }

    @Test
    void openApi_namesTheJwsTypesTheCodeUses() throws IOException {
        String text = resource("specs/openapi/federation-api.v1.yaml");

        assertThat(text).contains(MessageSigner.TYPE).contains(Receipt.TYPE);
        assertThat(resource("specs/json-schema/federation-directory.schema.json")).contains(DirectorySigner.TYPE);
    }

    @Test
    void openApi_envelopeMembersMatchTheCode() throws IOException {
        Map<String, Object> envelope = schema(schemas(), "Envelope");
        Map<String, Object> caseRef = schema(schemas(), "CaseRef");
        @SuppressWarnings("unchecked")
        Set<String> envelopeMembers = ((Map<String, Object>) envelope.get("properties")).keySet();
        @SuppressWarnings("unchecked")
        Set<String> caseMembers = ((Map<String, Object>) caseRef.get("properties")).keySet();

        Map<String, Object> written = JsonFields.parseObject(decodePayload(world), "envelope");
        assertThat(written.keySet()).isEqualTo(envelopeMembers);
        @SuppressWarnings("unchecked")
        Map<String, Object> writtenCase = (Map<String, Object>) written.get("case");
        assertThat(writtenCase.keySet()).isEqualTo(caseMembers);
    }

    @Test
    @SuppressWarnings("unchecked")
    void openApi_everyPostDeclaresTheStatusOfEveryRefusal() throws IOException {
        Map<String, Object> doc = new Yaml().load(resource("specs/openapi/federation-api.v1.yaml"));
        Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
        for (MessageType type : MessageType.values()) {
            Map<String, Object> post = (Map<String, Object>) ((Map<String, Object>) paths
                    .get(id.simpul.federation.http.FederationPaths.of(type))).get("post");
            Set<String> declared = ((Map<String, Object>) post.get("responses")).keySet();
            for (Refusal r : Refusal.values()) {
                if (r != Refusal.RECEIPT_MISMATCH) {
                    assertThat(declared).as(type + " " + r)
                            .contains(Integer.toString(id.simpul.federation.http.RefusalProblem.status(r)));
                }
            }
        }
    }

    private static String decodePayload(World world) {
        String jws = world.signer(World.KUBU_RAYA).sign(world.forward(World.KUBU_RAYA, World.KAPUAS_HULU, World.KTP,
                Map.of("nik", "x")));
        return com.nimbusds.jose.util.Base64URL.from(jws.split("\\.")[1]).decodeToString();
    }

    private static List<String> problems(String json) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(BASE + "federation-directory.schema.json"), CONFIG);
        return schema.validate(json, InputFormat.JSON).stream().map(ValidationMessage::getMessage).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemas() throws IOException {
        Map<String, Object> doc = new Yaml().load(resource("specs/openapi/federation-api.v1.yaml"));
        return (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(Map<String, Object> schemas, String name) {
        return (Map<String, Object>) schemas.get(name);
    }

    @SuppressWarnings("unchecked")
    private static List<String> enumOf(Map<String, Object> schemas, String path) {
        String[] parts = path.split("\\.");
        Map<String, Object> s = schema(schemas, parts[0]);
        if (parts.length > 1) {
            s = (Map<String, Object>) ((Map<String, Object>) s.get("properties")).get(parts[1]);
        }
        return (List<String>) s.get("enum");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SpecConformanceTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
