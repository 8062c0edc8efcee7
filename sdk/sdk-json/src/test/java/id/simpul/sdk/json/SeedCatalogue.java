package id.simpul.sdk.json;

import id.simpul.sdk.catalogue.AttributeType;
import id.simpul.sdk.catalogue.Fee;
import id.simpul.sdk.catalogue.FormAttribute;
import id.simpul.sdk.catalogue.LegalReference;
import id.simpul.sdk.catalogue.LocalizedText;
import id.simpul.sdk.catalogue.RequiredDocument;
import id.simpul.sdk.catalogue.Rupiah;
import id.simpul.sdk.catalogue.ServiceCatalogue;
import id.simpul.sdk.catalogue.ServiceCategory;
import id.simpul.sdk.catalogue.ServiceLevel;
import id.simpul.sdk.catalogue.ServicePledge;
import id.simpul.sdk.catalogue.ServiceProduct;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.catalogue.ServiceType;
import id.simpul.sdk.catalogue.StandardComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The thirteen services of the seed catalogue with typical values (every region sets its own by
 * Perbup/SK), built the way a region's configuration would build them. Where the typical value is
 * a range, the longest time is used.
 */
final class SeedCatalogue {

    static final LocalDate EFFECTIVE = LocalDate.of(2025, 1, 1);

    private SeedCatalogue() {
    }

    static List<ServiceStandard> all() {
        return List.of(ktpReprint(), familyCard(), birthCertificate(), deathCertificate(), movingLetter(),
                domicileLetter(), lowIncomeLetter(), camatRecommendation(), smallBuilding(), buildingApproval(),
                businessNumber(), lostItemReport(), policeClearance());
    }

    static ServiceCatalogue catalogue() {
        return ServiceCatalogue.of(all());
    }

    /** ADM-KTP-HILANG with all fourteen components and a maklumat. */
    static ServiceStandard ktpReprint() {
        ServiceStandard.Builder b = base("ADM-KTP-HILANG", "Pencetakan ulang KTP-el (hilang/rusak)",
                "KTP-el reprint (lost/damaged)", ServiceCategory.CIVIL_REGISTRATION)
                .legalBasis(LegalReference.of("Undang-Undang Nomor 24 Tahun 2013", "Pasal 63"))
                .legalBasis(LegalReference.of("Peraturan Presiden Nomor 96 Tahun 2018"))
                .serviceLevel(ServiceLevel.workingDays(4))
                .fee(Fee.free())
                .product(ServiceProduct.of(LocalizedText.of("KTP-el", "Electronic identity card")))
                .formAttribute(FormAttribute.builder().code("nik").label("NIK", "NIK").type(AttributeType.STRING)
                        .required(true).order(1).maxLength(16).build())
                .formAttribute(FormAttribute.builder().code("alasan").label("Alasan", "Reason")
                        .type(AttributeType.SINGLE_VALUE_LIST).required(true).order(2)
                        .allowedValue("HILANG", "Hilang", "Lost").allowedValue("RUSAK", "Rusak", "Damaged").build())
                .formAttribute(FormAttribute.builder().code("tanggal_kejadian").label("Tanggal kejadian", "Date of loss")
                        .type(AttributeType.DATE).required(false).order(3).latest(LocalDate.of(2030, 12, 31)).build())
                .formAttribute(FormAttribute.builder().code("keterangan").label("Keterangan", "Notes")
                        .type(AttributeType.TEXT).order(4).maxLength(500).build())
                .requiredDocument(RequiredDocument.builder().code("sktlk")
                        .name("Surat keterangan tanda lapor kehilangan (SKTLK)", "Police lost-item report letter")
                        .validity(Period.ofDays(14)).build())
                .requiredDocument(RequiredDocument.builder().code("kk")
                        .name("Fotokopi Kartu Keluarga", "Copy of the family card").build())
                .requiredDocument(RequiredDocument.builder().code("ktp_rusak")
                        .name("KTP-el yang rusak", "The damaged KTP-el").mandatory(false).build())
                .pledge(new ServicePledge(LocalizedText.of(
                        "Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan",
                        "We pledge to deliver the service as its standard says"),
                        "Kepala Dinas Kependudukan dan Pencatatan Sipil", LocalDate.of(2024, 12, 20)));
        for (StandardComponent c : List.of(StandardComponent.FACILITIES, StandardComponent.STAFF_COMPETENCE,
                StandardComponent.INTERNAL_SUPERVISION, StandardComponent.STAFFING, StandardComponent.SERVICE_GUARANTEE,
                StandardComponent.SECURITY_AND_SAFETY, StandardComponent.PERFORMANCE_EVALUATION)) {
            b.text(c, LocalizedText.of("Komponen " + c.letter() + " sesuai SK Kepala Dinas",
                    "Component " + c.letter() + " per the head of office's decree"));
        }
        return b.build();
    }

    static ServiceStandard familyCard() {
        return civilRegistration("ADM-KK", "Kartu Keluarga baru/perubahan", "Family card, new or changed",
                "Kartu Keluarga", "Family card");
    }

    static ServiceStandard birthCertificate() {
        return civilRegistration("ADM-AKTA-LAHIR", "Akta kelahiran", "Birth certificate", "Kutipan akta kelahiran",
                "Birth certificate");
    }

    static ServiceStandard deathCertificate() {
        return civilRegistration("ADM-AKTA-MATI", "Akta kematian", "Death certificate", "Kutipan akta kematian",
                "Death certificate");
    }

    static ServiceStandard movingLetter() {
        return civilRegistration("ADM-PINDAH", "Surat keterangan pindah (SKPWNI)", "Moving letter (SKPWNI)",
                "SKPWNI", "Moving letter");
    }

    private static ServiceStandard civilRegistration(String code, String nameId, String nameEn, String productId,
                                                     String productEn) {
        return base(code, nameId, nameEn, ServiceCategory.CIVIL_REGISTRATION)
                .legalBasis(LegalReference.of("Undang-Undang Nomor 24 Tahun 2013"))
                .serviceLevel(ServiceLevel.workingDays(1))
                .fee(Fee.free())
                .product(ServiceProduct.of(LocalizedText.of(productId, productEn)))
                .requiredDocument(RequiredDocument.builder().code("kk").name("Kartu Keluarga", "Family card").build())
                .build();
    }

    static ServiceStandard domicileLetter() {
        return kecamatanLetter("KEC-SK-DOMISILI", "Surat keterangan domisili", "Domicile letter", 1);
    }

    static ServiceStandard lowIncomeLetter() {
        return kecamatanLetter("KEC-SKTM", "Surat keterangan tidak mampu", "Letter of low income", 1);
    }

    static ServiceStandard camatRecommendation() {
        return kecamatanLetter("KEC-REKOM", "Rekomendasi camat (dilimpahkan)", "Camat recommendation (delegated)", 3);
    }

    private static ServiceStandard kecamatanLetter(String code, String nameId, String nameEn, int days) {
        return base(code, nameId, nameEn, ServiceCategory.NON_LICENSING)
                .legalBasis(LegalReference.of("Peraturan Pemerintah Nomor 17 Tahun 2018", "Pasal 10"))
                .serviceLevel(ServiceLevel.workingDays(days))
                .fee(Fee.free())
                .product(ServiceProduct.of(LocalizedText.of(nameId, nameEn)))
                .formAttribute(FormAttribute.builder().code("keperluan").label("Keperluan", "Purpose")
                        .type(AttributeType.STRING).required(true).order(1).build())
                .requiredDocument(RequiredDocument.builder().code("pengantar_rt_rw")
                        .name("Surat pengantar RT/RW", "Cover letter from the neighbourhood head").build())
                .build();
    }

    static ServiceStandard smallBuilding() {
        return base("KEC-PBG-KECIL", "Persetujuan bangunan gedung kecil (didelegasikan)",
                "Small building approval (delegated)", ServiceCategory.LICENSING)
                .legalBasis(LegalReference.of("Peraturan Pemerintah Nomor 16 Tahun 2021"))
                .serviceLevel(ServiceLevel.workingDays(5))
                .fee(Fee.variable(LocalizedText.of("Retribusi sesuai Perda", "Retribution per regional regulation")))
                .product(ServiceProduct.of(LocalizedText.of("PBG", "Building approval")))
                .formAttribute(FormAttribute.builder().code("luas_bangunan").label("Luas bangunan (m2)", "Floor area (m2)")
                        .type(AttributeType.NUMBER).required(true).order(1)
                        .min(new BigDecimal("1.0")).max(BigDecimal.valueOf(100)).build())
                .formAttribute(FormAttribute.builder().code("fungsi").label("Fungsi bangunan", "Building use")
                        .type(AttributeType.MULTI_VALUE_LIST).required(true).order(2)
                        .allowedValue("HUNIAN", "Hunian", "Residential").allowedValue("USAHA", "Usaha", "Business")
                        .build())
                .build();
    }

    static ServiceStandard buildingApproval() {
        return base("PRZ-PBG", "Persetujuan bangunan gedung (PBG)", "Building approval (PBG)", ServiceCategory.LICENSING)
                .legalBasis(LegalReference.of("Peraturan Pemerintah Nomor 16 Tahun 2021"))
                .serviceLevel(ServiceLevel.workingDays(28))
                .fee(Fee.variable(LocalizedText.of("Retribusi PBG sesuai Perda", "PBG retribution per regional regulation")))
                .product(ServiceProduct.of(LocalizedText.of("PBG", "Building approval")))
                .build();
    }

    static ServiceStandard businessNumber() {
        return base("PRZ-NIB", "Nomor Induk Berusaha (NIB)", "Business number (NIB)", ServiceCategory.LICENSING)
                .legalBasis(LegalReference.of("Peraturan Pemerintah Nomor 28 Tahun 2025"))
                .serviceLevel(ServiceLevel.instant())
                .fee(Fee.free())
                .product(ServiceProduct.of(LocalizedText.of("NIB", "Business number")))
                .build();
    }

    static ServiceStandard lostItemReport() {
        return base("POL-SKTLK", "Surat keterangan tanda lapor kehilangan", "Lost-item report letter",
                ServiceCategory.POLICE)
                .legalBasis(LegalReference.of("Undang-Undang Nomor 2 Tahun 2002"))
                .serviceLevel(ServiceLevel.workingHours(1))
                .fee(Fee.free())
                .product(ServiceProduct.of(LocalizedText.of("SKTLK", "Lost-item report letter"), Period.ofDays(14)))
                .build();
    }

    static ServiceStandard policeClearance() {
        return base("POL-SKCK", "Surat Keterangan Catatan Kepolisian", "Police clearance", ServiceCategory.POLICE)
                .legalBasis(LegalReference.of("Peraturan Kepolisian Negara Republik Indonesia Nomor 6 Tahun 2023"))
                .serviceLevel(ServiceLevel.workingHours(8))
                .fee(Fee.fixed(Rupiah.of(30_000), LocalizedText.of("PNBP", "non-tax state revenue")))
                .product(ServiceProduct.of(LocalizedText.of("SKCK", "Police clearance certificate"), Period.ofMonths(6)))
                .build();
    }

    private static ServiceStandard.Builder base(String code, String nameId, String nameEn, ServiceCategory category) {
        return ServiceStandard.builder().serviceType(ServiceType.of(code, nameId, nameEn, category)).version(1)
                .effectiveFrom(EFFECTIVE)
                .procedureStep("Pemohon menyerahkan berkas di loket", "The applicant hands in the papers at the counter")
                .procedureStep("Petugas memeriksa kelengkapan", "The officer checks completeness")
                .procedureStep("Produk diserahkan kepada pemohon", "The product is handed to the applicant")
                .complaintHandling(LocalizedText.of("Pengaduan melalui SP4N-LAPOR! dan kotak pengaduan di loket",
                        "Complaints through SP4N-LAPOR! and the complaint box at the counter"));
    }
}
