package id.simpul.sdk.authority;

import static id.simpul.sdk.authority.AuthorityWorld.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.request.Channel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The legal scenarios the kewenangan engine must answer, each with the office it names (or the
 * reason it refuses) and the exact chain of instruments behind the answer.
 */
class LegalScenariosTest {

    private static final AuthorityResolver RESOLVER = AuthorityWorld.configuration().resolver();

    /** One scenario: a query and either a competent office or a refusal reason, with the chain ids. */
    record Scenario(String name, ResolutionQuery query, String office, RefusalReason reason, String instrument,
            List<String> chain) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Scenario> scenarios() {
        List<Scenario> s = new ArrayList<>();
        // own regency, no delegation involved
        s.add(decides("ktpReprint_kubuRayaResidentAtKubuRayaMpp_isDisdukcapilKubuRaya",
                q("ADM-KTP-HILANG", "61.12.01", "61.12-mpp"), "61.12-disdukcapil", "kkr-adm"));
        s.add(decides("ktpReprint_desaLevelSubject_isDisdukcapilOfItsRegency",
                q("ADM-KTP-HILANG", "61.12.01.2003", "61.12-mpp"), "61.12-disdukcapil", "kkr-adm"));
        s.add(decides("ktpReprint_regencyLevelSubject_isEnoughWithoutDelegations",
                q("ADM-KTP-HILANG", "61.12", "61.12-disdukcapil"), "61.12-disdukcapil", "kkr-adm"));
        s.add(decides("ktpReprint_filedAtKecamatanCounterOfSameRegency_needsNoAgreement",
                q("ADM-KTP-HILANG", "61.12.09.2001", "61.12.03-kecamatan"), "61.12-disdukcapil", "kkr-adm"));
        // delegated PATEN services
        s.add(decides("domicileLetter_sungaiRaya_isDelegatedToCamatSungaiRaya",
                q("KEC-SK-DOMISILI", "61.12.01", "61.12.01-kecamatan"), "61.12.01-kecamatan", "61.12-kec",
                "kkr-paten-sungai-raya"));
        s.add(decides("domicileLetter_desaInSungaiRaya_isDelegatedToCamatSungaiRaya",
                q("KEC-SK-DOMISILI", "61.12.01.2001", "61.12.01-kecamatan"), "61.12.01-kecamatan", "61.12-kec",
                "kkr-paten-sungai-raya"));
        s.add(decides("lowIncomeLetter_ambawangResidentAtSungaiRayaCounter_isCamatAmbawang",
                q("KEC-SKTM", "61.12.03.2002", "61.12.01-kecamatan"), "61.12.03-kecamatan", "61.12-kec",
                "kkr-paten-ambawang"));
        s.add(decides("camatRecommendation_ambawangResidentAtMpp_isCamatAmbawang",
                q("KEC-REKOM", "61.12.03", "61.12-mpp"), "61.12.03-kecamatan", "61.12-kec", "kkr-paten-ambawang"));
        s.add(refuses("domicileLetter_kecamatanWithoutDelegation_isRefusedForMissingDelegation",
                q("KEC-SK-DOMISILI", "61.12.04", "61.12-mpp"), RefusalReason.NO_DELEGATION, "61.12-kec", "61.12-kec"));
        s.add(refuses("domicileLetter_regencyLevelSubject_isTooCoarse",
                q("KEC-SK-DOMISILI", "61.12", "61.12-mpp"), RefusalReason.SUBJECT_REGION_TOO_COARSE, "",
                "61.12-kec"));
        s.add(refuses("domicileLetter_kakapDelegationStartingTomorrow_isNotYetInForce",
                q("KEC-SK-DOMISILI", "61.12.09", "61.12.09-kecamatan"), RefusalReason.DELEGATION_NOT_YET_IN_FORCE,
                "kkr-paten-kakap", "61.12-kec"));
        s.add(decides("domicileLetter_kakapTomorrow_isDelegatedToCamatKakap",
                q("KEC-SK-DOMISILI", "61.12.09", "61.12.09-kecamatan", TODAY.plusDays(1)), "61.12.09-kecamatan",
                "61.12-kec", "kkr-paten-kakap"));
        // conditions on the request
        s.add(decides("smallBuilding_exactly100m2_isDelegatedToCamat",
                q("KEC-PBG-KECIL", "61.12.01.2004", "61.12.01-kecamatan", area("100")), "61.12.01-kecamatan",
                "61.12-kec", "kkr-pbg-sungai-raya"));
        s.add(decides("smallBuilding_100point00m2_isDelegatedToCamat",
                q("KEC-PBG-KECIL", "61.12.01", "61.12.01-kecamatan", area("100.00")), "61.12.01-kecamatan",
                "61.12-kec", "kkr-pbg-sungai-raya"));
        s.add(decides("smallBuilding_36m2_isDelegatedToCamat",
                q("KEC-PBG-KECIL", "61.12.01", "61.12-mpp", area("36")), "61.12.01-kecamatan", "61.12-kec",
                "kkr-pbg-sungai-raya"));
        s.add(refuses("smallBuilding_100point01m2_isRefusedForTheAreaCondition",
                q("KEC-PBG-KECIL", "61.12.01", "61.12.01-kecamatan", area("100.01")), RefusalReason.CONDITION_NOT_MET,
                "kkr-pbg-sungai-raya", "61.12-kec"));
        s.add(refuses("smallBuilding_areaMissing_isRefusedForTheAreaCondition",
                q("KEC-PBG-KECIL", "61.12.01", "61.12.01-kecamatan"), RefusalReason.CONDITION_NOT_MET,
                "kkr-pbg-sungai-raya", "61.12-kec"));
        s.add(refuses("smallBuilding_areaInWords_isRefusedForTheAreaCondition",
                q("KEC-PBG-KECIL", "61.12.01", "61.12.01-kecamatan", area("seratus")), RefusalReason.CONDITION_NOT_MET,
                "kkr-pbg-sungai-raya", "61.12-kec"));
        s.add(refuses("smallBuilding_ambawangRevokedYesterday_isRefusedAsRevoked",
                q("KEC-PBG-KECIL", "61.12.03", "61.12.03-kecamatan", area("80")), RefusalReason.DELEGATION_REVOKED,
                "kkr-pbg-ambawang", "61.12-kec"));
        s.add(decides("smallBuilding_ambawangTheDayBeforeRevocation_isDelegatedToCamat",
                q("KEC-PBG-KECIL", "61.12.03", "61.12.03-kecamatan", area("80"), TODAY.minusDays(2)),
                "61.12.03-kecamatan", "61.12-kec", "kkr-pbg-ambawang"));
        s.add(refuses("smallBuilding_kakapDelegationEndedLastYear_isRefusedAsExpired",
                q("KEC-PBG-KECIL", "61.12.09", "61.12.09-kecamatan", area("50")), RefusalReason.DELEGATION_EXPIRED,
                "kkr-pbg-kakap", "61.12-kec"));
        s.add(decides("smallBuilding_kakapOnTheDelegationsLastDay_isDelegatedToCamat",
                q("KEC-PBG-KECIL", "61.12.09", "61.12.09-kecamatan", area("50"), LocalDate.of(2025, 12, 31)),
                "61.12.09-kecamatan", "61.12-kec", "kkr-pbg-kakap"));
        s.add(decides("buildingApproval_150m2Residential_isDelegatedByDpmptspToCamat",
                q("PRZ-PBG", "61.12.01", "61.12-dpmptsp", form("150", "HUNIAN")), "61.12.01-kecamatan", "kkr-pbg",
                "kkr-pbg-menengah-sungai-raya"));
        s.add(decides("buildingApproval_300m2_staysWithDpmptsp",
                q("PRZ-PBG", "61.12.01", "61.12-dpmptsp", form("300", "HUNIAN")), "61.12-dpmptsp", "kkr-pbg"));
        s.add(decides("buildingApproval_150m2Business_staysWithDpmptsp",
                q("PRZ-PBG", "61.12.01", "61.12-mpp", form("150", "USAHA")), "61.12-dpmptsp", "kkr-pbg"));
        s.add(decides("buildingApproval_kecamatanWithoutDelegation_staysWithDpmptsp",
                q("PRZ-PBG", "61.12.04", "61.12-mpp", form("150", "HUNIAN")), "61.12-dpmptsp", "kkr-pbg"));
        // across regencies
        s.add(decides("ktpReprint_kapuasHuluResidentAtKubuRayaMpp_withAgreement_isDisdukcapilKapuasHulu",
                q("ADM-KTP-HILANG", "61.06.01", "61.12-mpp"), "61.06-disdukcapil", "kph-adm", "kkr-kph"));
        s.add(decides("familyCard_kapuasHuluKelurahanResidentAtKubuRayaMpp_isDisdukcapilKapuasHulu",
                q("ADM-KK", "61.06.01.1001", "61.12-mpp"), "61.06-disdukcapil", "kph-adm", "kkr-kph"));
        s.add(decides("domicileLetter_putussibauResidentAtKubuRayaMpp_isCamatPutussibauThroughAgreement",
                q("KEC-SK-DOMISILI", "61.06.01", "61.12-mpp"), "61.06.01-kecamatan", "61.06-kec",
                "kph-paten-putussibau", "kkr-kph"));
        s.add(refuses("policeClearance_kapuasHuluResidentAtKubuRayaMpp_isOutsideTheAgreementsScope",
                q("POL-SKCK", "61.06.01", "61.12-mpp"), RefusalReason.SERVICE_OUTSIDE_AGREEMENT_SCOPE, "kkr-kph",
                "61.06-skck"));
        s.add(decides("ktpReprint_kubuRayaResidentAtKapuasHuluMpp_isDisdukcapilKubuRaya",
                q("ADM-KTP-HILANG", "61.12.01", "61.06-mpp"), "61.12-disdukcapil", "kkr-adm", "kkr-kph"));
        s.add(refuses("domicileLetter_kubuRayaResidentAtKapuasHuluMpp_isOutsideKapuasHulusScope",
                q("KEC-SK-DOMISILI", "61.12.01", "61.06-mpp"), RefusalReason.SERVICE_OUTSIDE_AGREEMENT_SCOPE,
                "kkr-kph", "61.12-kec", "kkr-paten-sungai-raya"));
        s.add(refuses("ktpReprint_kapuasHuluResidentAtKubuRayaMpp_afterTheAgreementEnded_isExpired",
                q("ADM-KTP-HILANG", "61.06.01", "61.12-mpp", LocalDate.of(2028, 1, 5)), RefusalReason.AGREEMENT_EXPIRED,
                "kkr-kph", "kph-adm"));
        s.add(refuses("ktpReprint_sambasResidentAtKubuRayaMpp_agreementExpired",
                q("ADM-KTP-HILANG", "61.01.01", "61.12-mpp"), RefusalReason.AGREEMENT_EXPIRED, "kkr-smb", "smb-adm"));
        s.add(decides("ktpReprint_sambasResidentAtKubuRayaMpp_whileTheAgreementRan_isDisdukcapilSambas",
                q("ADM-KTP-HILANG", "61.01.01", "61.12-mpp", LocalDate.of(2023, 8, 1)), "61.01-disdukcapil",
                "smb-adm", "kkr-smb"));
        s.add(decides("ktpReprint_kapuasResidentAtKubuRayaMpp_acrossProvinces_isDisdukcapilKapuas",
                q("ADM-KTP-HILANG", "62.03.02", "61.12-mpp"), "62.03-disdukcapil", "kps-adm", "kps-kkr"));
        s.add(decides("ktpReprint_kubuRayaResidentAtKapuasMpp_acrossProvinces_isDisdukcapilKubuRaya",
                q("ADM-KTP-HILANG", "61.12.01", "62.03-mpp"), "61.12-disdukcapil", "kkr-adm", "kps-kkr"));
        s.add(refuses("familyCard_kubuRayaResidentAtKapuasMpp_isOutsideKapuassScope",
                q("ADM-KK", "61.12.01", "62.03-mpp"), RefusalReason.SERVICE_OUTSIDE_AGREEMENT_SCOPE, "kps-kkr",
                "kkr-adm"));
        s.add(refuses("ktpReprint_kapuasResidentAtKubuRayaMpp_beforeTheAgreement_isNotYetInForce",
                q("ADM-KTP-HILANG", "62.03.02", "61.12-mpp", LocalDate.of(2025, 12, 31)),
                RefusalReason.AGREEMENT_NOT_YET_IN_FORCE, "kps-kkr", "kps-adm"));
        s.add(refuses("ktpReprint_tangselResidentAtKotaTangerangMpp_agreementNotYetInForce",
                q("ADM-KTP-HILANG", "36.74.01", "36.71-mpp"), RefusalReason.AGREEMENT_NOT_YET_IN_FORCE, "tng-tgs",
                "tgs-adm"));
        s.add(decides("ktpReprint_tangselResidentAtKotaTangerangMpp_onTheAgreementsFirstDay_isDisdukcapilTangsel",
                q("ADM-KTP-HILANG", "36.74.01", "36.71-mpp", LocalDate.of(2026, 9, 1)), "36.74-disdukcapil",
                "tgs-adm", "tng-tgs"));
        s.add(refuses("ktpReprint_kotaTangerangResidentAtKubuRayaMpp_hasNoAgreement",
                q("ADM-KTP-HILANG", "36.71.02", "61.12-mpp"), RefusalReason.NO_AGREEMENT, "", "tng-adm"));
        s.add(refuses("ktpReprint_kapuasHuluResidentAtSambasMpp_agreementTerminated",
                q("ADM-KTP-HILANG", "61.06.01", "61.01-mpp"), RefusalReason.AGREEMENT_TERMINATED, "kph-smb",
                "kph-adm"));
        s.add(decides("ktpReprint_kapuasHuluResidentAtSambasMpp_beforeTermination_isDisdukcapilKapuasHulu",
                q("ADM-KTP-HILANG", "61.06.01", "61.01-mpp", LocalDate.of(2026, 2, 28)), "61.06-disdukcapil",
                "kph-adm", "kph-smb"));
        // provincial authority
        s.add(decides("routePermit_kapuasHuluSubjectAtKubuRayaMpp_provincialAuthorityNeedsNoAgreement",
                q("PRV-TRAYEK", "61.06", "61.12-mpp"), "61-dishub", "kalbar-trayek"));
        s.add(refuses("routePermit_kapuasSubject_hasNoAuthorityOutsideKalimantanBarat",
                q("PRV-TRAYEK", "62.03", "61.12-mpp"), RefusalReason.NO_AUTHORITY, "", new String[0]));
        // authority itself
        s.add(refuses("birthCertificate_sambasBeforeTheAuthorityTakesEffect_isNotInForce",
                q("ADM-AKTA-LAHIR", "61.01.01", "61.01-mpp"), RefusalReason.AUTHORITY_NOT_IN_FORCE, "smb-akta",
                new String[0]));
        s.add(decides("birthCertificate_sambasOnceTheAuthorityTakesEffect_isDisdukcapilSambas",
                q("ADM-AKTA-LAHIR", "61.01.01", "61.01-mpp", LocalDate.of(2026, 7, 1)), "61.01-disdukcapil",
                "smb-akta"));
        s.add(refuses("ktpReprint_sanggauResident_hasNoAuthorityConfigured",
                q("ADM-KTP-HILANG", "61.03.01", "61.12-mpp"), RefusalReason.NO_AUTHORITY, "", new String[0]));
        // filing point and query
        s.add(refuses("ktpReprint_filedAtBappeda_isNotAServicePoint",
                q("ADM-KTP-HILANG", "61.12.01", "61.12-bappeda"), RefusalReason.FILING_OFFICE_NOT_SERVICE_POINT, "",
                new String[0]));
        s.add(decides("ktpReprint_filedOnlineThroughBappeda_isDisdukcapilKubuRaya",
                with(q("ADM-KTP-HILANG", "61.12.01", "61.12-bappeda"), b -> b.filedAt("61.12-bappeda", Channel.ONLINE)),
                "61.12-disdukcapil", "kkr-adm"));
        s.add(refuses("ktpReprint_filedAtUnknownOffice_isRefused",
                q("ADM-KTP-HILANG", "61.12.01", "61.12-dinsos"), RefusalReason.UNKNOWN_FILING_OFFICE, "",
                new String[0]));
        s.add(refuses("unknownService_isRefused",
                q("ADM-KTP-BARU", "61.12.01", "61.12-mpp"), RefusalReason.UNKNOWN_SERVICE, "", new String[0]));
        s.add(refuses("unknownKecamatan_isRefused",
                q("ADM-KTP-HILANG", "61.12.99", "61.12-mpp"), RefusalReason.UNKNOWN_SUBJECT_REGION, "",
                new String[0]));
        return s.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void resolve_legalScenario_givesTheExpectedAnswerAndChain(Scenario scenario) {
        Resolution resolution = RESOLVER.resolve(scenario.query());

        assertThat(resolution.chain()).extracting(ChainLink::instrumentId).containsExactlyElementsOf(scenario.chain());
        if (scenario.office() != null) {
            assertThat(resolution).isInstanceOf(Decision.class);
            Decision decision = (Decision) resolution;
            assertThat(decision.competentOffice().id().value()).isEqualTo(scenario.office());
            assertThat(decision.chain().get(0)).isInstanceOf(AuthorityLink.class);
        } else {
            assertThat(resolution).isInstanceOf(Refusal.class);
            Refusal refusal = (Refusal) resolution;
            assertThat(refusal.reason()).isEqualTo(scenario.reason());
            assertThat(refusal.instrumentId()).isEqualTo(scenario.instrument());
            assertThat(refusal.reasonText(Locale.ENGLISH)).isNotBlank().doesNotContain("refusal.");
            assertThat(refusal.reasonText(LocalizedMessageLocale.ID)).isNotBlank().doesNotContain("refusal.");
        }
        assertThat(resolution.explain(Locale.ENGLISH)).doesNotContain("{").doesNotContain("link.");
        assertThat(resolution.explain(LocalizedMessageLocale.ID)).doesNotContain("{").doesNotContain("link.");
    }

    private static Scenario decides(String name, ResolutionQuery query, String office, String... chain) {
        return new Scenario(name, query, office, null, null, List.of(chain));
    }

    private static Scenario refuses(String name, ResolutionQuery query, RefusalReason reason, String instrument,
            String... chain) {
        return new Scenario(name, query, null, reason, instrument, List.of(chain));
    }

    static ResolutionQuery q(String service, String subject, String filedAt) {
        return q(service, subject, filedAt, FormData.empty(), TODAY);
    }

    static ResolutionQuery q(String service, String subject, String filedAt, LocalDate date) {
        return q(service, subject, filedAt, FormData.empty(), date);
    }

    static ResolutionQuery q(String service, String subject, String filedAt, FormData form) {
        return q(service, subject, filedAt, form, TODAY);
    }

    static ResolutionQuery q(String service, String subject, String filedAt, FormData form, LocalDate date) {
        return ResolutionQuery.builder().service(service).subject(subject).filedAt(filedAt).on(date).attributes(form)
                .build();
    }

    private static ResolutionQuery with(ResolutionQuery query, UnaryOperator<ResolutionQuery.Builder> change) {
        return change.apply(ResolutionQuery.builder().service(query.service()).subject(query.subjectRegion())
                .filedAt(query.filingAgency(), query.filingPoint().channel()).on(query.date())
                .attributes(query.attributes())).build();
    }

    static FormData area(String squareMetres) {
        return FormData.builder().put("luas_bangunan", squareMetres).build();
    }

    static FormData form(String squareMetres, String use) {
        return FormData.builder().put("luas_bangunan", squareMetres).put("fungsi", use).build();
    }

    /** The Indonesian locale, the default language of every message. */
    static final class LocalizedMessageLocale {
        static final Locale ID = Locale.forLanguageTag("id");

        private LocalizedMessageLocale() {
        }
    }
}
