package id.simpul.federation.directory;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.federation.World;
import id.simpul.federation.directory.AgreementCoverage.Verdict;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Agreement dates are inclusive at both ends, and a termination wins over the end date. */
class AgreementCoveragePropertiesTest {

    private static final World WORLD = new World();
    private static final LocalDate FROM = LocalDate.parse("2025-02-01");
    private static final LocalDate UNTIL = LocalDate.parse("2027-12-31");

    @Property(tries = 200)
    void coverage_followsTheDaysInForceExactly(@ForAll @IntRange(min = -400, max = 1500) int offset) {
        LocalDate day = FROM.plusDays(offset);
        Directory d = WORLD.directory();

        Verdict verdict = d.coverage(World.KUBU_RAYA, World.KAPUAS_HULU, World.KTP, day).verdict();

        Verdict expected = day.isBefore(FROM) ? Verdict.NOT_YET_IN_FORCE
                : day.isAfter(UNTIL) ? Verdict.EXPIRED : Verdict.COVERED;
        assertThat(verdict).isEqualTo(expected);
    }

    @Property(tries = 100)
    void coverage_isSymmetricForAgreementsWithTheSameScopeOnBothSides(@ForAll @IntRange(min = -400, max = 1500) int offset) {
        LocalDate day = FROM.plusDays(offset);
        Directory d = WORLD.directory();

        assertThat(d.coverage(World.KUBU_RAYA, World.KAPUAS_HULU, World.KK, day).verdict())
                .isEqualTo(d.coverage(World.KAPUAS_HULU, World.KUBU_RAYA, World.KK, day).verdict());
    }

    @Property(tries = 100)
    void terminatedAgreement_coversNothingFromItsTerminationDay(@ForAll @IntRange(min = 0, max = 700) int offset) {
        LocalDate day = LocalDate.parse("2026-01-01").plusDays(offset);

        AgreementCoverage c = WORLD.directory().coverage(World.KUBU_RAYA, World.SANGGAU, World.KTP, day);

        assertThat(c.verdict()).isEqualTo(Verdict.TERMINATED);
        assertThat(c.allowedFields()).isEmpty();
    }

    @Property(tries = 50)
    void anAgreementInForceWithTheServiceWins_overAnExpiredOneBetweenTheSameParties(
            @ForAll @IntRange(min = 0, max = 300) int offset) {
        LocalDate day = LocalDate.parse("2026-01-01").plusDays(offset);
        Directory d = WORLD.directoryBuilder()
                .agreement(World.agreement("pks-old", World.KUBU_RAYA, World.KAPUAS_HULU, "2020-01-01", "2021-12-31", null))
                .build();

        AgreementCoverage c = d.coverage(World.KUBU_RAYA, World.KAPUAS_HULU, World.KTP, day);

        assertThat(c.verdict()).isEqualTo(Verdict.COVERED);
        assertThat(c.agreement().id()).isEqualTo("pks-kubu-raya-kapuas-hulu");
        assertThat(c.allowedFields()).isEqualTo(java.util.Set.of("nik", "alasan"));
    }

    @Property(tries = 20)
    void sameRegency_isNeverCoveredByFederation(@ForAll @IntRange(min = 0, max = 300) int offset) {
        for (var code : List.of(World.KUBU_RAYA, World.KAPUAS_HULU)) {
            assertThat(WORLD.directory().coverage(code, code, World.KTP, FROM.plusDays(offset)).verdict())
                    .isEqualTo(Verdict.NO_AGREEMENT);
        }
    }
}
