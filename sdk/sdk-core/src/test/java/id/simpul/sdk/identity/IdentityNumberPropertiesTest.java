package id.simpul.sdk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** NIKs and KK numbers built from real kecamatan codes of the official dataset. */
class IdentityNumberPropertiesTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 22);
    private static final RegionRegistry OFFICIAL = RegionRegistry.official();
    private static final List<Region> KECAMATAN = OFFICIAL.all(RegionLevel.DISTRICT);

    /** The parts of a number, and its digits written out independently of the code under test. */
    record Parts(Region kecamatan, Gender gender, LocalDate date, int serial) {
        String nikDigits() {
            int day = date.getDayOfMonth() + (gender == Gender.FEMALE ? 40 : 0);
            return kecamatan.code().compact() + "%02d%02d%02d%04d".formatted(day, date.getMonthValue(),
                    date.getYear() % 100, serial);
        }

        String kkDigits() {
            return kecamatan.code().compact() + "%02d%02d%02d%04d".formatted(date.getDayOfMonth(),
                    date.getMonthValue(), date.getYear() % 100, serial);
        }
    }

    @Provide
    Arbitrary<Parts> parts() {
        Arbitrary<Region> kecamatan = Arbitraries.of(KECAMATAN);
        Arbitrary<LocalDate> date = Arbitraries.longs().between(0, 36_523)
                .map(days -> REFERENCE.minusDays(days));
        return Combinators.combine(kecamatan, Arbitraries.of(Gender.class), date, Arbitraries.integers().between(1, 9999))
                .as(Parts::new);
    }

    @Property
    void nikFromARealKecamatanAValidDateAndASerial_validatesAndRoundTrips(@ForAll("parts") Parts p) {
        NikValidation v = Nik.validate(p.nikDigits(), OFFICIAL, REFERENCE);

        assertThat(v.errors()).isEmpty();
        assertThat(v.warnings()).isEmpty();
        Nik nik = v.orElseThrow();
        assertThat(nik.region()).isEqualTo(p.kecamatan().code());
        assertThat(nik.gender()).isEqualTo(p.gender());
        assertThat(nik.birthDate()).isEqualTo(p.date());
        assertThat(nik.serial()).isEqualTo(p.serial());
        assertThat(Nik.of(p.kecamatan().code(), p.gender(), p.date(), p.serial())).isEqualTo(nik);
    }

    @Property
    void kkNumberFromARealKecamatanAValidDateAndASerial_validatesAndRoundTrips(@ForAll("parts") Parts p) {
        KkValidation v = KkNumber.validate(p.kkDigits(), OFFICIAL, REFERENCE);

        assertThat(v.errors()).isEmpty();
        assertThat(v.warnings()).isEmpty();
        KkNumber kk = v.orElseThrow();
        assertThat(kk.region()).isEqualTo(p.kecamatan().code());
        assertThat(kk.registrationDate()).isEqualTo(p.date());
        assertThat(kk.serial()).isEqualTo(p.serial());
    }

    @Property
    void anySingleDigitChangeOfTheDay_isCaughtExactlyWhenTheDayLeavesTheValidRanges(
            @ForAll("parts") Parts p, @ForAll @IntRange(min = 6, max = 7) int position,
            @ForAll @IntRange(min = 0, max = 9) int digit) {
        char[] digits = p.nikDigits().toCharArray();
        digits[position] = (char) ('0' + digit);
        int rawDay = (digits[6] - '0') * 10 + (digits[7] - '0');
        boolean dayInRange = (rawDay >= 1 && rawDay <= 31) || (rawDay >= 41 && rawDay <= 71);

        NikValidation v = Nik.validate(new String(digits), OFFICIAL, REFERENCE);

        assertThat(v.has(NikProblem.DAY_INVALID)).isEqualTo(!dayInRange);
    }

    @Property
    void kkDayAboveThirtyOne_isAlwaysCaught(@ForAll("parts") Parts p, @ForAll @IntRange(min = 32, max = 99) int day) {
        String digits = p.kkDigits().substring(0, 6) + "%02d".formatted(day) + p.kkDigits().substring(8);

        assertThat(KkNumber.validate(digits, OFFICIAL, REFERENCE).errors()).containsExactly(KkProblem.DAY_INVALID);
    }

    @Property
    void toStringAndMasked_neverShowTheWholeNumberOrTheBirthDate(@ForAll("parts") Parts p) {
        Nik nik = Nik.parse(p.nikDigits(), REFERENCE);
        KkNumber kk = KkNumber.parse(p.kkDigits(), REFERENCE);

        for (String shown : List.of(nik.toString(), nik.masked(), Nik.validate(p.nikDigits(), OFFICIAL, REFERENCE)
                .toString())) {
            assertThat(shown).doesNotContain(nik.value()).doesNotContain(nik.value().substring(4, 12));
        }
        for (String shown : List.of(kk.toString(), kk.masked())) {
            assertThat(shown).doesNotContain(kk.value()).doesNotContain(kk.value().substring(4, 12));
        }
    }

    @Property
    void errorMessages_neverRepeatTheNumber(@ForAll("parts") Parts p, @ForAll @IntRange(min = 0, max = 15) int position) {
        char[] digits = p.nikDigits().toCharArray();
        digits[position] = 'x';
        String text = new String(digits);
        NikValidation v = Nik.validate(text, OFFICIAL, REFERENCE);

        assertThat(v.errors()).containsExactly(NikProblem.NOT_A_DIGIT);
        for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
            assertThat(v.messages()).allSatisfy(m -> assertThat(m.format(locale))
                    .doesNotContain(text).doesNotContain(p.nikDigits().substring(6, 12)));
        }
    }
}
