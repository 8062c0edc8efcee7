package id.simpul.sdk.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The value types: validated when built, equal by content, safe to print. */
class AuthorityValuesTest {

    private static final LocalDate D = LocalDate.of(2026, 1, 1);

    @Test
    void legalInstrument_readsNumberAndYearFromTheCitation() {
        LegalInstrument perbup = LegalInstrument.of(" Peraturan Bupati Kubu Raya Nomor 12 Tahun 2023 ", "Pasal 3");

        assertThat(perbup.citation()).isEqualTo("Peraturan Bupati Kubu Raya Nomor 12 Tahun 2023");
        assertThat(perbup.number()).contains("12");
        assertThat(perbup.year()).hasValue(2023);
        assertThat(perbup.cite()).isEqualTo("Peraturan Bupati Kubu Raya Nomor 12 Tahun 2023, Pasal 3");
        assertThat(LegalInstrument.of("Nomor 180/45/PKS/2024").number()).isEmpty();
        assertThat(LegalInstrument.of("Perjanjian Nomor 180/45/PKS Tahun 2024").number()).contains("180/45/PKS");
    }

    @Test
    void legalInstrument_blank_isRefusedWithAnExample() {
        assertThatThrownBy(() -> LegalInstrument.of("  ")).isInstanceOfSatisfying(InvalidAuthorityException.class,
                e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("Peraturan Bupati Kubu Raya Nomor 12 Tahun 2023"));
    }

    @Test
    void validity_coversItsBoundsInclusive() {
        Validity v = Validity.between(D, D.plusDays(9));

        assertThat(v.covers(D)).isTrue();
        assertThat(v.covers(D.plusDays(9))).isTrue();
        assertThat(v.covers(D.minusDays(1))).isFalse();
        assertThat(v.covers(D.plusDays(10))).isFalse();
        assertThat(Validity.from(D).covers(LocalDate.of(2999, 1, 1))).isTrue();
        assertThat(Validity.between(D, D.minusDays(1)).isOrdered()).isFalse();
        assertThat(Validity.between(D, D.minusDays(1)).covers(D)).isFalse();
    }

    @Test
    void validity_overlapsWhenOneDayIsShared() {
        assertThat(Validity.between(D, D.plusDays(1)).overlaps(Validity.from(D.plusDays(1)))).isTrue();
        assertThat(Validity.between(D, D.plusDays(1)).overlaps(Validity.from(D.plusDays(2)))).isFalse();
        assertThat(Validity.from(D).overlaps(Validity.between(D.minusDays(5), D.minusDays(1)))).isFalse();
        assertThat(Validity.from(D)).isEqualTo(Validity.between(D, null)).hasSameHashCodeAs(Validity.from(D));
    }

    @Test
    void status_revocationTakesEffectOnItsDate() {
        Revocation revoked = Revocation.of("Peraturan Bupati Kubu Raya Nomor 3 Tahun 2026", D.plusDays(5));
        Validity v = Validity.between(D, D.plusDays(30));

        assertThat(InstrumentStatus.of(v, revoked, D.minusDays(1))).isEqualTo(InstrumentStatus.NOT_YET_IN_FORCE);
        assertThat(InstrumentStatus.of(v, revoked, D.plusDays(4))).isEqualTo(InstrumentStatus.IN_FORCE);
        assertThat(InstrumentStatus.of(v, revoked, D.plusDays(5))).isEqualTo(InstrumentStatus.REVOKED);
        assertThat(InstrumentStatus.of(v, revoked, D.plusDays(31))).isEqualTo(InstrumentStatus.REVOKED);
        assertThat(InstrumentStatus.of(v, Revocation.of("x", D.plusDays(60)), D.plusDays(61)))
                .isEqualTo(InstrumentStatus.EXPIRED);
        assertThat(InstrumentStatus.of(v, null, D.plusDays(31))).isEqualTo(InstrumentStatus.EXPIRED);
    }

    @Test
    void delegation_effectiveValidity_endsTheDayBeforeRevocation() {
        Delegation d = Delegation.builder().id("d").delegator("61.12-bupati").delegate("61.12.01-kecamatan")
                .services("KEC-SKTM").kecamatan("61.12.01").instrument("Peraturan Bupati Kubu Raya Nomor 1 Tahun 2025")
                .validity(Validity.from(D)).revocation(Revocation.of("Peraturan Bupati Kubu Raya Nomor 2 Tahun 2026",
                        D.plusDays(10))).build();

        assertThat(d.effectiveValidity()).isEqualTo(Validity.between(D, D.plusDays(9)));
        assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
        assertThat(d.covers(id.simpul.sdk.region.RegionCode.parse("61.12.01.2001"))).isTrue();
        assertThat(d.covers(id.simpul.sdk.region.RegionCode.parse("61.12.02"))).isFalse();
    }

    @Test
    void builders_missingRequiredParts_areRefusedNamingThePart() {
        assertThatThrownBy(() -> Delegation.builder().id("d").delegator("61.12-bupati").services("KEC-SKTM")
                .kecamatan("61.12.01").instrument("x").validity(Validity.from(D)).build())
                .isInstanceOfSatisfying(InvalidAuthorityException.class,
                        e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("delegate"));
        assertThatThrownBy(() -> Authority.builder().id("a").holder("61.12-bupati").territory("61.12")
                .legalBasis("x").validity(Validity.from(D)).build())
                .isInstanceOfSatisfying(InvalidAuthorityException.class,
                        e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("services"));
        assertThatThrownBy(() -> CooperationAgreement.builder().id("g").kind(AgreementKind.VOLUNTARY)
                .instrument("Nomor 1/PKS/2025").signed(D).validity(Validity.from(D))
                .party(AgreementParty.accepting("61.12", "ADM-KK")).build())
                .isInstanceOf(InvalidAuthorityException.class);
        assertThatThrownBy(() -> Authority.builder().id("has space").build())
                .isInstanceOfSatisfying(InvalidAuthorityException.class,
                        e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("has space"));
    }

    @Test
    void agreement_findsThePartyOfARegionOrARegionInsideIt() {
        CooperationAgreement g = AuthorityWorld.agreements().get(0);

        assertThat(g.party(id.simpul.sdk.region.RegionCode.parse("61.06.01.1001"))).hasValueSatisfying(
                p -> assertThat(p.region().value()).isEqualTo("61.06"));
        assertThat(g.binds(id.simpul.sdk.region.RegionCode.parse("61.12"), id.simpul.sdk.region.RegionCode.parse(
                "61.06"))).isTrue();
        assertThat(g.party(id.simpul.sdk.region.RegionCode.parse("61.01"))).isEmpty();
        assertThat(g.toBuilder().build()).isEqualTo(g).hasSameHashCodeAs(g);
    }

    @Test
    void configNames_roundTrip() {
        for (AgreementKind k : AgreementKind.values()) {
            assertThat(AgreementKind.fromConfigName(k.configName())).contains(k);
        }
        for (FeeAttribution f : FeeAttribution.values()) {
            assertThat(FeeAttribution.fromConfigName(f.configName())).contains(f);
        }
        for (ComparisonOperator op : ComparisonOperator.values()) {
            assertThat(ComparisonOperator.fromSymbol(op.symbol())).contains(op);
        }
        assertThat(AgreementKind.fromConfigName("WAJIB")).contains(AgreementKind.MANDATORY);
        assertThat(RefusalReason.DELEGATION_REVOKED.code()).isEqualTo("authority.refused.delegation-revoked");
        assertThat(List.of(RefusalReason.values())).allSatisfy(r -> assertThat(r.missingLink()).isNotNull());
    }
}
