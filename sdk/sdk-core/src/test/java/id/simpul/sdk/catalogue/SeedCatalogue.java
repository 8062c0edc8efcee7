package id.simpul.sdk.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A few services of the seed catalogue (typical values; every region sets its own by Perbup/SK),
 * built the way a region's configuration would build them.
 */
public final class SeedCatalogue {

    public static final LocalDate EFFECTIVE = LocalDate.of(2025, 1, 1);

    private SeedCatalogue() {
    }

    public static ServiceStandard ktpReprint() {
        return base(ServiceType.of("ADM-KTP-HILANG", "Pencetakan ulang KTP-el (hilang/rusak)",
                        "KTP-el reprint (lost/damaged)", ServiceCategory.CIVIL_REGISTRATION))
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
                        .type(AttributeType.DATE).required(false).order(3).build())
                .formAttribute(FormAttribute.builder().code("keterangan").label("Keterangan", "Notes")
                        .type(AttributeType.TEXT).order(4).maxLength(500).build())
                .requiredDocument(RequiredDocument.builder().code("sktlk")
                        .name("Surat keterangan tanda lapor kehilangan (SKTLK)", "Police lost-item report letter")
                        .validity(Period.ofDays(14)).build())
                .requiredDocument(RequiredDocument.builder().code("kk")
                        .name("Fotokopi Kartu Keluarga", "Copy of the family card").build())
                .build();
    }

    public static ServiceStandard skck() {
        return base(ServiceType.of("POL-SKCK", "Surat Keterangan Catatan Kepolisian", "Police clearance",
                        ServiceCategory.POLICE))
                .legalBasis(LegalReference.of("Peraturan Kepolisian Negara Republik Indonesia Nomor 6 Tahun 2023"))
                .serviceLevel(ServiceLevel.workingHours(8))
                .fee(Fee.fixed(Rupiah.of(30_000), LocalizedText.of("PNBP", "non-tax state revenue")))
                .product(ServiceProduct.of(LocalizedText.of("SKCK", "Police clearance certificate"), Period.ofMonths(6)))
                .build();
    }

    public static ServiceStandard smallBuilding() {
        return base(ServiceType.of("KEC-PBG-KECIL", "Persetujuan bangunan gedung kecil (didelegasikan)",
                        "Small building approval (delegated)", ServiceCategory.LICENSING))
                .legalBasis(LegalReference.of("Peraturan Pemerintah Nomor 16 Tahun 2021"))
                .serviceLevel(ServiceLevel.workingDays(5))
                .fee(Fee.variable(LocalizedText.of("Retribusi sesuai Perda", "Retribution per regional regulation")))
                .product(ServiceProduct.of(LocalizedText.of("PBG", "Building approval")))
                .formAttribute(FormAttribute.builder().code("luas_bangunan").label("Luas bangunan (m2)", "Floor area (m2)")
                        .type(AttributeType.NUMBER).required(true).order(1)
                        .min(BigDecimal.ONE).max(BigDecimal.valueOf(100)).build())
                .formAttribute(FormAttribute.builder().code("fungsi").label("Fungsi bangunan", "Building use")
                        .type(AttributeType.MULTI_VALUE_LIST).required(true).order(2)
                        .allowedValue("HUNIAN", "Hunian", "Residential").allowedValue("USAHA", "Usaha", "Business")
                        .build())
                .build();
    }

    public static ServiceCatalogue catalogue() {
        return ServiceCatalogue.of(List.of(ktpReprint(), skck(), smallBuilding()));
    }

    private static ServiceStandard.Builder base(ServiceType type) {
        return ServiceStandard.builder().serviceType(type).version(1).effectiveFrom(EFFECTIVE)
                .procedureStep("Pemohon menyerahkan berkas di loket", "The applicant hands in the papers at the counter")
                .procedureStep("Petugas memeriksa kelengkapan", "The officer checks completeness")
                .procedureStep("Produk diserahkan kepada pemohon", "The product is handed to the applicant")
                .complaintHandling(LocalizedText.of("Pengaduan melalui SP4N-LAPOR! dan kotak pengaduan di loket",
                        "Complaints through SP4N-LAPOR! and the complaint box at the counter"));
    }
}
