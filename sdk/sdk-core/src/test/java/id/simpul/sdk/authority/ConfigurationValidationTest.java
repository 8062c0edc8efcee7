package id.simpul.sdk.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.agency.AgencyKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The load-time rules: every mistake is reported, all at once, with where it is and how to fix it. */
class ConfigurationValidationTest {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    @Test
    void validate_demoWorld_isClean() {
        assertThat(AuthorityWorld.builder().validate().problems()).isEmpty();
    }

    @Test
    void build_withSeveralMistakes_reportsEveryOneAtOnce() {
        AuthorityConfiguration.Builder b = AuthorityWorld.builder()
                .delegation(delegation("typo-service", "KEC-SK-DOMISLI", "61.12.04").build())
                .delegation(delegation("typo-delegate").delegate("61.12.01-kecamatn").build())
                .agreement(agreement("bad-party", "61.12", "61.99").build());

        assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidAuthorityConfigurationException.class, e -> {
            assertThat(e.report().errors()).extracting(ConfigurationProblem::kind).contains(
                    ProblemKind.UNKNOWN_SERVICE, ProblemKind.UNKNOWN_AGENCY, ProblemKind.UNKNOWN_REGION);
            assertThat(e.code()).isEqualTo("authority.config.invalid");
            assertThat(e.getMessage(Locale.ENGLISH)).contains(e.report().errors().size() + " errors");
        });
    }

    @Test
    void validate_unknownService_suggestsTheClosestCode() {
        ConfigurationProblem p = only(AuthorityWorld.builder()
                .delegation(delegation("typo", "KEC-SK-DOMISLI", "61.12.04").build()), ProblemKind.UNKNOWN_SERVICE);

        assertThat(p.subjectKind()).isEqualTo(SubjectKind.DELEGATION);
        assertThat(p.subjectId()).isEqualTo("typo");
        assertThat(p.field()).isEqualTo("services[0]");
        assertThat(p.suggestions()).first().isEqualTo("KEC-SK-DOMISILI");
        assertThat(p.message(ID)).contains("KEC-SK-DOMISLI").contains("Mungkin maksud Anda: KEC-SK-DOMISILI");
        assertThat(p.message(Locale.ENGLISH)).contains("Did you mean: KEC-SK-DOMISILI");
    }

    @Test
    void validate_unknownAgency_suggestsTheClosestId() {
        ConfigurationProblem p = only(AuthorityWorld.builder()
                .delegation(delegation("typo").delegate("61.12.01-kecamatn").build()), ProblemKind.UNKNOWN_AGENCY);

        assertThat(p.field()).isEqualTo("delegate");
        assertThat(p.suggestions()).containsExactly("61.12.01-kecamatan");
    }

    @Test
    void validate_unknownKecamatan_suggestsNearbyCodesWithNames() {
        ConfigurationProblem p = only(AuthorityWorld.builder()
                .delegation(delegation("typo", "KEC-REKOM", "61.12.19").build()),
                ProblemKind.UNKNOWN_REGION);

        assertThat(p.field()).isEqualTo("kecamatan[0]");
        assertThat(p.suggestions()).first().isEqualTo("61.12.09 Sungai Kakap");
    }

    @Test
    void validate_regencyWhereKecamatanNeeded_isWrongLevel() {
        ConfigurationProblem p = only(AuthorityWorld.builder()
                .delegation(Delegation.builder().id("whole-regency").delegator("61.12-bupati")
                        .delegate("61.12.01-kecamatan").services("KEC-SKTM").kecamatan("61.12")
                        .instrument(AuthorityWorld.PERBUP_PATEN).validity(Validity.from(START)).build()),
                ProblemKind.WRONG_REGION_LEVEL);

        assertThat(p.message(Locale.ENGLISH)).contains("61.12").contains("a regency/city").contains("a kecamatan");
    }

    @Test
    void validate_agreementPartyAtKecamatanLevel_suggestsItsRegency() {
        ConfigurationProblem p = only(AuthorityWorld.builder().agreement(agreement("kec-party", "61.12", "61.06.01")
                .build()), ProblemKind.WRONG_REGION_LEVEL);

        assertThat(p.field()).isEqualTo("parties[1].region");
        assertThat(p.suggestions()).containsExactly("61.06 Kabupaten Kapuas Hulu");
    }

    @Test
    void validate_agreementPartyNotInDataset_isUnknownRegion() {
        ConfigurationProblem p = only(AuthorityWorld.builder().agreement(agreement("ghost", "61.12", "61.99").build()),
                ProblemKind.UNKNOWN_REGION);

        assertThat(p.subjectKind()).isEqualTo(SubjectKind.AGREEMENT);
        assertThat(p.field()).isEqualTo("parties[1].region");
    }

    @Test
    void validate_agreementNamingARegionTwice_isRefused() {
        only(AuthorityWorld.builder().agreement(agreement("twice", "61.12", "61.12").build()),
                ProblemKind.AGREEMENT_PARTIES);
    }

    @Test
    void validate_endBeforeStart_isDatesOutOfOrder() {
        ConfigurationProblem p = only(AuthorityWorld.builder().delegation(delegation("backwards")
                .validity(Validity.between(START, START.minusDays(1))).build()), ProblemKind.DATES_OUT_OF_ORDER);

        assertThat(p.field()).isEqualTo("validity.until");
        assertThat(p.isError()).isTrue();
    }

    @Test
    void validate_revocationBeforeTheDelegationTakesEffect_isDatesOutOfOrder() {
        ConfigurationProblem p = only(AuthorityWorld.builder().delegation(delegation("early-revocation")
                .revocation(Revocation.of(AuthorityWorld.PERBUP_REVOKING, START.minusDays(10))).build()),
                ProblemKind.DATES_OUT_OF_ORDER);

        assertThat(p.field()).isEqualTo("revocation.effective");
    }

    @Test
    void validate_agreementSignedAfterItTakesEffect_isAWarning() {
        ConfigurationReport report = AuthorityWorld.builder().agreement(agreement("retroactive", "61.12", "36.74")
                .signed(START.plusDays(5)).build()).validate();

        assertThat(report.hasErrors()).isFalse();
        assertThat(report.warnings()).extracting(ConfigurationProblem::kind)
                .containsExactly(ProblemKind.DATES_OUT_OF_ORDER);
    }

    @Test
    void validate_delegatingAServiceTheDelegatorDoesNotHold_exceedsAuthority() {
        ConfigurationProblem p = only(AuthorityWorld.builder().delegation(delegation("too-much", "ADM-KK", "61.12.04")
                .build()), ProblemKind.DELEGATION_EXCEEDS_AUTHORITY);

        assertThat(p.field()).isEqualTo("services[0]");
        assertThat(p.message(ID)).contains("61.12-bupati").contains("ADM-KK");
    }

    @Test
    void validate_delegatingForAKecamatanOfAnotherRegency_isOutsideTerritory() {
        ConfigurationProblem p = only(AuthorityWorld.builder().delegation(delegation("elsewhere", "KEC-PBG-KECIL", "61.06.01")
                .build()), ProblemKind.DELEGATION_OUTSIDE_TERRITORY);

        assertThat(p.field()).isEqualTo("kecamatan[0]");
    }

    @Test
    void validate_delegateFromAnotherRegency_isOutsideTerritory() {
        only(AuthorityWorld.builder().delegation(delegation("foreign-camat").delegate("61.06.01-kecamatan").build()),
                ProblemKind.DELEGATE_OUTSIDE_TERRITORY);
    }

    @Test
    void validate_delegatingToOneself_isRefused() {
        only(AuthorityWorld.builder().delegation(delegation("self").delegate("61.12-bupati").build()),
                ProblemKind.SELF_DELEGATION);
    }

    @Test
    void validate_twoDelegationsForTheSameRequest_isAnAmbiguityNamingBoth() {
        ConfigurationProblem p = only(AuthorityWorld.builder().delegation(Delegation.builder().id("second-camat")
                .delegator("61.12-bupati").delegate("61.12.03-kecamatan").services("KEC-SK-DOMISILI")
                .kecamatan("61.12.01").instrument(AuthorityWorld.PERBUP_PATEN).validity(Validity.from(START)).build()),
                ProblemKind.AMBIGUOUS_DELEGATIONS);

        assertThat(p.message(ID)).contains("kkr-paten-sungai-raya").contains("second-camat")
                .contains("KEC-SK-DOMISILI").contains("61.12.01");
        assertThat(p.message(Locale.ENGLISH)).contains("kkr-paten-sungai-raya").contains("second-camat");
    }

    @Test
    void validate_delegationsWithExclusiveConditions_areNotAmbiguous() {
        ConfigurationReport report = AuthorityWorld.builder().delegation(smallBuilding("large", "luas_bangunan > 100"))
                .validate();

        assertThat(report.problems()).isEmpty();
    }

    @Test
    void validate_delegationsSharingTheBoundaryValue_areAmbiguous() {
        only(AuthorityWorld.builder().delegation(smallBuilding("overlap", "luas_bangunan >= 100")),
                ProblemKind.AMBIGUOUS_DELEGATIONS);
    }

    @Test
    void validate_delegationStartingWhenTheRevokedOneStops_isNotAmbiguous() {
        ConfigurationReport report = AuthorityWorld.builder().delegation(Delegation.builder().id("ambawang-new")
                .delegator("61.12-bupati").delegate("61.12.03-kecamatan").services("KEC-PBG-KECIL")
                .kecamatan("61.12.03").condition("luas_bangunan <= 150").instrument(AuthorityWorld.PERBUP_REVOKING)
                .validity(Validity.from(AuthorityWorld.TODAY.minusDays(1))).build()).validate();

        assertThat(report.problems()).isEmpty();
    }

    @Test
    void validate_twoAuthoritiesForOneServiceAndRegion_isAnAmbiguity() {
        ConfigurationProblem p = only(AuthorityWorld.builder().agency(AuthorityWorld.office("61.12-dinsos",
                "Dinas Sosial Kabupaten Kubu Raya", AgencyKind.REGIONAL_DEPARTMENT, "61.12", true))
                .authority(Authority.builder().id("second-holder").holder("61.12-dinsos").services("ADM-KK")
                        .territory("61.12.01").legalBasis("Peraturan Bupati Kubu Raya Nomor 99 Tahun 2025")
                        .validity(Validity.from(START)).build()), ProblemKind.AMBIGUOUS_AUTHORITIES);

        assertThat(p.message(Locale.ENGLISH)).contains("kkr-adm").contains("second-holder").contains("ADM-KK");
    }

    @Test
    void validate_provincialAuthorityOverlappingRegencyOnes_isAnAmbiguityWithEach() {
        ConfigurationReport report = AuthorityWorld.builder().authority(Authority.builder().id("province-ktp")
                .holder("61-dishub").services("ADM-KTP-HILANG").territory("61")
                .legalBasis("Peraturan Gubernur Nomor 1 Tahun 2025").validity(Validity.from(START)).build()).validate();

        assertThat(report.problems()).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.AMBIGUOUS_AUTHORITIES);
            assertThat(p.message(Locale.ENGLISH)).contains("province-ktp");
        }).extracting(p -> p.message(Locale.ENGLISH).contains("kkr-adm") || p.message(Locale.ENGLISH).contains("kph-adm")
                || p.message(Locale.ENGLISH).contains("smb-adm")).containsExactly(true, true, true);
    }

    @Test
    void validate_duplicateIds_areReported() {
        ConfigurationProblem p = only(AuthorityWorld.builder().delegation(AuthorityWorld.delegations().get(0)),
                ProblemKind.DUPLICATE_ID);

        assertThat(p.subjectId()).isEqualTo("kkr-paten-sungai-raya");
    }

    @Test
    void validate_conditionOnAnAttributeTheFormLacks_suggestsTheAttribute() {
        ConfigurationProblem p = only(AuthorityWorld.builder().delegation(smallBuilding("typo-condition",
                "luas_bangun > 100", "61.12.04")), ProblemKind.CONDITION_ATTRIBUTE);

        assertThat(p.field()).isEqualTo("conditions[0]");
        assertThat(p.suggestions()).containsExactly("luas_bangunan");
    }

    @Test
    void validate_textConditionOnANumberAttribute_isATypeMismatch() {
        ConfigurationProblem p = only(AuthorityWorld.builder().delegation(smallBuilding("text-on-number",
                "luas_bangunan == 'besar'", "61.12.04")), ProblemKind.CONDITION_ATTRIBUTE);

        assertThat(p.message(Locale.ENGLISH)).contains("TEXT").contains("NUMBER");
    }

    @Test
    void validate_delegationLongerThanItsAuthority_isAWarning() {
        ConfigurationReport report = AuthorityWorld.builder().delegation(Delegation.builder().id("too-early")
                .delegator("61.12-dpmptsp").delegate("61.12.03-kecamatan").services("PRZ-PBG").kecamatan("61.12.03")
                .instrument("Keputusan Kepala DPMPTSP Kabupaten Kubu Raya Nomor 1 Tahun 2023")
                .validity(Validity.from(LocalDate.of(2023, 1, 1))).build()).validate();

        assertThat(report.hasErrors()).isFalse();
        assertThat(report.warnings()).extracting(ConfigurationProblem::kind)
                .containsExactly(ProblemKind.DELEGATION_OUTLIVES_AUTHORITY);
    }

    @Test
    void validate_holderFarFromItsTerritory_isAWarning() {
        ConfigurationReport report = AuthorityWorld.builder().authority(Authority.builder().id("far-holder")
                .holder("36.71-disdukcapil").services("ADM-AKTA-LAHIR").territory("61.12")
                .legalBasis("Keputusan Nomor 1 Tahun 2025").validity(Validity.from(START)).build()).validate();

        assertThat(report.warnings()).extracting(ConfigurationProblem::kind)
                .containsExactly(ProblemKind.HOLDER_OUTSIDE_TERRITORY);
    }

    @Test
    void validate_twoAgreementsForTheSameCountersAndService_isAWarning() {
        ConfigurationReport report = AuthorityWorld.builder().agreement(agreement("kkr-kph-addendum", "61.12", "61.06")
                .build()).validate();

        assertThat(report.hasErrors()).isFalse();
        assertThat(report.warnings()).extracting(ConfigurationProblem::kind)
                .containsExactly(ProblemKind.OVERLAPPING_AGREEMENTS);
    }

    @Test
    void problem_carriesTheSourceTheLoaderGave() {
        SourceLocation where = SourceLocation.of("61.12/pelimpahan.yaml", 42, 5);
        ConfigurationReport report = AuthorityWorld.builder()
                .delegation(delegation("typo", "KEC-SK-DOMISLI", "61.12.04").build(), where).validate();

        ConfigurationProblem p = report.errors().get(0);
        assertThat(p.source()).contains(where);
        assertThat(p.render(Locale.ENGLISH)).startsWith("61.12/pelimpahan.yaml:42:5: ERROR delegation typo (services[0]): ")
                .endsWith("[authority.config.unknown-service]");
    }

    @Test
    void report_isOrderedByItemAndRendersWithoutRawKeys() {
        ConfigurationReport report = AuthorityWorld.builder()
                .delegation(delegation("b-second", "KEC-SK-DOMISLI", "61.12.04").build())
                .delegation(delegation("a-first").delegate("61.12.01-kecamatn").build())
                .agreement(agreement("ghost", "61.12", "61.99").build())
                .validate();

        assertThat(report.problems()).extracting(ConfigurationProblem::subjectId)
                .containsExactly("a-first", "b-second", "ghost");
        assertThat(report.problems()).extracting(ConfigurationProblem::kind).containsExactly(
                ProblemKind.UNKNOWN_AGENCY, ProblemKind.UNKNOWN_SERVICE, ProblemKind.UNKNOWN_REGION);
        for (Locale locale : List.of(ID, Locale.ENGLISH)) {
            assertThat(report.problems()).allSatisfy(p -> assertThat(p.message(locale)).doesNotContain("config.")
                    .doesNotContain("{0}").doesNotContain("LocalizedMessage"));
            assertThat(report.render(locale).lines()).hasSize(3);
        }
    }

    private static ConfigurationProblem only(AuthorityConfiguration.Builder builder, ProblemKind kind) {
        ConfigurationReport report = builder.validate();
        assertThat(report.problems()).extracting(ConfigurationProblem::kind).containsExactly(kind);
        return report.problems().get(0);
    }

    private static Delegation.Builder delegation(String id) {
        return delegation(id, "KEC-REKOM", "61.12.04");
    }

    private static Delegation.Builder delegation(String id, String service, String kecamatan) {
        return Delegation.builder().id(id).delegator("61.12-bupati").delegate("61.12.09-kecamatan")
                .services(service).kecamatan(kecamatan)
                .instrument(AuthorityWorld.PERBUP_PATEN).validity(Validity.from(START));
    }

    private static Delegation smallBuilding(String id, String condition) {
        return smallBuilding(id, condition, "61.12.01");
    }

    private static Delegation smallBuilding(String id, String condition, String kecamatan) {
        return Delegation.builder().id(id).delegator("61.12-bupati").delegate("61.12.09-kecamatan")
                .services("KEC-PBG-KECIL").kecamatan(kecamatan).condition(condition)
                .instrument(AuthorityWorld.PERBUP_PBG).validity(Validity.from(START)).build();
    }

    private static CooperationAgreement.Builder agreement(String id, String first, String second) {
        return CooperationAgreement.builder().id(id).kind(AgreementKind.VOLUNTARY).instrument("Nomor 1/PKS/2025")
                .signed(START.minusDays(10)).validity(Validity.from(START))
                .party(AgreementParty.accepting(first, "ADM-KTP-HILANG"))
                .party(AgreementParty.accepting(second, "ADM-KTP-HILANG"));
    }
}
