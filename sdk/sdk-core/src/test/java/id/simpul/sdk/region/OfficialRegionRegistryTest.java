package id.simpul.sdk.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole Kemendagri dataset as shipped in the jar (idn-area-data 4.0.1, Kepmendagri 300.2.2-2138/2025). */
class OfficialRegionRegistryTest {

    private static RegionRegistry registry;

    @BeforeAll
    static void load() {
        registry = RegionRegistry.official();
    }

    @Test
    void official_loadsEveryRegionOfTheDataset() {
        assertThat(registry.count(RegionLevel.PROVINCE)).isEqualTo(38);
        assertThat(registry.count(RegionLevel.REGENCY)).isEqualTo(514);
        assertThat(registry.count(RegionLevel.DISTRICT)).isEqualTo(7_285);
        assertThat(registry.count(RegionLevel.VILLAGE)).isEqualTo(83_762);
    }

    @Test
    void official_isLoadedOnceAndShared() {
        assertThat(RegionRegistry.official()).isSameAs(registry);
    }

    @Test
    void official_answersEveryLineOfTheResourceWithItsName() throws IOException {
        Map<String, String> lines = readResourceNaively();

        assertThat(lines).hasSize(91_599);
        lines.forEach((code, name) -> assertThat(registry.find(code)).as(code).map(Region::name).contains(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"REGENCY", "DISTRICT", "VILLAGE"})
    void everyRegion_hasItsParentInTheRegistry(RegionLevel level) {
        List<Region> regions = registry.all(level);

        assertThat(regions).hasSize(registry.count(level));
        assertThat(regions).allSatisfy(r -> assertThat(registry.contains(r.parent().orElseThrow())).as(r.code().value()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PROVINCE", "REGENCY", "DISTRICT"})
    void childrenOfEveryRegion_addUpToTheLevelBelow(RegionLevel level) {
        RegionLevel below = RegionLevel.values()[level.ordinal() + 1];

        int total = registry.all(level).stream().mapToInt(r -> {
            List<Region> children = registry.children(r.code());
            assertThat(children).allSatisfy(c -> assertThat(c.parent()).contains(r.code()));
            assertThat(children).isSortedAccordingTo(Comparator.comparing(Region::code));
            return children.size();
        }).sum();

        assertThat(total).isEqualTo(registry.count(below));
    }

    @Test
    void regencyKind_agreesWithTheOfficialNames() {
        Map<RegencyKind, Long> kinds = registry.all(RegionLevel.REGENCY).stream().collect(
                Collectors.groupingBy(r -> r.code().regencyKind().orElseThrow(), () -> new EnumMap<>(RegencyKind.class),
                        Collectors.counting()));

        assertThat(registry.all(RegionLevel.REGENCY)).allSatisfy(r -> assertThat(r.name()).as(r.code().value())
                .startsWith(r.code().regencyKind().orElseThrow() == RegencyKind.KOTA ? "Kota " : "Kabupaten "));
        assertThat(kinds).containsEntry(RegencyKind.KABUPATEN, 416L).containsEntry(RegencyKind.KOTA, 98L);
    }

    @Test
    void villageKind_agreesWithTheData() {
        List<Region> villages = registry.all(RegionLevel.VILLAGE);
        Map<VillageKind, Long> kinds = villages.stream().collect(Collectors.groupingBy(
                r -> r.code().villageKind().orElseThrow(), () -> new EnumMap<>(VillageKind.class), Collectors.counting()));

        assertThat(kinds).containsEntry(VillageKind.KELURAHAN, 8_496L).containsEntry(VillageKind.DESA, 75_252L)
                .containsEntry(VillageKind.DESA_ADAT, 14L);
        assertThat(villages).allSatisfy(r -> assertThat(r.name().startsWith("Desa Adat "))
                .as(r.code().value()).isEqualTo(r.code().villageKind().orElseThrow() == VillageKind.DESA_ADAT));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "35.29.22|Ra\"as",
            "12.07.28.1007|Lubuk Pakam I,II",
            "14.02.09.2010|Lambang Sari I, II, III",
            "35.13.15.2017|Soka\"an",
            "94.04.10.2004|T\"Singa",
            "53.07.01.2021|Regapu\u2019u"})
    void namesThatNeededQuotingInTheCsv_surviveIntact(String code, String name) {
        assertThat(registry.find(code)).map(Region::name).contains(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "61.06|Kabupaten Kapuas Hulu", "61.12|Kabupaten Kubu Raya", "61.01|Kabupaten Sambas",
            "61.03|Kabupaten Sanggau", "62.03|Kabupaten Kapuas", "36.73|Kota Serang",
            "36.03|Kabupaten Tangerang", "36.71|Kota Tangerang", "36.74|Kota Tangerang Selatan"})
    void demoWorldRegencies_existWithTheirOfficialNames(String code, String name) {
        assertThat(registry.find(code)).map(Region::name).contains(name);
        assertThat(registry.children(code)).isNotEmpty()
                .allSatisfy(d -> assertThat(d.level()).isEqualTo(RegionLevel.DISTRICT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kubu raya", "KUBU  RAYA", "  Kubu-Raya ", "Kubu Rayá", "KÜBU RAYA"})
    void search_ignoresCaseSpacingPunctuationAndAccents(String query) {
        List<Region> found = registry.search(query, 10);

        assertThat(found).extracting(r -> r.code().value()).containsExactly("61.12", "11.11.15.2008");
    }

    @Test
    void search_typographicAndPlainApostrophes_findTheSameVillage() {
        assertThat(registry.search("regapu'u", 5)).extracting(Region::name).containsExactly("Regapu\u2019u");
        assertThat(registry.search("Regapu\u2019u", 5)).extracting(Region::name).containsExactly("Regapu\u2019u");
    }

    @Test
    void search_ordersByLevelThenCode() {
        List<Region> found = registry.search("kapuas", 100);

        assertThat(found).extracting(r -> r.code().value()).startsWith("61.06", "62.03");
        assertThat(found).isSortedAccordingTo(Comparator.comparing(Region::level).thenComparing(Region::code));
    }

    @Test
    void search_stopsAtTheLimit() {
        List<Region> found = registry.search("sungai", 50);

        assertThat(found).hasSize(50);
        assertThat(registry.search("sungai", 3)).isEqualTo(found.subList(0, 3));
        assertThat(registry.search("sungai", 0)).isEmpty();
    }

    @Test
    void search_restrictedToALevel_answersOnlyThatLevel() {
        assertThat(registry.search("kapuas", RegionLevel.REGENCY, 10)).extracting(Region::name)
                .containsExactly("Kabupaten Kapuas Hulu", "Kabupaten Kapuas");
        assertThat(registry.search("kapuas", RegionLevel.DISTRICT, 100))
                .isNotEmpty().allSatisfy(r -> assertThat(r.level()).isEqualTo(RegionLevel.DISTRICT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "--", "tidak ada wilayah bernama begini"})
    void search_blankOrUnknownQuery_findsNothing(String query) {
        assertThat(registry.search(query, 10)).isEmpty();
    }

    @Test
    void parentChain_runsFromTheVillageUpToItsProvince() {
        List<Region> chain = registry.parentChain(RegionCode.parse("61.12.01.2001"));

        assertThat(chain).extracting(r -> r.code().value()).containsExactly("61.12.01.2001", "61.12.01", "61.12", "61");
        assertThat(chain.get(3).name()).isEqualTo("Kalimantan Barat");
    }

    @Test
    void parentChain_ofAnOldPapuaCode_keepsOnlyWhatStillExists() {
        assertThat(registry.find("91.01")).isEmpty();
        assertThat(registry.parentChain(RegionCode.parse("91.01.01"))).extracting(r -> r.code().value())
                .containsExactly("91");
    }

    @Test
    void find_acceptsCompactCodes_andFindsNothingForUnknownOrMalformedOnes() {
        assertThat(registry.find("611201")).isEqualTo(registry.find(RegionCode.parse("61.12.01")));
        assertThat(registry.find("61.12.99")).isEmpty();
        assertThat(registry.find("not a code")).isEmpty();
        assertThat(registry.find((String) null)).isEmpty();
        assertThat(registry.children("61.12.99")).isEmpty();
        assertThat(registry.children("61.12.01.2001")).isEmpty();
        assertThat(registry.children("nonsense")).isEmpty();
    }

    @Test
    void all_provinces_areTheThirtyEightInCodeOrder() {
        List<Region> provinces = registry.all(RegionLevel.PROVINCE);

        assertThat(provinces).hasSize(38).isSortedAccordingTo(Comparator.comparing(Region::code));
        assertThat(provinces.get(0)).isEqualTo(new Region(RegionCode.parse("11"), "Aceh"));
    }

    private static Map<String, String> readResourceNaively() throws IOException {
        Map<String, String> lines = new LinkedHashMap<>();
        try (InputStream in = RegionRegistry.class.getResourceAsStream("wilayah/wilayah.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String district = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String code = line.substring(0, line.indexOf(' '));
                if (code.length() == 8) {
                    district = code;
                }
                lines.put(code.length() == 4 ? district + "." + code : code, line.substring(code.length() + 1));
            }
        }
        return lines;
    }
}
