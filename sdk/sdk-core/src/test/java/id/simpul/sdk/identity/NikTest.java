package id.simpul.sdk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per NIK rule. The numbers are synthetic: real kecamatan codes (61.12.01 Sungai Raya,
 * Kubu Raya) with made-up dates and serials.
 */
class NikTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 22);
    private static final RegionRegistry REGIONS = RegionRegistry.of(List.of(
            new Region(RegionCode.parse("61"), "Kalimantan Barat"),
            new Region(RegionCode.parse("61.12"), "Kabupaten Kubu Raya"),
            new Region(RegionCode.parse("61.12.01"), "Sungai Raya")));

    private static NikValidation validate(String text) {
        return Nik.validate(text, REGIONS, REFERENCE);
    }

    private static List<NikProblem> errors(String text) {
        return validate(text).errors();
    }

    @Test
    void parse_manNik_exposesRegionGenderBirthDateAndSerial() {
        Nik nik = Nik.parse("6112011708900001", REFERENCE);

        assertThat(nik.region()).isEqualTo(RegionCode.parse("61.12.01"));
        assertThat(nik.gender()).isEqualTo(Gender.MALE);
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(1990, 8, 17));
        assertThat(nik.serial()).isEqualTo(1);
        assertThat(nik.value()).isEqualTo("6112011708900001");
    }

    @Test
    void parse_womanNik_hasFortyAddedToTheDay() {
        Nik nik = Nik.parse("6112015708900123", REFERENCE);

        assertThat(nik.gender()).isEqualTo(Gender.FEMALE);
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(1990, 8, 17));
        assertThat(nik.serial()).isEqualTo(123);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6112 0117 0890 0001", "611201.170890.0001", "61-12-01-17-08-90-0001", " 6112011708900001\t",
            "6112\u00a00117\u00a008900001"})
    void validate_spacesDotsAndDashesBetweenDigits_areIgnored(String text) {
        NikValidation v = validate(text);

        assertThat(v.isValid()).isTrue();
        assertThat(v.nik()).contains(Nik.parse("6112011708900001", REFERENCE));
    }

    @ParameterizedTest
    @CsvSource({"6112O11708900001, 5", "x6112011708900001, 1", "6112 01/17 08900001, 8", "611201170890000l, 16"})
    void validate_characterThatIsNotADigit_isNamedByItsPosition(String text, int position) {
        NikValidation v = validate(text);

        assertThat(v.errors()).containsExactly(NikProblem.NOT_A_DIGIT);
        assertThat(v.message(NikProblem.NOT_A_DIGIT).args()).containsExactly(position);
        assertThat(v.message(NikProblem.NOT_A_DIGIT).format(Locale.ENGLISH)).startsWith("Character " + position + " ");
        assertThat(v.message(NikProblem.NOT_A_DIGIT).format(Locale.forLanguageTag("id")))
                .startsWith("Karakter ke-" + position + " ");
    }

    @ParameterizedTest
    @CsvSource({"611201170890001, 15", "61120117089000011, 17", "6112, 4", "6112 0117 0890 001, 15"})
    void validate_wrongNumberOfDigits_saysHowManyWereGiven(String text, int count) {
        NikValidation v = validate(text);

        assertThat(v.errors()).containsExactly(NikProblem.WRONG_LENGTH);
        assertThat(v.message(NikProblem.WRONG_LENGTH).args()).containsExactly(count);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void validate_blank_isEmpty(String text) {
        assertThat(errors(text)).containsExactly(NikProblem.EMPTY);
        assertThat(errors(null)).containsExactly(NikProblem.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0012011708900001", "1012011708900001"})
    void validate_provinceBelowEleven_isRefused(String text) {
        assertThat(errors(text)).containsExactly(NikProblem.PROVINCE_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6100011708900001", "6170011708900001"})
    void validate_regencyZeroOrSeventy_isRefused(String text) {
        assertThat(errors(text)).containsExactly(NikProblem.REGENCY_INVALID);
    }

    @Test
    void validate_kecamatanZero_isRefused() {
        assertThat(errors("6112001708900001")).containsExactly(NikProblem.DISTRICT_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "32", "36", "40", "72", "80", "99"})
    void validate_dayZeroOrThirtyTwoToFortyOrSeventyTwoAndAbove_isRefused(String day) {
        assertThat(errors("611201" + day + "08900001")).containsExactly(NikProblem.DAY_INVALID);
    }

    @ParameterizedTest
    @CsvSource({"01, MALE, 1", "31, MALE, 31", "41, FEMALE, 1", "71, FEMALE, 31"})
    void validate_dayAtTheEdgesOfBothRanges_isAccepted(String day, Gender gender, int dayOfMonth) {
        Nik nik = validate("611201" + day + "01900001").orElseThrow();

        assertThat(nik.gender()).isEqualTo(gender);
        assertThat(nik.birthDate().getDayOfMonth()).isEqualTo(dayOfMonth);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "13", "99"})
    void validate_monthZeroOrThirteenAndAbove_isRefused(String month) {
        assertThat(errors("61120117" + month + "900001")).containsExactly(NikProblem.MONTH_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"310490", "300290", "710490"})
    void validate_dayThatTheMonthDoesNotHave_isNoSuchDate(String date) {
        assertThat(errors("611201" + date + "0001")).containsExactly(NikProblem.NO_SUCH_DATE);
    }

    @Test
    void validate_twentyNinthOfFebruary_isAcceptedOnlyInLeapYears() {
        assertThat(validate("6112012902960001").orElseThrow().birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
        assertThat(validate("6112016902000001").orElseThrow().birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(errors("6112012902230001")).containsExactly(NikProblem.NO_SUCH_DATE);
        assertThat(errors("6112012902970001")).containsExactly(NikProblem.NO_SUCH_DATE);
    }

    @Test
    void century_isTheLatestReadingNotAfterTheReferenceDate() {
        assertThat(Nik.parse("6112010112260001", REFERENCE).birthDate()).isEqualTo(LocalDate.of(1926, 12, 1));
        assertThat(Nik.parse("6112012211260001", REFERENCE).birthDate()).isEqualTo(REFERENCE);
        assertThat(Nik.parse("6112010112260001", LocalDate.of(2026, 12, 1)).birthDate())
                .isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Nik.parse("6112010101270001", REFERENCE).birthDate()).isEqualTo(LocalDate.of(1927, 1, 1));
        assertThat(Nik.parse("6112010101000001", REFERENCE).birthDate()).isEqualTo(LocalDate.of(2000, 1, 1));
    }

    @Test
    void validate_birthDateThatCanOnlyBeReadAfterTheReferenceDate_isRefused() {
        // 29-02-00 is 29 February 2000 (after the reference) or 1900, which had no 29 February.
        NikValidation v = Nik.validate("6112012902000001", REGIONS, LocalDate.of(2000, 2, 10));

        assertThat(v.errors()).containsExactly(NikProblem.BIRTH_DATE_AFTER_REFERENCE);
        assertThat(Nik.validate("6112012902000001", REGIONS, LocalDate.of(2000, 2, 29)).isValid()).isTrue();
    }

    @Test
    void validate_serialZero_isRefused() {
        assertThat(errors("6112011708900000")).containsExactly(NikProblem.SERIAL_ZERO);
        assertThat(validate("6112011708909999").orElseThrow().serial()).isEqualTo(9999);
    }

    @Test
    void validate_wellFormedButUnknownKecamatan_isOnlyAWarning() {
        // 91.01 was Kabupaten Merauke before Papua was split in 2022; old NIKs keep the code.
        NikValidation v = validate("9101011708900001");

        assertThat(v.isValid()).isTrue();
        assertThat(v.errors()).isEmpty();
        assertThat(v.warnings()).containsExactly(NikProblem.REGION_UNKNOWN);
        assertThat(v.nik().map(Nik::region)).contains(RegionCode.parse("91.01.01"));
        assertThat(v.messages()).extracting(m -> m.key()).containsExactly("nik.regionUnknown");
    }

    @Test
    void validate_againstTheOfficialRegistry_warnsAboutPrePapuaSplitCodes() {
        RegionRegistry official = RegionRegistry.official();

        assertThat(Nik.validate("9101011708900001", official, REFERENCE).warnings())
                .containsExactly(NikProblem.REGION_UNKNOWN);
        assertThat(Nik.validate("6112011708900001", official, REFERENCE).warnings()).isEmpty();
    }

    @Test
    void validate_severalErrors_areAllReportedInOrder() {
        assertThat(errors("1000003313900000")).containsExactly(NikProblem.PROVINCE_INVALID,
                NikProblem.REGENCY_INVALID, NikProblem.DISTRICT_INVALID, NikProblem.DAY_INVALID,
                NikProblem.MONTH_INVALID, NikProblem.SERIAL_ZERO);
    }

    @Test
    void parse_invalidNik_throwsAPreciseMessageInBothLanguagesWithoutTheNumber() {
        String text = "6112013204900001";

        assertThatThrownBy(() -> Nik.parse(text, REFERENCE)).isInstanceOfSatisfying(InvalidNikException.class, e -> {
            assertThat(e.code()).isEqualTo("nik.invalid");
            assertThat(e.retryable()).isFalse();
            assertThat(e.problems()).containsExactly(NikProblem.DAY_INVALID);
            assertThat(e.getMessage()).contains("digit 7\u20138").doesNotContain(text).doesNotContain("3204");
            assertThat(e.getMessage(Locale.ENGLISH)).startsWith("The day of birth").doesNotContain(text);
        });
    }

    @Test
    void parse_wellFormedUnknownKecamatan_isAccepted() {
        assertThat(Nik.parse("9101011708900001", REFERENCE).region()).isEqualTo(RegionCode.parse("91.01.01"));
    }

    @Test
    void maskedAndToString_showOnlyTheRegencyAndTheSerial() {
        Nik nik = Nik.parse("6112015708900123", REFERENCE);

        assertThat(nik.masked()).isEqualTo("6112********0123");
        assertThat(nik).hasToString("Nik[6112********0123]");
        assertThat(validate("6112015708900123").toString()).doesNotContain("570890").contains("valid");
    }

    @Test
    void equals_dependsOnTheDigitsOnly() {
        Nik plain = Nik.parse("6112011708900001", REFERENCE);
        Nik spaced = Nik.parse("6112 0117 0890 0001", REFERENCE);

        assertThat(spaced).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(Nik.parse("6112011708900002", REFERENCE)).isNotEqualTo(plain);
        assertThat(plain).isNotEqualTo("6112011708900001");
    }

    @Test
    void validationsOfTheSameNumber_areEqual() {
        NikValidation valid = validate("6112011708900001");
        NikValidation invalid = validate("6112013208900001");

        assertThat(validate("6112 0117 0890 0001")).isEqualTo(valid).hasSameHashCodeAs(valid);
        assertThat(validate("6112013208900001")).isEqualTo(invalid).hasSameHashCodeAs(invalid);
        assertThat(invalid).isNotEqualTo(valid).hasToString("NikValidation[errors=[DAY_INVALID], warnings=[]]");
        assertThat(validate("611201170890001")).isNotEqualTo(validate("61120117089001"));
    }

    @Test
    void of_buildsTheDigitsFromTheParts() {
        Nik nik = Nik.of(RegionCode.parse("61.12.01"), Gender.FEMALE, LocalDate.of(2001, 3, 9), 42);

        assertThat(nik.value()).isEqualTo("6112014903010042");
        assertThat(Nik.parse(nik.value(), REFERENCE)).isEqualTo(nik);
        assertThat(Nik.parse(nik.value(), REFERENCE).birthDate()).isEqualTo(nik.birthDate());
    }

    @Test
    void of_refusesARegionThatIsNotAKecamatanAndASerialOutOfRange() {
        LocalDate date = LocalDate.of(2001, 3, 9);

        assertThatThrownBy(() -> Nik.of(RegionCode.parse("61.12"), Gender.MALE, date, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kecamatan");
        assertThatThrownBy(() -> Nik.of(RegionCode.parse("61.12.01"), Gender.MALE, date, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Nik.of(RegionCode.parse("61.12.01"), Gender.MALE, date, 10_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void message_ofAProblemNotFound_isRefused() {
        assertThatThrownBy(() -> validate("6112011708900001").message(NikProblem.DAY_INVALID))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void identityNumbers_readTodayFromTheInjectedClock() {
        Clock clock = Clock.fixed(Instant.parse("2000-02-09T16:00:00Z"), ZoneOffset.UTC);
        IdentityNumbers readInUtc = IdentityNumbers.of(REGIONS, clock);

        assertThat(readInUtc.today()).isEqualTo(LocalDate.of(2000, 2, 9));
        assertThat(readInUtc.validateNik("6112012902000001").errors())
                .containsExactly(NikProblem.BIRTH_DATE_AFTER_REFERENCE);
        assertThat(readInUtc.parseNik("6112011708900001").birthDate()).isEqualTo(LocalDate.of(1990, 8, 17));
    }

    @Test
    void identityNumbers_standardUsesWitAndTheOfficialRegistry() {
        assertThat(IdentityNumbers.EARLIEST_INDONESIAN_ZONE.getId()).isEqualTo("Asia/Jayapura");
        assertThat(Nik.validate("9101011708900001").warnings()).containsExactly(NikProblem.REGION_UNKNOWN);
        assertThat(Nik.parse("6112011708900001").birthDate()).isEqualTo(LocalDate.of(1990, 8, 17));
    }
}
