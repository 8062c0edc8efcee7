package id.simpul.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.catalogue.StandardComponent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceStandardJsonTest {

    private static final SimpulJson JSON = SimpulJson.create();

    @AfterAll
    static void close() {
        JSON.close();
    }

    static Stream<ServiceStandard> seedCatalogue() {
        return SeedCatalogue.all().stream();
    }

    @ParameterizedTest
    @MethodSource("seedCatalogue")
    void seedStandard_matchesTheSchema(ServiceStandard standard) {
        String json = JSON.toJson(standard);

        assertThat(SchemaCheck.problems("service-standard.schema.json", json)).as(json).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seedCatalogue")
    void seedStandard_roundTrips(ServiceStandard standard) {
        ServiceStandard again = JSON.fromJson(JSON.toJson(standard), ServiceStandard.class);

        assertThat(again).isEqualTo(standard);
        assertThat(JSON.toJson(again)).isEqualTo(JSON.toJson(standard));
    }

    @Test
    void seedStandard_roundTripsThroughAPlainJsonbWithTheConfig() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create(SimpulJson.config())) {
            for (ServiceStandard standard : SeedCatalogue.all()) {
                String json = jsonb.toJson(standard);
                assertThat(json).isEqualTo(JSON.toJson(standard));
                assertThat(jsonb.fromJson(json, ServiceStandard.class)).isEqualTo(standard);
            }
        }
    }

    @Test
    void standard_writesEveryComponentUnderItsName_andTheSixPublishedOnes() {
        String json = JSON.toJson(SeedCatalogue.ktpReprint());

        for (String name : new String[] {"legalBasis", "requirements", "procedure", "timeLimit", "fee", "product",
                "facilities", "staffCompetence", "internalSupervision", "complaints", "staffing", "serviceGuarantee",
                "securityAndSafety", "performanceEvaluation"}) {
            assertThat(json).contains("\"" + name + "\":");
        }
        assertThat(json).contains("\"publishedToCitizens\":[\"requirements\",\"procedure\",\"timeLimit\",\"fee\","
                + "\"product\",\"complaints\"]").contains("\"missingComponents\":[]");
        assertThat(StandardComponent.publishedToCitizens()).hasSize(6);
    }

    @Test
    void standard_withMissingComponents_listsThem() {
        String json = JSON.toJson(SeedCatalogue.buildingApproval());

        assertThat(json).contains("\"missingComponents\":[\"requirements\",\"facilities\",\"staffCompetence\","
                + "\"internalSupervision\",\"staffing\",\"serviceGuarantee\",\"securityAndSafety\","
                + "\"performanceEvaluation\"]");
    }

    @Test
    void fixedFee_isWrittenAsAnExactStringOfWholeRupiah() {
        String json = JSON.toJson(SeedCatalogue.policeClearance());

        assertThat(json).contains("\"fee\":{\"kind\":\"FIXED\",\"amount\":\"30000\",\"note\":{\"id\":\"PNBP\"");
    }

    @Test
    void timeLimit_validities_andNumberLimits_keepTheirExactValues() {
        assertThat(JSON.toJson(SeedCatalogue.policeClearance()))
                .contains("\"timeLimit\":{\"unit\":\"WORKING_HOURS\",\"amount\":8}")
                .contains("\"validity\":\"P6M\"");
        assertThat(JSON.toJson(SeedCatalogue.ktpReprint()))
                .contains("\"validity\":\"P14D\"").contains("\"maxLength\":16");
        assertThat(JSON.toJson(SeedCatalogue.smallBuilding())).contains("\"min\":1.0,\"max\":100");
        assertThat(JSON.toJson(SeedCatalogue.businessNumber()))
                .contains("\"timeLimit\":{\"unit\":\"INSTANT\",\"amount\":0}");
    }

    @Test
    void pledge_isWrittenBesideTheComponents() {
        assertThat(JSON.toJson(SeedCatalogue.ktpReprint()))
                .contains("\"pledge\":{\"text\":{\"id\":\"Kami sanggup")
                .contains("\"signedOn\":\"2024-12-20\"");
    }

    @Test
    void formattedOutput_readsBackTheSame() {
        try (SimpulJson pretty = SimpulJson.builder().formatted(true).build()) {
            String json = pretty.toJson(SeedCatalogue.ktpReprint());
            assertThat(json).contains("\n");
            assertThat(pretty.fromJson(json, ServiceStandard.class)).isEqualTo(SeedCatalogue.ktpReprint());
        }
    }
}
