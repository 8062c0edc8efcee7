package id.simpul.sdk.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.catalogue.FormData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Conditions are read from simple expressions and checked against form values without throwing. */
class ConditionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "luas_bangunan <= 100       | luas_bangunan | AT_MOST      | NUMBER | 100",
        "luas_bangunan<100.5        | luas_bangunan | LESS_THAN    | NUMBER | 100.5",
        "  jumlah_lantai >= 2       | jumlah_lantai | AT_LEAST     | NUMBER | 2",
        "suhu > -3                  | suhu          | GREATER_THAN | NUMBER | -3",
        "fungsi == 'HUNIAN'         | fungsi        | EQUAL        | TEXT   | 'HUNIAN'",
        "fungsi = \"USAHA\"         | fungsi        | EQUAL        | TEXT   | 'USAHA'",
        "fungsi != 'rumah tinggal'  | fungsi        | NOT_EQUAL    | TEXT   | 'rumah tinggal'",
        "tanggal_izin >= 2024-01-01 | tanggal_izin  | AT_LEAST     | DATE   | 2024-01-01"})
    void parse_simpleExpression_readsAttributeOperatorAndTypedValue(String expression, String attribute,
            ComparisonOperator operator, ConditionType type, String operand) {
        Condition c = Condition.parse(expression);

        assertThat(c.attribute()).isEqualTo(attribute);
        assertThat(c.operator()).isEqualTo(operator);
        assertThat(c.type()).isEqualTo(type);
        assertThat(c.operandText()).isEqualTo(operand);
        assertThat(Condition.parse(c.expression())).isEqualTo(c).hasSameHashCodeAs(c);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``                         | condition.blank",
        "luas_bangunan              | condition.shape",
        "luas_bangunan ~ 100        | condition.shape",
        "LuasBangunan <= 100        | condition.shape",
        "luas_bangunan <= seratus   | condition.value",
        "luas_bangunan <= 100,5     | condition.value",
        "tanggal <= 2024-02-30      | condition.date",
        "fungsi < 'HUNIAN'          | condition.text-ordering"})
    void parse_malformedExpression_saysWhatIsWrongInBothLanguages(String expression, String key) {
        assertThatThrownBy(() -> Condition.parse(expression)).isInstanceOfSatisfying(InvalidAuthorityException.class,
                e -> {
                    assertThat(e.localizedMessage().key()).isEqualTo(key);
                    assertThat(e.getMessage(Locale.ENGLISH)).doesNotContain(key).isNotBlank();
                    assertThat(e.getMessage(Locale.forLanguageTag("id"))).doesNotContain(key)
                            .isNotEqualTo(e.getMessage(Locale.ENGLISH));
                });
    }

    @Test
    void parseAll_conditionsJoinedByAnd_areAllRead() {
        assertThat(Condition.parseAll("luas_bangunan <= 100 and fungsi == 'rumah and toko' AND lantai < 3"))
                .extracting(Condition::expression)
                .containsExactly("luas_bangunan <= 100", "fungsi == 'rumah and toko'", "lantai < 3");
        assertThat(Condition.parseAll("  ")).isEmpty();
    }

    @Test
    void equality_numbersCompareByValueNotScale() {
        assertThat(Condition.parse("a <= 100")).isEqualTo(Condition.parse("a <= 100.00"))
                .hasSameHashCodeAs(Condition.parse("a <= 100.00"));
        assertThat(Condition.parse("a <= 100")).isNotEqualTo(Condition.parse("a < 100"));
    }

    @ParameterizedTest
    @CsvSource({"100, MET", "100.00, MET", "99.99, MET", "100.01, NOT_MET", "1e3, NOT_MET", "' 80 ', MET",
        "seratus, UNREADABLE"})
    void check_areaAgainstTheLimit_saysWhatItFound(String value, ConditionCheck.Outcome outcome) {
        ConditionCheck check = Condition.parse("luas_bangunan <= 100")
                .check(FormData.builder().put("luas_bangunan", value).build());

        assertThat(check.outcome()).isEqualTo(outcome);
        assertThat(check.actual()).isEqualTo(value.strip());
    }

    @Test
    void check_missingOrRepeatedValue_isMissingOrUnreadable() {
        Condition c = Condition.number("luas_bangunan", ComparisonOperator.AT_MOST, BigDecimal.valueOf(100));

        assertThat(c.check(FormData.empty()).outcome()).isEqualTo(ConditionCheck.Outcome.MISSING);
        assertThat(c.check(FormData.builder().put("luas_bangunan", " ").build()).outcome())
                .isEqualTo(ConditionCheck.Outcome.MISSING);
        assertThat(c.check(FormData.builder().put("luas_bangunan", List.of("10", "20")).build()).outcome())
                .isEqualTo(ConditionCheck.Outcome.UNREADABLE);
    }

    @Test
    void check_datesAndTexts_compareAsTheirType() {
        Condition since = Condition.date("tanggal_izin", ComparisonOperator.AT_LEAST, LocalDate.of(2024, 1, 1));
        Condition use = Condition.parse("fungsi != 'USAHA'");

        assertThat(since.check(FormData.builder().put("tanggal_izin", "2024-01-01").build()).isMet()).isTrue();
        assertThat(since.check(FormData.builder().put("tanggal_izin", "2023-12-31").build()).isMet()).isFalse();
        assertThat(since.check(FormData.builder().put("tanggal_izin", "31-12-2023").build()).outcome())
                .isEqualTo(ConditionCheck.Outcome.UNREADABLE);
        assertThat(use.check(FormData.builder().put("fungsi", "HUNIAN").build()).isMet()).isTrue();
        assertThat(use.check(FormData.builder().put("fungsi", "USAHA").build()).isMet()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"it's", "with \"quote\""})
    void text_withQuotes_isRefused(String text) {
        assertThatThrownBy(() -> Condition.text("fungsi", ComparisonOperator.EQUAL, text))
                .isInstanceOf(InvalidAuthorityException.class);
    }
}
