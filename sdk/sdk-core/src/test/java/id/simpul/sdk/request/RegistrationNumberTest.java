package id.simpul.sdk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.region.RegionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RegistrationNumberTest {

    private static final RegionCode KUBU_RAYA = RegionCode.parse("61.12");
    private static final LocalDate DAY = LocalDate.of(2026, 4, 15);

    @Test
    void of_readsRegencyDateSequenceAndCheckDigit() {
        RegistrationNumber n = RegistrationNumber.of(KUBU_RAYA, DAY, 123);
        assertThat(n.value()).matches("6112-260415-000123-\\d");
        assertThat(n.regency()).isEqualTo(KUBU_RAYA);
        assertThat(n.date()).isEqualTo(DAY);
        assertThat(n.sequence()).isEqualTo(123);
    }

    @Test
    void of_regionBelowARegency_usesItsRegency() {
        assertThat(RegistrationNumber.of(RegionCode.parse("61.12.01"), DAY, 1).regency()).isEqualTo(KUBU_RAYA);
    }

    @Test
    void sameSequenceInTwoRegencies_givesDifferentNumbers() {
        assertThat(RegistrationNumber.of(KUBU_RAYA, DAY, 1))
                .isNotEqualTo(RegistrationNumber.of(RegionCode.parse("61.06"), DAY, 1));
    }

    @Test
    void parse_acceptsHyphensSpacesOrNothingBetweenParts() {
        RegistrationNumber n = RegistrationNumber.of(KUBU_RAYA, DAY, 123);
        assertThat(RegistrationNumber.parse(n.digits())).isEqualTo(n);
        assertThat(RegistrationNumber.parse(" " + n.value().replace('-', ' ') + " ")).isEqualTo(n);
        assertThat(RegistrationNumber.parse(n.value())).isEqualTo(n).hasSameHashCodeAs(n);
    }

    @Test
    void parse_wrongShape_isRefusedSayingSo() {
        assertThatThrownBy(() -> RegistrationNumber.parse("6112-2604-000123-4"))
                .isInstanceOfSatisfying(InvalidRegistrationNumberException.class, e -> {
                    assertThat(e.getMessage()).contains("RRRR-YYMMDD-NNNNNN-C");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("17 digits");
                });
    }

    @Test
    void everySingleDigitError_isCaughtByTheCheckDigit() {
        for (RegistrationNumber n : samples()) {
            String digits = n.digits();
            for (int i = 0; i < digits.length(); i++) {
                for (char c = '0'; c <= '9'; c++) {
                    if (c != digits.charAt(i)) {
                        String typo = digits.substring(0, i) + c + digits.substring(i + 1);
                        assertThatThrownBy(() -> RegistrationNumber.parse(typo)).as(typo)
                                .isInstanceOf(InvalidRegistrationNumberException.class)
                                .hasMessageContaining("angka pemeriksa");
                    }
                }
            }
        }
    }

    @Test
    void everyAdjacentTransposition_isCaughtByTheCheckDigit() {
        for (RegistrationNumber n : samples()) {
            String digits = n.digits();
            for (int i = 0; i + 1 < digits.length(); i++) {
                if (digits.charAt(i) != digits.charAt(i + 1)) {
                    String swapped = digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i)
                            + digits.substring(i + 2);
                    assertThatThrownBy(() -> RegistrationNumber.parse(swapped)).as(swapped)
                            .isInstanceOf(InvalidRegistrationNumberException.class);
                }
            }
        }
    }

    private static List<RegistrationNumber> samples() {
        return List.of(RegistrationNumber.of(KUBU_RAYA, DAY, 123), RegistrationNumber.of(RegionCode.parse("36.74"),
                LocalDate.of(2025, 12, 31), 999_999), RegistrationNumber.of(RegionCode.parse("94.01"),
                LocalDate.of(2030, 1, 9), 90_817));
    }

    @Test
    void of_outOfRangeSequenceYearOrAProvince_isRefused() {
        assertThatThrownBy(() -> RegistrationNumber.of(KUBU_RAYA, DAY, 0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> RegistrationNumber.of(KUBU_RAYA, DAY, 1_000_000)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> RegistrationNumber.of(KUBU_RAYA, LocalDate.of(2100, 1, 1), 1))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> RegistrationNumber.of(RegionCode.parse("61"), DAY, 1))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Property
    void ofThenParse_roundTrips(@ForAll("regencies") RegionCode regency, @ForAll("dates") LocalDate date,
                                @ForAll @IntRange(min = 1, max = 999_999) int sequence) {
        RegistrationNumber n = RegistrationNumber.of(regency, date, sequence);
        RegistrationNumber parsed = RegistrationNumber.parse(n.toString());
        assertThat(parsed).isEqualTo(n);
        assertThat(parsed.regency()).isEqualTo(regency);
        assertThat(parsed.date()).isEqualTo(date);
        assertThat(parsed.sequence()).isEqualTo(sequence);
    }

    @Provide
    Arbitrary<RegionCode> regencies() {
        return Arbitraries.of("11.01", "36.03", "36.71", "36.73", "36.74", "61.01", "61.03", "61.06", "61.12",
                "62.03", "73.71", "94.01").map(RegionCode::parse);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 36_524).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }
}
