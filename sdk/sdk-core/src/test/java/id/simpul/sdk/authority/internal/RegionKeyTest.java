package id.simpul.sdk.authority.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.region.RegionCode;
import org.junit.jupiter.api.Test;

/** Region codes as numbers: ancestors by arithmetic, distinct across levels. */
class RegionKeyTest {

    @Test
    void of_padsMissingLevelsWithZeros() {
        assertThat(RegionKey.of(RegionCode.parse("61"))).isEqualTo(6_100_000_000L);
        assertThat(RegionKey.of(RegionCode.parse("61.12"))).isEqualTo(6_112_000_000L);
        assertThat(RegionKey.of(RegionCode.parse("61.12.01"))).isEqualTo(6_112_010_000L);
        assertThat(RegionKey.of(RegionCode.parse("61.12.01.2001"))).isEqualTo(6_112_012_001L);
    }

    @Test
    void truncate_givesTheAncestorsKey() {
        long village = RegionKey.of(RegionCode.parse("61.12.01.2001"));

        assertThat(RegionKey.truncate(village, 3)).isEqualTo(RegionKey.of(RegionCode.parse("61.12.01")));
        assertThat(RegionKey.truncate(village, 2)).isEqualTo(RegionKey.of(RegionCode.parse("61.12")));
        assertThat(RegionKey.truncate(village, 1)).isEqualTo(RegionKey.of(RegionCode.parse("61")));
        assertThat(RegionKey.truncate(village, 4)).isEqualTo(village);
    }

    @Test
    void areaAndPair_identifyRegenciesAndUnorderedPairs() {
        assertThat(RegionKey.area(RegionKey.of(RegionCode.parse("61.06.01.1001")))).isEqualTo(6106);
        assertThat(RegionKey.area(RegionKey.of(RegionCode.parse("61")))).isEqualTo(6100);
        assertThat(RegionKey.pair(6112, 6106)).isEqualTo(RegionKey.pair(6106, 6112)).isEqualTo(61_066_112L);
        assertThat(RegionKey.withIndex(0, 6_112_000_000L)).isNotEqualTo(RegionKey.withIndex(1, 6_112_000_000L));
    }
}
