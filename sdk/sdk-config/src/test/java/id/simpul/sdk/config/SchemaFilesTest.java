package id.simpul.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import id.simpul.sdk.authority.ProblemKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaFilesTest {

    private static final JsonSchema META_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    @ParameterizedTest
    @ValueSource(strings = {"regency-config-common", "regency-config-regency", "regency-config-agencies",
            "regency-config-service", "regency-config-authorities", "regency-config-delegations",
            "regency-config-agreements"})
    void configurationSchema_isAValidDraft2020Schema_withItsOwnId(String name) throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/specs/json-schema/" + name + ".schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }

        assertThat(META_SCHEMA.validate(schema)).isEmpty();
        assertThat(schema.get("$id").asText()).isEqualTo("https://simpul.id/specs/json-schema/" + name + ".schema.json");
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @org.junit.jupiter.api.Test
    void metaSchemaCheck_refusesABrokenSchema() throws IOException {
        assertThat(META_SCHEMA.validate(new ObjectMapper().readTree("{\"type\": 5, \"required\": \"id\"}")))
                .isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(ProblemKind.class)
    void everyEngineProblemKind_hasAFixInBothLanguages(ProblemKind kind) throws IOException {
        String key = "engine." + kind.code().substring(kind.code().lastIndexOf('.') + 1) + ".fix";

        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/id/simpul/sdk/config/" + bundle)) {
                p.load(in);
            }
            assertThat(p).as(bundle).containsKey(key);
        }
    }
}
