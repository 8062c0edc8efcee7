package id.simpul.sdk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ServiceCatalogueTest {

    private static final ServiceCode KTP = ServiceCode.of("ADM-KTP-HILANG");
    private final ServiceStandard v1 = SeedCatalogue.ktpReprint();
    private final ServiceStandard v2 = v1.toBuilder().version(2).effectiveFrom(LocalDate.of(2026, 1, 1))
            .serviceLevel(ServiceLevel.workingDays(1)).build();

    @Test
    void inForce_isTheHighestVersionAlreadyEffective() {
        ServiceCatalogue c = ServiceCatalogue.of(List.of(v2, v1));
        assertThat(c.inForce(KTP, LocalDate.of(2025, 6, 1))).contains(v1);
        assertThat(c.inForce(KTP, LocalDate.of(2026, 1, 1))).contains(v2);
        assertThat(c.inForce(KTP, LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(c.versions(KTP)).containsExactly(v1, v2);
    }

    @Test
    void inForce_afterTheLatestVersionWasWithdrawn_isEmpty() {
        ServiceStandard withdrawn = v2.toBuilder().effectiveUntil(LocalDate.of(2026, 6, 30)).build();
        ServiceCatalogue c = ServiceCatalogue.of(List.of(v1, withdrawn));
        assertThat(c.inForce(KTP, LocalDate.of(2026, 6, 30))).contains(withdrawn);
        assertThat(c.inForce(KTP, LocalDate.of(2026, 7, 1))).isEmpty();
    }

    @Test
    void requireInForce_unknownServiceOrDate_isRefusedInBothLanguages() {
        ServiceCatalogue c = SeedCatalogue.catalogue();
        assertThatThrownBy(() -> c.requireInForce(ServiceCode.of("ADM-XYZ"), LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(UnknownServiceException.class, e -> {
                    assertThat(e.code()).isEqualTo("catalogue.service.unknown");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("ADM-XYZ", "not in the catalogue");
                });
        assertThatThrownBy(() -> c.requireInForce(KTP, LocalDate.of(2020, 1, 1)))
                .isInstanceOfSatisfying(UnknownServiceException.class,
                        e -> assertThat(e.code()).isEqualTo("catalogue.service.not-in-force"));
        assertThatThrownBy(() -> c.require(KTP, 9)).isInstanceOf(UnknownServiceException.class);
    }

    @Test
    void of_sameVersionTwice_isRefused() {
        assertThatThrownBy(() -> ServiceCatalogue.of(List.of(v1, v1))).isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("ADM-KTP-HILANG");
    }

    @Test
    void of_higherVersionNotTakingEffectLater_isRefused() {
        ServiceStandard early = v2.toBuilder().effectiveFrom(v1.effectiveFrom()).build();
        assertThatThrownBy(() -> ServiceCatalogue.of(List.of(v1, early))).isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("versi 2");
    }

    @Test
    void serviceTypes_areSortedByCode_withTheLatestNames() {
        ServiceStandard renamed = v2.toBuilder().serviceType(ServiceType.of("ADM-KTP-HILANG", "KTP-el hilang",
                "Lost KTP-el", ServiceCategory.CIVIL_REGISTRATION)).build();
        ServiceCatalogue c = SeedCatalogue.catalogue().with(renamed);
        assertThat(c.serviceTypes()).extracting(t -> t.code().value())
                .containsExactly("ADM-KTP-HILANG", "KEC-PBG-KECIL", "POL-SKCK");
        assertThat(c.serviceTypes().get(0).name().id()).isEqualTo("KTP-el hilang");
        assertThat(c.size()).isEqualTo(3);
        assertThat(c.standards()).hasSize(4);
    }

    @Test
    void equalCatalogues_areEqual() {
        assertThat(SeedCatalogue.catalogue()).isEqualTo(SeedCatalogue.catalogue())
                .hasSameHashCodeAs(SeedCatalogue.catalogue()).isNotEqualTo(ServiceCatalogue.empty());
    }
}
