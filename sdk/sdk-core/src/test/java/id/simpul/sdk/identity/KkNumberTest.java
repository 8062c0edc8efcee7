package id.simpul.sdk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per KK number rule; synthetic numbers on the real kecamatan 61.12.01 (Sungai Raya). */
class KkNumberTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 22);
    private static final RegionRegistry REGIONS = RegionRegistry.of(List.of(
            new Region(RegionCode.parse("61"), "Kalimantan Barat"),
            new Region(RegionCode.parse("61.12"), "Kabupaten Kubu Raya"),
            new Region(RegionCode.parse("61.12.01"), "Sungai Raya")));

    private static List<KkProblem> errors(String text) {
        return KkNumber.validate(text, REGIONS, REFERENCE).errors();
    }

    @Test
    void parse_validNumber_exposesRegionRegistrationDateAndSerial() {
        KkNumber kk = KkNumber.parse("6112011503150007", REFERENCE);

        assertThat(kk.region()).isEqualTo(RegionCode.parse("61.12.01"));
        assertThat(kk.registrationDate()).isEqualTo(LocalDate.of(2015, 3, 15));
        assertThat(kk.serial()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "32", "41", "55", "71"})
    void validate_dayZeroOrAboveThirtyOne_isRefusedEvenWhereANikWouldAddForty(String day) {
        assertThat(errors("611201" + day + "03150007")).containsExactly(KkProblem.DAY_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "13"})
    void validate_monthOutOfRange_isRefused(String month) {
        assertThat(errors("61120115" + month + "150007")).containsExactly(KkProblem.MONTH_INVALID);
    }

    @Test
    void validate_dateNotInTheCalendar_isRefused() {
        assertThat(errors("6112012902150007")).containsExactly(KkProblem.NO_SUCH_DATE);
        assertThat(errors("6112012902160007")).isEmpty();
    }

    @Test
    void validate_registrationDateThatCanOnlyBeReadAfterTheReferenceDate_isRefused() {
        assertThat(KkNumber.validate("6112012902000007", REGIONS, LocalDate.of(2000, 1, 31)).errors())
                .containsExactly(KkProblem.REGISTRATION_DATE_AFTER_REFERENCE);
    }

    @Test
    void validate_registrationDate_takesTheLatestCenturyNotAfterTheReference() {
        assertThat(KkNumber.parse("6112012311260007", REFERENCE).registrationDate()).isEqualTo(LocalDate.of(1926, 11, 23));
        assertThat(KkNumber.parse("6112012211260007", REFERENCE).registrationDate()).isEqualTo(REFERENCE);
    }

    @Test
    void validate_malformedRegionAndSerialZero_areRefused() {
        assertThat(errors("1070001503150000")).containsExactly(KkProblem.PROVINCE_INVALID, KkProblem.REGENCY_INVALID,
                KkProblem.DISTRICT_INVALID, KkProblem.SERIAL_ZERO);
    }

    @Test
    void validate_unknownKecamatan_isOnlyAWarning() {
        KkValidation v = KkNumber.validate("9101011503150007", REGIONS, REFERENCE);

        assertThat(v.isValid()).isTrue();
        assertThat(v.warnings()).containsExactly(KkProblem.REGION_UNKNOWN);
    }

    @ParameterizedTest
    @CsvSource({"6112-0115-0315-0007, 0, ", "6112a11503150007, 5, NOT_A_DIGIT", "611201150315007, 15, WRONG_LENGTH"})
    void validate_separatorsAreIgnored_andOtherCharactersOrLengthsNamed(String text, int detail, KkProblem problem) {
        KkValidation v = KkNumber.validate(text, REGIONS, REFERENCE);

        if (problem == null) {
            assertThat(v.isValid()).isTrue();
        } else {
            assertThat(v.errors()).containsExactly(problem);
            assertThat(v.message(problem).args()).containsExactly(detail);
        }
    }

    @Test
    void parse_invalidNumber_throwsWithoutRepeatingIt() {
        assertThatThrownBy(() -> KkNumber.parse("6112013503150007", REFERENCE))
                .isInstanceOfSatisfying(InvalidKkNumberException.class, e -> {
                    assertThat(e.code()).isEqualTo("kk.invalid");
                    assertThat(e.problems()).containsExactly(KkProblem.DAY_INVALID);
                    assertThat(e.getMessage()).contains("nomor KK").doesNotContain("6112013503150007");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("KK number").doesNotContain("350315");
                });
        assertThatThrownBy(() -> KkNumber.parse(null, REFERENCE)).isInstanceOf(InvalidKkNumberException.class);
    }

    @Test
    void maskedToStringAndEquals() {
        KkNumber kk = KkNumber.parse("6112011503150007", REFERENCE);

        assertThat(kk.masked()).isEqualTo("6112********0007");
        assertThat(kk).hasToString("KkNumber[6112********0007]");
        assertThat(KkNumber.parse("6112 0115 0315 0007", REFERENCE)).isEqualTo(kk).hasSameHashCodeAs(kk);
        assertThat(KkNumber.parse("6112011503150008", REFERENCE)).isNotEqualTo(kk);
    }

    @Test
    void of_buildsTheDigitsFromTheParts_andRefusesBadParts() {
        KkNumber kk = KkNumber.of(RegionCode.parse("61.12.01"), LocalDate.of(2015, 3, 15), 7);

        assertThat(kk.value()).isEqualTo("6112011503150007");
        assertThatThrownBy(() -> KkNumber.of(RegionCode.parse("61"), LocalDate.of(2015, 3, 15), 7))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KkNumber.of(RegionCode.parse("61.12.01"), LocalDate.of(2015, 3, 15), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void standardValidation_usesTheOfficialRegistry() {
        assertThat(KkNumber.validate("9101011503150007").warnings()).containsExactly(KkProblem.REGION_UNKNOWN);
        assertThat(KkNumber.parse("6112011503150007").serial()).isEqualTo(7);
    }
}
