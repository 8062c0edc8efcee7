package id.simpul.sdk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CatalogueValuesTest {

    @Test
    void serviceCode_upperCaseSegmentsJoinedByHyphens_isAccepted() {
        assertThat(ServiceCode.of(" ADM-KTP-HILANG ").value()).isEqualTo("ADM-KTP-HILANG");
        assertThat(ServiceCode.of("PRZ-PBG").family()).isEqualTo("PRZ");
        assertThat(ServiceCode.of("ADM-KTP-HILANG")).isEqualTo(ServiceCode.of("ADM-KTP-HILANG"))
                .hasSameHashCodeAs(ServiceCode.of("ADM-KTP-HILANG"));
    }

    @Test
    void serviceCode_lowerCaseDoubleHyphenOrLeadingDigit_isRefused() {
        for (String bad : List.of("adm-ktp", "ADM--KTP", "1ADM", "ADM-", "-ADM", "ADM KTP", "")) {
            assertThatThrownBy(() -> ServiceCode.of(bad)).as(bad).isInstanceOf(InvalidCatalogueException.class);
        }
        assertThat(ServiceCode.isWellFormed("ADM-KTP")).isTrue();
        assertThat(ServiceCode.isWellFormed("adm")).isFalse();
    }

    @Test
    void rupiah_formatsIndonesianStyle() {
        assertThat(Rupiah.of(30_000).format()).isEqualTo("Rp30.000");
        assertThat(Rupiah.of(0).format()).isEqualTo("Rp0");
        assertThat(Rupiah.of(999).format()).isEqualTo("Rp999");
        assertThat(Rupiah.of(1_250_000).format()).isEqualTo("Rp1.250.000");
        assertThat(Rupiah.of(-5_000).toString()).isEqualTo("-Rp5.000");
        assertThat(Rupiah.of(Long.MIN_VALUE).format()).isEqualTo("-Rp9.223.372.036.854.775.808");
    }

    @Test
    void rupiah_parsesWhatPeopleWrite_andRefusesCents() {
        assertThat(Rupiah.parse("Rp30.000")).isEqualTo(Rupiah.of(30_000));
        assertThat(Rupiah.parse("Rp 30.000,-")).isEqualTo(Rupiah.of(30_000));
        assertThat(Rupiah.parse("rp30.000,00")).isEqualTo(Rupiah.of(30_000));
        assertThat(Rupiah.parse("30000")).isEqualTo(Rupiah.of(30_000));
        assertThat(Rupiah.parse("-Rp5.000")).isEqualTo(Rupiah.of(-5_000));
        for (String bad : List.of("Rp30.000,50", "30.00", "Rp", "3O.000", "99999999999999999999")) {
            assertThatThrownBy(() -> Rupiah.parse(bad)).as(bad).isInstanceOf(InvalidCatalogueException.class);
        }
    }

    @Test
    void rupiah_arithmeticIsExact_andOverflowFails() {
        assertThat(Rupiah.of(10_000).plus(Rupiah.of(20_000)).times(3).minus(Rupiah.of(1))).isEqualTo(Rupiah.of(89_999));
        assertThatThrownBy(() -> Rupiah.of(Long.MAX_VALUE).plus(Rupiah.of(1))).isInstanceOf(ArithmeticException.class);
    }

    @Property
    void rupiah_formatThenParse_roundTrips(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long amount) {
        assertThat(Rupiah.parse(Rupiah.of(amount).format())).isEqualTo(Rupiah.of(amount));
    }

    @Test
    void fee_fixedMustBePositive_variableMustNameItsBasis() {
        assertThat(Fee.fixed(Rupiah.of(30_000)).amount()).contains(Rupiah.of(30_000));
        assertThat(Fee.free().amount()).contains(Rupiah.ZERO);
        assertThat(Fee.variable(LocalizedText.of("Retribusi per Perda")).amount()).isEmpty();
        assertThatThrownBy(() -> Fee.fixed(Rupiah.ZERO)).isInstanceOf(InvalidCatalogueException.class);
        assertThat(Fee.fixed(Rupiah.of(1))).isEqualTo(Fee.fixed(Rupiah.of(1))).hasSameHashCodeAs(Fee.fixed(Rupiah.of(1)));
        assertThat(Fee.free().describe(Locale.ENGLISH)).isEqualTo("Free (Rp0)");
    }

    @Test
    void serviceLevel_parsesConfigurationText_inBothLanguages() {
        assertThat(ServiceLevel.parse("5 hari kerja")).isEqualTo(ServiceLevel.workingDays(5));
        assertThat(ServiceLevel.parse("1 working day")).isEqualTo(ServiceLevel.workingDays(1));
        assertThat(ServiceLevel.parse("3 Jam Kerja")).isEqualTo(ServiceLevel.workingHours(3));
        assertThat(ServiceLevel.parse("seketika")).isEqualTo(ServiceLevel.instant());
        assertThat(ServiceLevel.workingDays(28).describe(Locale.forLanguageTag("id"))).isEqualTo("28 hari kerja");
        assertThatThrownBy(() -> ServiceLevel.parse("5 hari")).isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("5 hari");
        assertThatThrownBy(() -> ServiceLevel.workingDays(0)).isInstanceOf(InvalidCatalogueException.class);
        assertThatThrownBy(() -> new ServiceLevel(ServiceLevel.Unit.INSTANT, 2)).isInstanceOf(InvalidCatalogueException.class);
    }

    @Test
    void formAttribute_limitsMustFitTheType() {
        FormAttribute.Builder base = FormAttribute.builder().code("x").label("X", "X");
        assertThatThrownBy(() -> base.type(AttributeType.STRING).min(BigDecimal.ONE).build())
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("STRING");
        assertThatThrownBy(() -> FormAttribute.builder().code("x").label("X", "X").type(AttributeType.SINGLE_VALUE_LIST).build())
                .hasMessageContaining("pilihan");
        assertThatThrownBy(() -> FormAttribute.builder().code("x").label("X", "X").type(AttributeType.DATE)
                .allowedValue("A", "A", "A").build()).isInstanceOf(InvalidCatalogueException.class);
        assertThatThrownBy(() -> FormAttribute.builder().code("x").label("X", "X").type(AttributeType.NUMBER)
                .min(BigDecimal.TEN).max(BigDecimal.ONE).build()).isInstanceOf(InvalidCatalogueException.class);
        assertThatThrownBy(() -> FormAttribute.builder().code("x").label("X", "X").type(AttributeType.NUMBER)
                .maxLength(5).build()).isInstanceOf(InvalidCatalogueException.class);
        assertThatThrownBy(() -> FormAttribute.builder().code("Nama Lengkap").label("X", "X").type(AttributeType.STRING)
                .build()).isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("Nama Lengkap");
        assertThatThrownBy(() -> FormAttribute.builder().code("x").label("X", "X").type(AttributeType.MULTI_VALUE_LIST)
                .allowedValue("A", "A", "A").allowedValue("A", "B", "B").build()).hasMessageContaining("\"A\"");
    }

    @Test
    void formAttribute_textTypesGetADefaultMaximumLength() {
        assertThat(FormAttribute.builder().code("x").label("X", "X").type(AttributeType.STRING).build().maxLength())
                .isEqualTo(FormAttribute.DEFAULT_STRING_MAX_LENGTH);
        assertThat(FormAttribute.builder().code("x").label("X", "X").type(AttributeType.TEXT).build().maxLength())
                .isEqualTo(FormAttribute.DEFAULT_TEXT_MAX_LENGTH);
        FormAttribute a = FormAttribute.builder().code("x").label("X", "X").type(AttributeType.TEXT).maxLength(9).build();
        assertThat(a.toBuilder().build()).isEqualTo(a).hasSameHashCodeAs(a);
    }

    @Test
    void requiredDocument_policeLetterValid14Days_acceptsTheLastDay_andRefusesTheDayAfter() {
        RequiredDocument sktlk = SeedCatalogue.ktpReprint().document("sktlk").orElseThrow();
        LocalDate issued = LocalDate.of(2026, 4, 1);
        assertThat(sktlk.expiresOn(issued)).contains(LocalDate.of(2026, 4, 15));
        assertThat(sktlk.validityOn(issued, LocalDate.of(2026, 4, 1))).isEqualTo(DocumentValidity.VALID);
        assertThat(sktlk.validityOn(issued, LocalDate.of(2026, 4, 15))).isEqualTo(DocumentValidity.VALID);
        assertThat(sktlk.validityOn(issued, LocalDate.of(2026, 4, 16))).isEqualTo(DocumentValidity.EXPIRED);
        assertThat(sktlk.validityOn(issued, LocalDate.of(2026, 3, 31))).isEqualTo(DocumentValidity.ISSUED_AFTER_FILING);
    }

    @Test
    void requiredDocument_withoutValidity_neverExpires() {
        RequiredDocument kk = SeedCatalogue.ktpReprint().document("kk").orElseThrow();
        assertThat(kk.expiresOn(LocalDate.of(2000, 1, 1))).isEmpty();
        assertThat(kk.validityOn(LocalDate.of(2000, 1, 1), LocalDate.of(2026, 1, 1))).isEqualTo(DocumentValidity.VALID);
        assertThatThrownBy(() -> RequiredDocument.builder().code("x").name("x", "x").validity(Period.ZERO).build())
                .isInstanceOf(InvalidCatalogueException.class);
        assertThat(kk.toBuilder().build()).isEqualTo(kk).hasSameHashCodeAs(kk);
    }

    @Test
    void formData_readsValuesFromJsonLikeMaps_andNeverPrintsThem() {
        FormData f = FormData.of(Map.of("nik", "6112010101900001", "luas", new BigDecimal("96.50"), "lantai", 2,
                "tanggal", LocalDate.of(2026, 4, 1), "fungsi", List.of("HUNIAN", "USAHA")));
        assertThat(f.values("fungsi")).containsExactly("HUNIAN", "USAHA");
        assertThat(f.decimal("luas")).contains(new BigDecimal("96.50"));
        assertThat(f.value("lantai")).contains("2");
        assertThat(f.date("tanggal")).contains(LocalDate.of(2026, 4, 1));
        assertThat(f.toString()).isEqualTo("FormData[fungsi, lantai, luas, nik, tanggal]");
        assertThat(f.with("lantai", List.of("3")).value("lantai")).contains("3");
        assertThat(f).isEqualTo(FormData.of(Map.of("nik", "6112010101900001", "luas", "96.50", "lantai", "2",
                "tanggal", "2026-04-01", "fungsi", List.of("HUNIAN", "USAHA"))));
        assertThatThrownBy(() -> FormData.of(Map.of("x", new Object()))).isInstanceOf(InvalidCatalogueException.class);
    }

    @Test
    void submittedDocument_toStringHidesTheLetterNumber() {
        SubmittedDocument d = SubmittedDocument.of("sktlk", LocalDate.of(2026, 4, 1)).withReference("SKTLK/123/IV/2026");
        assertThat(d.reference()).contains("SKTLK/123/IV/2026");
        assertThat(d.toString()).doesNotContain("123");
        assertThat(d).isEqualTo(SubmittedDocument.of("sktlk", LocalDate.of(2026, 4, 1)).withReference("SKTLK/123/IV/2026"));
    }

    @Test
    void localizedText_fallsBackToIndonesian_andPicksByLanguage() {
        LocalizedText t = LocalizedText.of("Gratis", null);
        assertThat(t.en()).isEqualTo("Gratis");
        assertThat(LocalizedText.of("Hilang", "Lost").in(Locale.ENGLISH)).isEqualTo("Lost");
        assertThat(LocalizedText.of("Hilang", "Lost").in(Locale.forLanguageTag("id"))).isEqualTo("Hilang");
        assertThat(LocalizedText.of("Hilang", "Lost").in(Locale.JAPANESE)).isEqualTo("Hilang");
        assertThatThrownBy(() -> LocalizedText.of(" ")).isInstanceOf(InvalidCatalogueException.class);
    }

    @Test
    void serviceCategory_readsConfigurationNames() {
        assertThat(ServiceCategory.fromConfigName("adminduk")).contains(ServiceCategory.CIVIL_REGISTRATION);
        assertThat(ServiceCategory.fromConfigName("LICENSING")).contains(ServiceCategory.LICENSING);
        assertThat(ServiceCategory.fromConfigName("nope")).isEmpty();
    }
}
