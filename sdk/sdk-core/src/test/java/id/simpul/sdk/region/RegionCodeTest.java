package id.simpul.sdk.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({"61, 61, PROVINCE", "61.12, 6112, REGENCY", "61.12.01, 611201, DISTRICT",
            "61.12.01.2001, 6112012001, VILLAGE"})
    void parse_dottedAndCompactForms_giveTheSameCode(String dotted, String compact, RegionLevel level) {
        RegionCode fromDotted = RegionCode.parse(dotted);
        RegionCode fromCompact = RegionCode.parse(compact);

        assertThat(fromCompact).isEqualTo(fromDotted).hasSameHashCodeAs(fromDotted);
        assertThat(fromCompact.value()).isEqualTo(dotted);
        assertThat(fromDotted.compact()).isEqualTo(compact);
        assertThat(fromDotted.level()).isEqualTo(level);
    }

    @Test
    void parse_surroundingSpaces_areIgnored() {
        assertThat(RegionCode.parse("  61.12 \t").value()).isEqualTo("61.12");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|region.code.empty", "'   '|region.code.empty",
            "6|region.code.shape", "611|region.code.shape", "61120|region.code.shape",
            "61121|region.code.shape", "61.1|region.code.shape", "61.12.1|region.code.shape",
            "61.12.01.201|region.code.shape", "61.12.01.2001.1|region.code.shape", "61..12|region.code.shape",
            "61.12.|region.code.shape", "6a.12|region.code.shape", "61-12|region.code.shape",
            "61.12.01.20011|region.code.shape", "611201200|region.code.shape",
            "10|region.code.province", "00.01|region.code.province", "0912|region.code.province",
            "61.00|region.code.regency", "61.70|region.code.regency",
            "61.12.00|region.code.district", "611200|region.code.district",
            "61.12.01.0001|region.code.village", "61.12.01.4001|region.code.village",
            "61.12.01.2000|region.code.village", "6112011000|region.code.village"})
    void parse_malformedCode_isRefusedWithTheReason(String text, String key) {
        assertThatThrownBy(() -> RegionCode.parse(text))
                .isInstanceOfSatisfying(InvalidRegionCodeException.class, e -> {
                    assertThat(e.localizedMessage().key()).isEqualTo(key);
                    assertThat(e.code()).isEqualTo("region.code.invalid");
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage(Locale.ENGLISH)).doesNotStartWith("region.code");
                });
    }

    @Test
    void parse_null_isRefusedAsEmpty() {
        assertThatThrownBy(() -> RegionCode.parse(null))
                .isInstanceOfSatisfying(InvalidRegionCodeException.class,
                        e -> assertThat(e.localizedMessage().key()).isEqualTo("region.code.empty"));
    }

    @Test
    void tryParse_malformedCode_isEmpty() {
        assertThat(RegionCode.tryParse("61.70")).isEmpty();
        assertThat(RegionCode.tryParse("61.71")).contains(RegionCode.parse("6171"));
    }

    @Test
    void parent_walksUpOneLevelAtATime() {
        RegionCode village = RegionCode.parse("61.12.01.2001");

        assertThat(village.parent()).contains(RegionCode.parse("61.12.01"));
        assertThat(village.parent().flatMap(RegionCode::parent)).contains(RegionCode.parse("61.12"));
        assertThat(RegionCode.parse("61.12").parent()).contains(RegionCode.parse("61"));
        assertThat(RegionCode.parse("61").parent()).isEmpty();
    }

    @Test
    void truncate_cutsToAHigherLevel_andRefusesALowerOne() {
        RegionCode district = RegionCode.parse("61.12.01");

        assertThat(district.truncate(RegionLevel.PROVINCE)).isEqualTo(RegionCode.parse("61"));
        assertThat(district.truncate(RegionLevel.REGENCY)).isEqualTo(RegionCode.parse("61.12"));
        assertThat(district.truncate(RegionLevel.DISTRICT)).isSameAs(district);
        assertThat(district.province()).isEqualTo(RegionCode.parse("61"));
        assertThat(district.regency()).contains(RegionCode.parse("61.12"));
        assertThat(RegionCode.parse("61").regency()).isEmpty();
        assertThatThrownBy(() -> district.truncate(RegionLevel.VILLAGE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isWithin_holdsForItselfAndItsAncestorsOnly() {
        RegionCode district = RegionCode.parse("61.12.01");

        assertThat(district.isWithin(RegionCode.parse("61.12.01"))).isTrue();
        assertThat(district.isWithin(RegionCode.parse("61.12"))).isTrue();
        assertThat(district.isWithin(RegionCode.parse("61"))).isTrue();
        assertThat(district.isWithin(RegionCode.parse("61.12.01.2001"))).isFalse();
        assertThat(district.isWithin(RegionCode.parse("61.11"))).isFalse();
        assertThat(district.isWithin(RegionCode.parse("62"))).isFalse();
        assertThat(RegionCode.parse("61.12").isWithin(district)).isFalse();
    }

    @Test
    void regencyKind_followsTheRegencyNumber() {
        assertThat(RegionCode.parse("61.12").regencyKind()).contains(RegencyKind.KABUPATEN);
        assertThat(RegionCode.parse("61.69.01").regencyKind()).contains(RegencyKind.KABUPATEN);
        assertThat(RegionCode.parse("36.71").regencyKind()).contains(RegencyKind.KOTA);
        assertThat(RegionCode.parse("36.99").regencyKind()).contains(RegencyKind.KOTA);
        assertThat(RegionCode.parse("36").regencyKind()).isEmpty();
    }

    @Test
    void villageKind_followsTheFirstVillageDigit() {
        assertThat(RegionCode.parse("61.12.01.1001").villageKind()).contains(VillageKind.KELURAHAN);
        assertThat(RegionCode.parse("61.12.01.2001").villageKind()).contains(VillageKind.DESA);
        assertThat(RegionCode.parse("91.03.01.3007").villageKind()).contains(VillageKind.DESA_ADAT);
        assertThat(RegionCode.parse("61.12.01").villageKind()).isEmpty();
    }

    @Test
    void equalsAndOrder_dependOnTheCodeOnly() {
        RegionCode a = RegionCode.parse("61.12");

        assertThat(a).isEqualTo(RegionCode.parse(" 6112 ")).isNotEqualTo(RegionCode.parse("61.12.01"))
                .isNotEqualTo("61.12");
        assertThat(a.compareTo(RegionCode.parse("61.12.01"))).isNegative();
        assertThat(RegionCode.parse("61.13").compareTo(RegionCode.parse("61.12.99"))).isPositive();
        assertThat(a).hasToString("61.12");
    }

    @Property
    void parse_anyWellFormedDistrict_roundTripsThroughBothForms(@ForAll @IntRange(min = 11, max = 99) int province,
                                                              @ForAll @IntRange(min = 1, max = 99) int regency,
                                                              @ForAll @IntRange(min = 1, max = 99) int district) {
        if (regency == 70) {
            return;
        }
        String dotted = String.format("%02d.%02d.%02d", province, regency, district);
        RegionCode code = RegionCode.parse(dotted);

        assertThat(RegionCode.parse(code.compact())).isEqualTo(code);
        assertThat(code.value()).isEqualTo(dotted);
    }
}
