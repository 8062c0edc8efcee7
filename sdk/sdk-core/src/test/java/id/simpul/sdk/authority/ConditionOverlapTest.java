package id.simpul.sdk.authority;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.catalogue.FormData;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two delegations compete unless their conditions provably exclude each other. */
class ConditionOverlapTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "luas <= 100           | luas > 100            | true",
        "luas < 100            | luas >= 100           | true",
        "luas <= 100           | luas >= 100           | false",
        "luas == 50            | luas != 50            | true",
        "luas == 50            | luas <= 50            | false",
        "luas <= 100           | lantai > 2            | false",
        "fungsi == 'HUNIAN'    | fungsi == 'USAHA'     | true",
        "fungsi == 'HUNIAN'    | fungsi != 'HUNIAN'    | true",
        "fungsi != 'HUNIAN'    | fungsi != 'USAHA'     | false",
        "tgl < 2025-01-01      | tgl >= 2025-01-01     | true",
        "luas > 100 and luas < 200 | luas >= 200       | true",
        "luas > 100 and luas < 200 | luas > 150        | false"})
    void disjoint_readsTheConditionsAsIntervals(String a, String b, boolean disjoint) {
        assertThat(ConditionOverlap.disjoint(Condition.parseAll(a), Condition.parseAll(b))).isEqualTo(disjoint);
        assertThat(ConditionOverlap.disjoint(Condition.parseAll(b), Condition.parseAll(a))).isEqualTo(disjoint);
    }

    @Test
    void disjoint_anUnconditionalDelegation_overlapsEveryOther() {
        assertThat(ConditionOverlap.disjoint(List.of(), Condition.parseAll("luas <= 100"))).isFalse();
    }

    /** Soundness: when two condition sets are called disjoint, no value meets both. */
    @Property(tries = 2000)
    void disjoint_neverClaimsDisjointWhenAValueMeetsBoth(@ForAll("numericConditions") Condition a,
            @ForAll("numericConditions") Condition b, @ForAll("values") BigDecimal value) {
        FormData form = FormData.builder().put("luas", value).build();
        if (a.check(form).isMet() && b.check(form).isMet()) {
            assertThat(ConditionOverlap.disjoint(List.of(a), List.of(b))).isFalse();
        }
    }

    @Provide
    Arbitrary<Condition> numericConditions() {
        return Combinators.combine(Arbitraries.of(ComparisonOperator.values()), values())
                .as((op, v) -> Condition.number("luas", op, v));
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.integers().between(95, 105).map(BigDecimal::valueOf);
    }
}
