package id.simpul.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.config.check.SimpulCheck;
import org.junit.jupiter.api.Test;

/** {@code simpul-check --demo --explain}: the resolution of a request and its legal chain, on the demo configuration. */
class ExplainTest {

    @Test
    void explain_smallBuildingAtDelegatedKecamatan_namesTheCamatAndThePerbup() {
        CheckRun run = CheckRun.of("--demo", "--explain", "KEC-PBG-KECIL", "61.12.01.2001", "61.12.01-kecamatan",
                "--date", "2026-03-02", "--attr", "luas_bangunan=100");

        assertThat(run.exit()).isEqualTo(SimpulCheck.CLEAN);
        assertThat(run.out()).contains("Kecamatan Sungai Raya berwenang memutus permohonan KEC-PBG-KECIL",
                "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan, Pasal 11",
                "Peraturan Bupati Kubu Raya Nomor 17 Tahun 2025", "Pasal 4", "luas_bangunan <= 100 (100)",
                "kantor yang berwenang: 61.12.01-kecamatan");
    }

    @Test
    void explain_buildingJustOverTheCondition_isRefusedNamingTheConditionAndValue() {
        CheckRun run = CheckRun.of("--lang", "en", "--demo", "--explain", "KEC-PBG-KECIL", "61.12.01.2001",
                "61.12.01-kecamatan", "--date", "2026-03-02", "--attr", "luas_bangunan=100.01");

        assertThat(run.exit()).isEqualTo(SimpulCheck.REFUSED);
        assertThat(run.out()).contains("luas_bangunan <= 100, while luas_bangunan is 100.01",
                "REFUSED (authority.refused.condition-not-met); missing link: CONDITION");
    }

    @Test
    void explain_kapuasHuluResidentAtKubuRayaMall_isDecidedByKapuasHuluUnderTheAgreement() {
        CheckRun run = CheckRun.of("--lang", "en", "--demo", "--explain", "ADM-KTP-HILANG", "61.06.01", "61.12-mpp",
                "--date", "2026-03-02");

        assertThat(run.exit()).isEqualTo(SimpulCheck.CLEAN);
        assertThat(run.out()).contains("competent office: 61.06-disdukcapil", "authority kapuas-hulu-adminduk",
                "Counters in 61.12 may accept this request for residents of 61.06", "pks-kubu-raya-kapuas-hulu");
    }

    @Test
    void explain_crossProvinceAgreement_letsKubuRayaAcceptABirthCertificateForKapuas() {
        CheckRun run = CheckRun.of("--lang", "en", "--demo", "--explain", "ADM-AKTA-LAHIR", "62.03.02", "61.12-mpp",
                "--date", "2026-03-02");

        assertThat(run.exit()).isEqualTo(SimpulCheck.CLEAN);
        assertThat(run.out()).contains("competent office: 62.03-disdukcapil", "pks-kapuas-kubu-raya");
    }

    @Test
    void explain_sambasResidentAtKubuRaya_isRefusedBecauseTheAgreementExpired() {
        CheckRun run = CheckRun.of("--demo", "--explain", "ADM-KTP-HILANG", "61.01.01", "61.12-mpp", "--date",
                "2026-03-02");

        assertThat(run.exit()).isEqualTo(SimpulCheck.REFUSED);
        assertThat(run.out()).contains("pks-kubu-raya-sambas sudah berakhir pada 2024-12-31",
                "authority.refused.agreement-expired");
    }

    @Test
    void explain_tangerangAgreementBeforeItsStart_isRefusedAsNotYetInForce() {
        CheckRun run = CheckRun.of("--lang", "en", "--demo", "--explain", "ADM-KK", "36.74.01", "36.71-disdukcapil",
                "--date", "2026-12-31");

        assertThat(run.exit()).isEqualTo(SimpulCheck.REFUSED);
        assertThat(run.out()).contains("authority.refused.agreement-not-yet-in-force");
    }

    @Test
    void explain_revokedPerbupBeforeAndAfterItsRevocation_namesTheInstrumentInForce() {
        CheckRun before = CheckRun.of("--demo", "--explain", "KEC-SKTM", "61.06.01", "61.06.01-kecamatan", "--date",
                "2025-06-30");
        CheckRun after = CheckRun.of("--demo", "--explain", "KEC-SKTM", "61.06.01", "61.06.01-kecamatan", "--date",
                "2025-07-01");

        assertThat(before.exit()).isEqualTo(SimpulCheck.CLEAN);
        assertThat(before.out()).contains("Peraturan Bupati Kapuas Hulu Nomor 30 Tahun 2023");
        assertThat(after.exit()).isEqualTo(SimpulCheck.CLEAN);
        assertThat(after.out()).contains("Peraturan Bupati Kapuas Hulu Nomor 21 Tahun 2025")
                .doesNotContain("Nomor 30 Tahun 2023 tentang");
    }

    @Test
    void explain_kecamatanServiceWhereNoPerbupDelegates_isRefusedForWantOfDelegation() {
        CheckRun run = CheckRun.of("--lang", "en", "--demo", "--explain", "KEC-SKTM", "61.12.02", "61.12.02-kecamatan",
                "--date", "2026-03-02");

        assertThat(run.exit()).isEqualTo(SimpulCheck.REFUSED);
        assertThat(run.out()).contains("missing link: DELEGATION");
    }

    @Test
    void explain_attributeValues_areNotEchoed_onlyThoseAConditionReads() {
        CheckRun run = CheckRun.of("--demo", "--explain", "KEC-PBG-KECIL", "61.12.01.2001", "61.12.01-kecamatan",
                "--date", "2026-03-02", "--attr", "luas_bangunan=80", "--attr", "nik=6112014107900001");

        assertThat(run.exit()).isEqualTo(SimpulCheck.CLEAN);
        assertThat(run.out()).contains("atribut: luas_bangunan, nik", "luas_bangunan <= 100 (80)")
                .doesNotContain("6112014107900001");
    }

    @Test
    void explain_malformedRegionCode_isAUsageError() {
        CheckRun run = CheckRun.of("--lang", "en", "--demo", "--explain", "ADM-KK", "61-12", "61.12-mpp");

        assertThat(run.exit()).isEqualTo(SimpulCheck.USAGE);
        assertThat(run.err()).contains("61-12 is not a valid region code");
    }

    @Test
    void explain_attributeWithoutValue_isAUsageError() {
        CheckRun run = CheckRun.of("--demo", "--explain", "KEC-PBG-KECIL", "61.12.01", "61.12.01-kecamatan", "--attr",
                "luas_bangunan");

        assertThat(run.exit()).isEqualTo(SimpulCheck.USAGE);
        assertThat(run.err()).contains("isian=nilai");
    }

    @Test
    void dateWithoutExplain_isAUsageError() {
        assertThat(CheckRun.of("--demo", "--date", "2026-01-01").exit()).isEqualTo(SimpulCheck.USAGE);
    }
}
