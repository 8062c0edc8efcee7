package id.simpul.sdk.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link RegionRegistry#of} for deployments and tests that bring their own list of regions. */
class RegionRegistryOfTest {

    private static Region region(String code, String name) {
        return new Region(RegionCode.parse(code), name);
    }

    private static final List<Region> KUBU_RAYA = List.of(
            region("61", "Kalimantan Barat"),
            region("61.12", "Kabupaten Kubu Raya"),
            region("61.12.01", "Sungai Raya"),
            region("61.12.02", "Kuala Mandor B"),
            region("61.12.01.2001", "Sungai Raya"),
            region("61.12.01.2002", "Kapur"),
            region("61.12.01.1001", "Kelurahan Contoh"));

    @Test
    void of_regionsInAnyOrder_areFoundAndListedInCodeOrder() {
        List<Region> shuffled = new ArrayList<>(KUBU_RAYA);
        Collections.reverse(shuffled);
        RegionRegistry registry = RegionRegistry.of(shuffled);

        assertThat(registry.find("61.12.02")).contains(region("61.12.02", "Kuala Mandor B"));
        assertThat(registry.children("61.12.01")).extracting(r -> r.code().value())
                .containsExactly("61.12.01.1001", "61.12.01.2001", "61.12.01.2002");
        assertThat(registry.children("61.12")).extracting(Region::name).containsExactly("Sungai Raya", "Kuala Mandor B");
        assertThat(registry.count(RegionLevel.VILLAGE)).isEqualTo(3);
        assertThat(registry.all(RegionLevel.DISTRICT)).hasSize(2);
    }

    @Test
    void of_childrenOfTheLastSibling_doNotSpillIntoTheNextRegion() {
        RegionRegistry registry = RegionRegistry.of(List.of(region("61", "Kalimantan Barat"),
                region("61.11", "Kabupaten A"), region("61.11.99", "Ujung"), region("61.12", "Kabupaten B"),
                region("61.12.01", "Awal")));

        assertThat(registry.children("61.11")).extracting(Region::name).containsExactly("Ujung");
        assertThat(registry.children("61")).extracting(Region::name).containsExactly("Kabupaten A", "Kabupaten B");
    }

    @Test
    void of_aRegionWithoutItsParent_isRefusedNamingBoth() {
        List<Region> orphan = List.of(region("61", "Kalimantan Barat"), region("61.12.01", "Sungai Raya"));

        assertThatThrownBy(() -> RegionRegistry.of(orphan)).isInstanceOf(InvalidRegionException.class)
                .hasMessageContaining("61.12.01").hasMessageContaining("61.12");
        assertThat(catchThrowableOfType(() -> RegionRegistry.of(orphan), InvalidRegionException.class)
                .getMessage(Locale.ENGLISH)).isEqualTo("Region 61.12.01 has no parent 61.12 in the set. "
                        + "Add the parent region, or check the code.");
    }

    @Test
    void of_aRepeatedCode_isRefused() {
        List<Region> twice = List.of(region("61", "Kalimantan Barat"), region("61", "Kalbar"));

        assertThatThrownBy(() -> RegionRegistry.of(twice)).isInstanceOf(InvalidRegionException.class)
                .hasMessageContaining("61 muncul dua kali");
        assertThat(catchThrowableOfType(() -> RegionRegistry.of(twice), InvalidRegionException.class)
                .getMessage(Locale.ENGLISH)).startsWith("Region code 61 appears twice.");
    }

    @Test
    void of_nothing_isAnEmptyRegistry() {
        RegionRegistry empty = RegionRegistry.of(List.of());

        assertThat(empty.count(RegionLevel.PROVINCE)).isZero();
        assertThat(empty.find("61")).isEmpty();
        assertThat(empty.search("raya", 10)).isEmpty();
        assertThat(empty.all(RegionLevel.VILLAGE)).isEmpty();
    }

    @Test
    void namesWithNonLatinCharacters_survive_andAreSearchable() {
        RegionRegistry registry = RegionRegistry.of(List.of(region("61", "Kalimantan Barat"),
                region("61.12", "Kabupaten Ñusa Çontoh ʻOla")));

        assertThat(registry.find("61.12")).map(Region::name).contains("Kabupaten Ñusa Çontoh ʻOla");
        assertThat(registry.search("nusa contoh", 5)).extracting(Region::name).containsExactly("Kabupaten Ñusa Çontoh ʻOla");
    }

    @Test
    void contains_answersWithoutBuildingValues() {
        RegionRegistry registry = RegionRegistry.of(KUBU_RAYA);

        assertThat(registry.contains(RegionCode.parse("61.12.01.2002"))).isTrue();
        assertThat(registry.contains(RegionCode.parse("61.12.01.2003"))).isFalse();
        assertThat(registry.contains(RegionCode.parse("62"))).isFalse();
    }
}
