package id.simpul.sdk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ServiceStandardTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    @Test
    void components_areTheFourteenOfPasal21_andSixArePublished() {
        assertThat(StandardComponent.values()).hasSize(14);
        assertThat(StandardComponent.values()).extracting(StandardComponent::letter)
                .containsExactly('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n');
        assertThat(StandardComponent.publishedToCitizens()).containsExactly(StandardComponent.REQUIREMENTS,
                StandardComponent.PROCEDURE, StandardComponent.TIME_LIMIT, StandardComponent.FEE,
                StandardComponent.PRODUCT, StandardComponent.COMPLAINTS);
        assertThat(StandardComponent.ofLetter('J')).isEqualTo(StandardComponent.COMPLAINTS);
        assertThatThrownBy(() -> StandardComponent.ofLetter('o')).isInstanceOf(InvalidCatalogueException.class);
    }

    @Test
    void publishedToCitizens_rendersTheSixComponentsInBothLanguages() {
        ServiceStandard skck = SeedCatalogue.skck();
        assertThat(skck.publishedToCitizens(ID)).containsOnlyKeys(StandardComponent.publishedToCitizens())
                .containsEntry(StandardComponent.FEE, "Rp30.000 (PNBP)")
                .containsEntry(StandardComponent.TIME_LIMIT, "8 jam kerja");
        assertThat(skck.publishedToCitizens(Locale.ENGLISH))
                .containsEntry(StandardComponent.TIME_LIMIT, "8 working hours")
                .containsEntry(StandardComponent.PRODUCT, "Police clearance certificate");
        assertThat(SeedCatalogue.ktpReprint().describe(StandardComponent.PROCEDURE, ID)).startsWith("1. Pemohon");
        assertThat(SeedCatalogue.ktpReprint().describe(StandardComponent.FEE, ID)).isEqualTo("Gratis (Rp0)");
    }

    @Test
    void build_withoutARequiredComponent_isRefusedNamingItsLetter() {
        ServiceStandard.Builder noFee = SeedCatalogue.skck().toBuilder().fee(null);
        assertThatThrownBy(noFee::build).isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("POL-SKCK").hasMessageContaining("komponen e");
        ServiceStandard.Builder noComplaints = ServiceStandard.builder().serviceType(SeedCatalogue.skck().serviceType())
                .effectiveFrom(SeedCatalogue.EFFECTIVE).legalBasis(LegalReference.of("UU 25/2009"))
                .procedureStep("a", "a").serviceLevel(ServiceLevel.instant()).fee(Fee.free())
                .product(ServiceProduct.of(LocalizedText.of("x")));
        assertThatThrownBy(noComplaints::build).hasMessageContaining("komponen j");
    }

    @Test
    void missingComponents_listsWhatThePublishedStandardStillLacks() {
        ServiceStandard skck = SeedCatalogue.skck();
        assertThat(skck.missingComponents()).containsExactly(StandardComponent.REQUIREMENTS,
                StandardComponent.FACILITIES, StandardComponent.STAFF_COMPETENCE, StandardComponent.INTERNAL_SUPERVISION,
                StandardComponent.STAFFING, StandardComponent.SERVICE_GUARANTEE, StandardComponent.SECURITY_AND_SAFETY,
                StandardComponent.PERFORMANCE_EVALUATION);
        ServiceStandard completer = skck.toBuilder()
                .text(StandardComponent.STAFFING, LocalizedText.of("3 orang", "3 staff")).build();
        assertThat(completer.missingComponents()).doesNotContain(StandardComponent.STAFFING);
        assertThat(completer.text(StandardComponent.STAFFING)).contains(LocalizedText.of("3 orang", "3 staff"));
    }

    @Test
    void text_ofAStructuredComponent_isRefused() {
        assertThatThrownBy(() -> ServiceStandard.builder().text(StandardComponent.FEE, LocalizedText.of("gratis")))
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("e (FEE)");
    }

    @Test
    void build_sameCodeForAFieldAndADocument_isRefused() {
        ServiceStandard.Builder clash = SeedCatalogue.ktpReprint().toBuilder()
                .requiredDocument(RequiredDocument.builder().code("nik").name("x", "x").build());
        assertThatThrownBy(clash::build).hasMessageContaining("\"nik\"");
    }

    @Test
    void build_effectiveUntilBeforeEffectiveFrom_orVersionZero_isRefused() {
        assertThatThrownBy(() -> SeedCatalogue.skck().toBuilder().effectiveUntil(LocalDate.of(2024, 1, 1)).build())
                .isInstanceOf(InvalidCatalogueException.class);
        assertThatThrownBy(() -> SeedCatalogue.skck().toBuilder().version(0).build())
                .isInstanceOf(InvalidCatalogueException.class);
    }

    @Test
    void formAttributes_comeInFormOrder_whateverTheOrderTheyWereAdded() {
        FormAttribute second = FormAttribute.builder().code("b").label("B", "B").type(AttributeType.STRING).order(2).build();
        FormAttribute first = FormAttribute.builder().code("a").label("A", "A").type(AttributeType.STRING).order(1).build();
        ServiceStandard s = SeedCatalogue.skck().toBuilder().formAttribute(second).formAttribute(first).build();
        assertThat(s.formAttributes()).containsExactly(first, second);
        assertThat(s.attribute("b")).contains(second);
    }

    @Test
    void equalStandards_areEqual_andAChangedOne_isNot() {
        assertThat(SeedCatalogue.ktpReprint()).isEqualTo(SeedCatalogue.ktpReprint())
                .hasSameHashCodeAs(SeedCatalogue.ktpReprint());
        assertThat(SeedCatalogue.ktpReprint().toBuilder().build()).isEqualTo(SeedCatalogue.ktpReprint());
        assertThat(SeedCatalogue.ktpReprint().toBuilder().serviceLevel(ServiceLevel.workingDays(1)).build())
                .isNotEqualTo(SeedCatalogue.ktpReprint());
        assertThat(SeedCatalogue.ktpReprint().toString()).isEqualTo("ServiceStandard[ADM-KTP-HILANG v1 from 2025-01-01]");
    }

    @Test
    void pledge_isKeptWithTheStandard() {
        ServicePledge pledge = new ServicePledge(LocalizedText.of("Kami sanggup menyelenggarakan pelayanan sesuai standar"),
                "Kepala Dinas Kependudukan dan Pencatatan Sipil", LocalDate.of(2025, 1, 2));
        assertThat(SeedCatalogue.ktpReprint().toBuilder().pledge(pledge).build().pledge()).contains(pledge);
        assertThatThrownBy(() -> new ServicePledge(LocalizedText.of("x"), " ", LocalDate.of(2025, 1, 2)))
                .isInstanceOf(InvalidCatalogueException.class);
    }

    @Test
    void validate_delegatesToTheFormValidator() {
        ServiceStandard ktp = SeedCatalogue.ktpReprint();
        assertThat(ktp.validate(FormData.empty(), List.of(), LocalDate.of(2026, 1, 5)))
                .isEqualTo(FormValidator.of(ktp).validate(FormData.empty(), List.of(), LocalDate.of(2026, 1, 5)));
    }
}
