package id.simpul.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.agency.AgencyKind;
import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionAndAgencyJsonTest {

    private static final SimpulJson JSONB = SimpulJson.create();

    @AfterAll
    static void close() {
        JSONB.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"61", "61.12", "61.12.01", "61.12.01.2001", "61.12.01.1001", "51.03.01.3001", "36.74"})
    void region_atEveryLevel_matchesTheSchemaAndRoundTrips(String code) {
        Region region = new Region(RegionCode.parse(code), "Nama Wilayah");

        String json = JSONB.toJson(region);

        assertThat(SchemaCheck.problems("region.schema.json", json)).isEmpty();
        assertThat(JSONB.fromJson(json, Region.class)).isEqualTo(region);
    }

    @Test
    void region_kota_isWrittenWithItsKind() {
        String json = JSONB.toJson(new Region(RegionCode.parse("36.74"), "Kota Tangerang Selatan"));

        assertThat(json).contains("\"regencyKind\":\"KOTA\"").contains("\"parent\":\"36\"");
    }

    @Test
    void regionSchema_refusesAVillageWithoutItsKind() {
        String json = "{\"code\":\"61.12.01.2001\",\"name\":\"X\",\"level\":\"VILLAGE\",\"parent\":\"61.12.01\","
                + "\"regencyKind\":\"KABUPATEN\"}";

        assertThat(SchemaCheck.problems("region.schema.json", json)).isNotEmpty();
    }

    @Test
    void regionSchema_refusesAMalformedCode() {
        String json = "{\"code\":\"61.70\",\"name\":\"X\",\"level\":\"REGENCY\",\"parent\":\"61\",\"regencyKind\":\"KOTA\"}";

        assertThat(SchemaCheck.problems("region.schema.json", json)).isNotEmpty();
    }

    @Test
    void agency_matchesTheSchemaAndRoundTrips() {
        List<Agency> agencies = List.of(
                Agency.builder().id("61.12-disdukcapil").name("Dinas Kependudukan dan Pencatatan Sipil")
                        .nameEn("Population and Civil Registration Office").kind(AgencyKind.REGIONAL_DEPARTMENT)
                        .homeRegion("61.12").servicePoint(true).build(),
                Agency.builder().id("61.12.01-kecamatan").name("Kecamatan Batu Ampar")
                        .kind(AgencyKind.DISTRICT_OFFICE).homeRegion("61.12.01").servicePoint(true)
                        .parent(AgencyId.of("61.12-setda")).build(),
                Agency.builder().id("61.12-polres").name("Polres Kubu Raya").kind(AgencyKind.POLICE)
                        .homeRegion("61.12").build());

        for (Agency agency : agencies) {
            String json = JSONB.toJson(agency);
            assertThat(SchemaCheck.problems("agency.schema.json", json)).as(json).isEmpty();
            assertThat(JSONB.fromJson(json, Agency.class)).isEqualTo(agency);
        }
    }

    @Test
    void agency_verticalFlagFollowsTheKind() {
        Agency polres = Agency.builder().id("61.12-polres").name("Polres Kubu Raya").kind(AgencyKind.POLICE)
                .homeRegion("61.12").build();

        assertThat(JSONB.toJson(polres)).contains("\"vertical\":true").contains("\"kind\":\"polri\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"code\":\"61.12\",\"name\":\"Kubu Raya\",\"level\":\"DISTRICT\"}|/level|json.derived.value",
        "{\"code\":\"61.12\",\"name\":\"Kubu Raya\",\"level\":\"REGENCY\",\"parent\":\"62\"}|/parent|json.derived.value",
        "{\"code\":\"61\",\"name\":\"Kalbar\",\"level\":\"PROVINCE\",\"regencyKind\":\"KOTA\"}|/regencyKind|json.derived.absent",
        "{\"code\":\"61.70\",\"name\":\"X\",\"level\":\"REGENCY\"}|/code|json.value.refused",
        "{\"code\":\"61.12\",\"name\":\" \",\"level\":\"REGENCY\"}|''|json.value.refused",
        "{\"code\":\"61.12\",\"level\":\"REGENCY\"}|/name|json.field.missing",
        "{\"code\":\"61.12\",\"name\":\"X\",\"level\":\"KABUPATEN\"}|/level|json.field.enum"})
    void badRegion_isRefusedNamingThePlace(String json, String pointer, String key) {
        InvalidJsonDocumentException e = catchThrowableOfType(() -> JSONB.fromJson(json, Region.class),
                InvalidJsonDocumentException.class);

        assertThat(e.pointer()).isEqualTo(pointer);
        assertThat(e.localizedMessage().key()).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"kind\":\"polisi\"|/kind|json.field.enum",
        "\"vertical\":false|/vertical|json.derived.value",
        "\"homeRegion\":\"6112\"|/homeRegion|json.region-code.dotted",
        "\"homeRegion\":\"61.70\"|/homeRegion|json.value.refused",
        "\"parent\":\"Setda\"|/parent|json.agency-id",
        "\"servicePoint\":\"ya\"|/servicePoint|json.field.type"})
    void badAgency_isRefusedNamingThePlace(String change, String pointer, String key) {
        String field = change.substring(0, change.indexOf(':'));
        String json = AGENCY.replaceFirst(field + ":[^,}]*", java.util.regex.Matcher.quoteReplacement(change));
        if (!json.contains(change)) {
            json = json.replace("}", "," + change + "}");
        }
        String bad = json;

        InvalidJsonDocumentException e = catchThrowableOfType(() -> JSONB.fromJson(bad, Agency.class),
                InvalidJsonDocumentException.class);

        assertThat(e.pointer()).isEqualTo(pointer);
        assertThat(e.localizedMessage().key()).isEqualTo(key);
    }

    private static final String AGENCY = "{\"id\":\"61.12-polres\",\"name\":\"Polres Kubu Raya\",\"kind\":\"polri\","
            + "\"vertical\":true,\"homeRegion\":\"61.12\",\"servicePoint\":false}";

    @Test
    void agencyFixture_isValid() {
        assertThat(SchemaCheck.problems("agency.schema.json", AGENCY)).isEmpty();
        assertThat(JSONB.fromJson(AGENCY, Agency.class).kind()).isEqualTo(AgencyKind.POLICE);
    }
}
