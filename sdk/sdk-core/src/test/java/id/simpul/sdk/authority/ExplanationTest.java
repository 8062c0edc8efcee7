package id.simpul.sdk.authority;

import static id.simpul.sdk.authority.LegalScenariosTest.area;
import static id.simpul.sdk.authority.LegalScenariosTest.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Explanations cite the instruments and values that decide, in Bahasa Indonesia and English. */
class ExplanationTest {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final AuthorityResolver RESOLVER = AuthorityWorld.configuration().resolver();

    @Test
    void explain_delegatedDecision_citesAuthorityDelegationAndAgreement() {
        Resolution r = RESOLVER.resolve(q("KEC-SK-DOMISILI", "61.06.01", "61.12-mpp"));

        String id = r.explain(ID);
        String en = r.explain(Locale.ENGLISH);

        assertThat(id).contains("Kecamatan Putussibau Utara berwenang memutus permohonan KEC-SK-DOMISILI")
                .contains("Peraturan Pemerintah Nomor 17 Tahun 2018, Pasal 10")
                .contains("Peraturan Bupati Kapuas Hulu Nomor 8 Tahun 2022, Pasal 4")
                .contains("Nomor 180/45/PKS/2024").contains("kerja sama sukarela");
        assertThat(en).contains("Kecamatan Putussibau Utara is competent to decide the request for KEC-SK-DOMISILI")
                .contains("is delegated to Kecamatan Putussibau Utara by Peraturan Bupati Kapuas Hulu Nomor 8 Tahun 2022")
                .contains("voluntary cooperation");
        assertThat(id.lines()).hasSize(4);
    }

    @Test
    void explain_conditionNotMet_namesTheConditionAndTheValue() {
        Refusal r = (Refusal) RESOLVER.resolve(q("KEC-PBG-KECIL", "61.12.01", "61.12-mpp", area("100.01")));

        assertThat(r.condition()).hasValueSatisfying(c -> {
            assertThat(c.condition().expression()).isEqualTo("luas_bangunan <= 100");
            assertThat(c.actual()).isEqualTo("100.01");
            assertThat(c.outcome()).isEqualTo(ConditionCheck.Outcome.NOT_MET);
        });
        assertThat(r.missingLink()).isEqualTo(MissingLink.CONDITION);
        assertThat(r.reasonText(ID)).isEqualTo("permohonan tidak memenuhi syarat pelimpahan kkr-pbg-sungai-raya: "
                + "luas_bangunan <= 100, sedangkan nilai luas_bangunan adalah 100.01.");
        assertThat(r.reasonText(Locale.ENGLISH)).isEqualTo("the request does not meet a condition of delegation "
                + "kkr-pbg-sungai-raya: luas_bangunan <= 100, while luas_bangunan is 100.01.");
    }

    @Test
    void explain_revokedDelegation_citesTheRevokingInstrumentAndDate() {
        Refusal r = (Refusal) RESOLVER.resolve(q("KEC-PBG-KECIL", "61.12.03", "61.12-mpp", area("80")));

        assertThat(r.reasonText(ID)).contains(AuthorityWorld.PERBUP_REVOKING)
                .contains(AuthorityWorld.TODAY.minusDays(1).toString());
        assertThat(r.explain(Locale.ENGLISH)).startsWith("No office is competent")
                .contains("was revoked by " + AuthorityWorld.PERBUP_REVOKING);
    }

    @Test
    void explain_holderDecidesAfterDelegationSetAside_saysWhyInANote() {
        Decision d = (Decision) RESOLVER.resolve(q("PRZ-PBG", "61.12.01", "61.12-mpp",
                LegalScenariosTest.form("300", "HUNIAN")));

        assertThat(d.notes()).singleElement().satisfies(n -> {
            assertThat(n.instrumentId()).isEqualTo("kkr-pbg-menengah-sungai-raya");
            assertThat(n.reason()).isEqualTo(RefusalReason.CONDITION_NOT_MET);
        });
        assertThat(d.explain(Locale.ENGLISH)).contains("luas_bangunan <= 200").contains("300");
    }

    @Test
    void explain_textNeverShowsOtherFormValues() {
        Decision d = (Decision) RESOLVER.resolve(q("ADM-KTP-HILANG", "61.12.01", "61.12-mpp",
                id.simpul.sdk.catalogue.FormData.builder().put("nama", "Siti Aminah").build()));

        assertThat(d.explain(ID)).doesNotContain("Siti");
        assertThat(d.query().toString()).doesNotContain("Siti").contains("nama");
    }
}
