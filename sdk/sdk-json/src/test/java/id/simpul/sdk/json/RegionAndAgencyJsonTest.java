package id.simpul.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.agency.AgencyKind;
import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
}
