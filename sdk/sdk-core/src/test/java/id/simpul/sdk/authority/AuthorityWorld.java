package id.simpul.sdk.authority;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyKind;
import id.simpul.sdk.catalogue.AttributeType;
import id.simpul.sdk.catalogue.Fee;
import id.simpul.sdk.catalogue.FormAttribute;
import id.simpul.sdk.catalogue.LegalReference;
import id.simpul.sdk.catalogue.LocalizedText;
import id.simpul.sdk.catalogue.ServiceCatalogue;
import id.simpul.sdk.catalogue.ServiceCategory;
import id.simpul.sdk.catalogue.ServiceLevel;
import id.simpul.sdk.catalogue.ServiceProduct;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.catalogue.ServiceType;
import id.simpul.sdk.region.RegionRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small legal world on real region codes (Kemendagri dataset): Kubu Raya 61.12, Kapuas Hulu
 * 61.06, Sambas 61.01 (Kalimantan Barat), Kapuas 62.03 (Kalimantan Tengah), Kota Tangerang 36.71
 * and Kota Tangerang Selatan 36.74 (Banten), with a Perbup delegating PATEN services and small
 * building approvals to some camat, and agreements in every state. "Today" is {@link #TODAY}.
 */
final class AuthorityWorld {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static final String PP_17_2018 = "Peraturan Pemerintah Nomor 17 Tahun 2018";
    static final String PERBUP_PATEN = "Peraturan Bupati Kubu Raya Nomor 12 Tahun 2023";
    static final String PERBUP_PBG = "Peraturan Bupati Kubu Raya Nomor 31 Tahun 2024";
    static final String PERBUP_REVOKING = "Peraturan Bupati Kubu Raya Nomor 3 Tahun 2026";

    private AuthorityWorld() {
    }

    static AuthorityConfiguration configuration() {
        return builder().build();
    }

    static AuthorityConfiguration.Builder builder() {
        return AuthorityConfiguration.builder()
                .regions(RegionRegistry.official())
                .catalogue(catalogue())
                .agencies(agencies())
                .authorities(authorities())
                .delegations(delegations())
                .agreements(agreements());
    }

    static ServiceCatalogue catalogue() {
        FormAttribute area = FormAttribute.builder().code("luas_bangunan").label("Luas bangunan (m2)", "Floor area (m2)")
                .type(AttributeType.NUMBER).required(true).order(1).build();
        FormAttribute use = FormAttribute.builder().code("fungsi").label("Fungsi bangunan", "Building use")
                .type(AttributeType.SINGLE_VALUE_LIST).required(true).order(2)
                .allowedValue("HUNIAN", "Hunian", "Residential").allowedValue("USAHA", "Usaha", "Business").build();
        return ServiceCatalogue.of(List.of(
                standard("ADM-KTP-HILANG", "Pencetakan ulang KTP-el", ServiceCategory.CIVIL_REGISTRATION),
                standard("ADM-KK", "Kartu Keluarga", ServiceCategory.CIVIL_REGISTRATION),
                standard("ADM-AKTA-LAHIR", "Akta kelahiran", ServiceCategory.CIVIL_REGISTRATION),
                standard("KEC-SK-DOMISILI", "Surat keterangan domisili", ServiceCategory.NON_LICENSING),
                standard("KEC-SKTM", "Surat keterangan tidak mampu", ServiceCategory.NON_LICENSING),
                standard("KEC-REKOM", "Rekomendasi camat", ServiceCategory.NON_LICENSING),
                standard("KEC-PBG-KECIL", "Persetujuan bangunan gedung kecil", ServiceCategory.LICENSING, area, use),
                standard("PRZ-PBG", "Persetujuan bangunan gedung", ServiceCategory.LICENSING, area, use),
                standard("POL-SKCK", "Surat Keterangan Catatan Kepolisian", ServiceCategory.POLICE),
                standard("PRV-TRAYEK", "Izin trayek angkutan antarkota dalam provinsi", ServiceCategory.LICENSING)));
    }

    static ServiceStandard standard(String code, String name, ServiceCategory category, FormAttribute... attributes) {
        ServiceStandard.Builder b = ServiceStandard.builder()
                .serviceType(ServiceType.of(code, name, name, category)).version(1)
                .effectiveFrom(LocalDate.of(2020, 1, 1))
                .legalBasis(LegalReference.of("Undang-Undang Nomor 25 Tahun 2009"))
                .procedureStep("Pemohon menyerahkan berkas", "The applicant hands in the papers")
                .serviceLevel(ServiceLevel.workingDays(1)).fee(Fee.free())
                .product(ServiceProduct.of(LocalizedText.of(name)))
                .complaintHandling(LocalizedText.of("Pengaduan melalui SP4N-LAPOR!"));
        for (FormAttribute a : attributes) {
            b.formAttribute(a);
        }
        return b.build();
    }

    static List<Agency> agencies() {
        List<Agency> all = new ArrayList<>();
        all.add(office("61.12-bupati", "Bupati Kubu Raya", AgencyKind.REGIONAL_DEPARTMENT, "61.12", false));
        all.add(office("61.12-disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kubu Raya",
                AgencyKind.REGIONAL_DEPARTMENT, "61.12", true));
        all.add(office("61.12-dpmptsp", "Dinas Penanaman Modal dan PTSP Kabupaten Kubu Raya",
                AgencyKind.REGIONAL_DEPARTMENT, "61.12", true));
        all.add(office("61.12-bappeda", "Bappeda Kabupaten Kubu Raya", AgencyKind.REGIONAL_DEPARTMENT, "61.12", false));
        all.add(office("61.12-mpp", "Mal Pelayanan Publik Kabupaten Kubu Raya", AgencyKind.PUBLIC_SERVICE_MALL,
                "61.12", true));
        all.add(office("61.12-polres", "Polres Kubu Raya", AgencyKind.POLICE, "61.12", true));
        all.add(office("61.12.01-kecamatan", "Kecamatan Sungai Raya", AgencyKind.DISTRICT_OFFICE, "61.12.01", true));
        all.add(office("61.12.03-kecamatan", "Kecamatan Sungai Ambawang", AgencyKind.DISTRICT_OFFICE, "61.12.03",
                true));
        all.add(office("61.12.09-kecamatan", "Kecamatan Sungai Kakap", AgencyKind.DISTRICT_OFFICE, "61.12.09", true));
        all.add(office("61.06-bupati", "Bupati Kapuas Hulu", AgencyKind.REGIONAL_DEPARTMENT, "61.06", false));
        all.add(office("61.06-disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kapuas Hulu",
                AgencyKind.REGIONAL_DEPARTMENT, "61.06", true));
        all.add(office("61.06-mpp", "Mal Pelayanan Publik Kabupaten Kapuas Hulu", AgencyKind.PUBLIC_SERVICE_MALL,
                "61.06", true));
        all.add(office("61.06-polres", "Polres Kapuas Hulu", AgencyKind.POLICE, "61.06", true));
        all.add(office("61.06.01-kecamatan", "Kecamatan Putussibau Utara", AgencyKind.DISTRICT_OFFICE, "61.06.01",
                true));
        all.add(office("61.01-disdukcapil", "Disdukcapil Kabupaten Sambas", AgencyKind.REGIONAL_DEPARTMENT, "61.01",
                true));
        all.add(office("61.01-mpp", "Mal Pelayanan Publik Kabupaten Sambas", AgencyKind.PUBLIC_SERVICE_MALL, "61.01",
                true));
        all.add(office("62.03-disdukcapil", "Disdukcapil Kabupaten Kapuas", AgencyKind.REGIONAL_DEPARTMENT, "62.03",
                true));
        all.add(office("62.03-mpp", "Mal Pelayanan Publik Kabupaten Kapuas", AgencyKind.PUBLIC_SERVICE_MALL, "62.03",
                true));
        all.add(office("36.71-disdukcapil", "Disdukcapil Kota Tangerang", AgencyKind.REGIONAL_DEPARTMENT, "36.71",
                true));
        all.add(office("36.71-mpp", "Mal Pelayanan Publik Kota Tangerang", AgencyKind.PUBLIC_SERVICE_MALL, "36.71",
                true));
        all.add(office("36.74-disdukcapil", "Disdukcapil Kota Tangerang Selatan", AgencyKind.REGIONAL_DEPARTMENT,
                "36.74", true));
        all.add(office("61-dishub", "Dinas Perhubungan Provinsi Kalimantan Barat", AgencyKind.REGIONAL_DEPARTMENT,
                "61", true));
        return all;
    }

    static Agency office(String id, String name, AgencyKind kind, String home, boolean servicePoint) {
        return Agency.builder().id(id).name(name).kind(kind).homeRegion(home).servicePoint(servicePoint).build();
    }

    static List<Authority> authorities() {
        List<Authority> all = new ArrayList<>();
        for (String[] r : new String[][] {{"kkr", "61.12"}, {"kph", "61.06"}, {"smb", "61.01"}, {"kps", "62.03"},
                {"tng", "36.71"}, {"tgs", "36.74"}}) {
            all.add(Authority.builder().id(r[0] + "-adm").holder(r[1] + "-disdukcapil").services("ADM-KTP-HILANG",
                    "ADM-KK").territory(r[1]).legalBasis(LegalInstrument.of("Undang-Undang Nomor 24 Tahun 2013",
                    "Pasal 8")).validity(Validity.from(LocalDate.of(2014, 1, 1))).build());
        }
        all.add(Authority.builder().id("smb-akta").holder("61.01-disdukcapil").services("ADM-AKTA-LAHIR")
                .territory("61.01").legalBasis("Peraturan Bupati Sambas Nomor 40 Tahun 2026")
                .validity(Validity.from(LocalDate.of(2026, 7, 1))).build());
        for (String r : new String[] {"61.12", "61.06"}) {
            all.add(Authority.builder().id(r + "-kec").holder(r + "-bupati")
                    .services("KEC-SK-DOMISILI", "KEC-SKTM", "KEC-REKOM", "KEC-PBG-KECIL").territory(r)
                    .legalBasis(LegalInstrument.of(PP_17_2018, "Pasal 10")).requiresDelegation(true)
                    .validity(Validity.from(LocalDate.of(2018, 4, 1))).build());
            all.add(Authority.builder().id(r + "-skck").holder(r + "-polres").services("POL-SKCK").territory(r)
                    .legalBasis("Peraturan Kepolisian Negara Republik Indonesia Nomor 6 Tahun 2023")
                    .validity(Validity.from(LocalDate.of(2023, 1, 1))).build());
        }
        all.add(Authority.builder().id("kkr-pbg").holder("61.12-dpmptsp").services("PRZ-PBG").territory("61.12")
                .legalBasis("Peraturan Daerah Kabupaten Kubu Raya Nomor 2 Tahun 2024")
                .validity(Validity.from(LocalDate.of(2024, 1, 1))).build());
        all.add(Authority.builder().id("kalbar-trayek").holder("61-dishub").services("PRV-TRAYEK").territory("61")
                .legalBasis("Undang-Undang Nomor 22 Tahun 2009").validity(Validity.from(LocalDate.of(2010, 1, 1)))
                .build());
        return all;
    }

    static List<Delegation> delegations() {
        List<Delegation> all = new ArrayList<>();
        all.add(paten("kkr-paten-sungai-raya", "61.12.01").validity(Validity.from(LocalDate.of(2023, 3, 1))).build());
        all.add(paten("kkr-paten-ambawang", "61.12.03").validity(Validity.from(LocalDate.of(2023, 3, 1))).build());
        all.add(paten("kkr-paten-kakap", "61.12.09").validity(Validity.from(TODAY.plusDays(1))).build());
        all.add(smallBuilding("kkr-pbg-sungai-raya", "61.12.01").validity(Validity.from(LocalDate.of(2024, 7, 1)))
                .build());
        all.add(smallBuilding("kkr-pbg-ambawang", "61.12.03").validity(Validity.from(LocalDate.of(2024, 7, 1)))
                .revocation(Revocation.of(PERBUP_REVOKING, TODAY.minusDays(1))).build());
        all.add(smallBuilding("kkr-pbg-kakap", "61.12.09")
                .validity(Validity.between(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31))).build());
        all.add(Delegation.builder().id("kph-paten-putussibau").delegator("61.06-bupati").delegate("61.06.01-kecamatan")
                .services("KEC-SK-DOMISILI", "KEC-SKTM", "KEC-REKOM").kecamatan("61.06.01")
                .instrument(LegalInstrument.of("Peraturan Bupati Kapuas Hulu Nomor 8 Tahun 2022", "Pasal 4"))
                .validity(Validity.from(LocalDate.of(2022, 5, 1))).build());
        all.add(Delegation.builder().id("kkr-pbg-menengah-sungai-raya").delegator("61.12-dpmptsp")
                .delegate("61.12.01-kecamatan").services("PRZ-PBG").kecamatan("61.12.01")
                .condition("luas_bangunan <= 200 and fungsi == 'HUNIAN'")
                .instrument("Keputusan Kepala DPMPTSP Kabupaten Kubu Raya Nomor 5 Tahun 2025")
                .validity(Validity.from(LocalDate.of(2025, 1, 1))).build());
        return all;
    }

    private static Delegation.Builder paten(String id, String kecamatan) {
        return Delegation.builder().id(id).delegator("61.12-bupati").delegate(kecamatan + "-kecamatan")
                .services("KEC-SK-DOMISILI", "KEC-SKTM", "KEC-REKOM").kecamatan(kecamatan)
                .instrument(LegalInstrument.of(PERBUP_PATEN, "Pasal 3"));
    }

    private static Delegation.Builder smallBuilding(String id, String kecamatan) {
        return Delegation.builder().id(id).delegator("61.12-bupati").delegate(kecamatan + "-kecamatan")
                .services("KEC-PBG-KECIL").kecamatan(kecamatan).condition("luas_bangunan <= 100")
                .instrument(LegalInstrument.of(PERBUP_PBG, "Pasal 2"));
    }

    static List<CooperationAgreement> agreements() {
        List<CooperationAgreement> all = new ArrayList<>();
        all.add(CooperationAgreement.builder().id("kkr-kph").kind(AgreementKind.VOLUNTARY)
                .instrument("Nomor 180/45/PKS/2024 dan Nomor 119/12/KSDD/2024").signed(LocalDate.of(2024, 12, 10))
                .validity(Validity.between(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)))
                .party(AgreementParty.of("61.12", List.of("ADM-KTP-HILANG", "ADM-KK", "KEC-SK-DOMISILI"),
                        List.of("nik", "nama")))
                .party(AgreementParty.accepting("61.06", "ADM-KTP-HILANG", "ADM-KK")).build());
        all.add(CooperationAgreement.builder().id("kkr-smb").kind(AgreementKind.VOLUNTARY)
                .instrument("Nomor 180/3/PKS/2022").signed(LocalDate.of(2021, 12, 20))
                .validity(Validity.between(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)))
                .party(AgreementParty.accepting("61.12", "ADM-KTP-HILANG"))
                .party(AgreementParty.accepting("61.01", "ADM-KTP-HILANG")).build());
        all.add(CooperationAgreement.builder().id("kps-kkr").kind(AgreementKind.VOLUNTARY)
                .instrument("Nomor 100/22/PEM/2025 dan Nomor 180/90/PKS/2025").signed(LocalDate.of(2025, 12, 1))
                .validity(Validity.from(LocalDate.of(2026, 1, 1)))
                .party(AgreementParty.accepting("62.03", "ADM-KTP-HILANG"))
                .party(AgreementParty.accepting("61.12", "ADM-KTP-HILANG", "ADM-KK")).build());
        all.add(CooperationAgreement.builder().id("tng-tgs").kind(AgreementKind.MANDATORY)
                .instrument("Nomor 470/15-Disdukcapil/2026").signed(LocalDate.of(2026, 5, 20))
                .validity(Validity.from(LocalDate.of(2026, 9, 1)))
                .party(AgreementParty.accepting("36.71", "ADM-KTP-HILANG", "ADM-KK"))
                .party(AgreementParty.accepting("36.74", "ADM-KTP-HILANG", "ADM-KK")).build());
        all.add(CooperationAgreement.builder().id("kph-smb").kind(AgreementKind.VOLUNTARY)
                .instrument("Nomor 180/7/PKS/2024").signed(LocalDate.of(2024, 1, 5))
                .validity(Validity.between(LocalDate.of(2024, 2, 1), LocalDate.of(2028, 1, 31)))
                .termination(Revocation.of("Nomor 180/2/PKS/2026 tentang Pengakhiran Kerja Sama",
                        LocalDate.of(2026, 3, 1)))
                .party(AgreementParty.accepting("61.06", "ADM-KTP-HILANG"))
                .party(AgreementParty.accepting("61.01", "ADM-KTP-HILANG")).build());
        return all;
    }
}
