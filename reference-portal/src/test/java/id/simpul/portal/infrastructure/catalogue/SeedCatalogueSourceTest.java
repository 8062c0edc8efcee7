package id.simpul.portal.infrastructure.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.catalogue.ServiceCatalogue;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.catalogue.StandardComponent;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SeedCatalogueSourceTest {

    @Test
    void load_seedCatalogue_hasEveryServiceWithItsPublishedComponents() {
        ServiceCatalogue c = SeedCatalogueSource.load();
        assertThat(c.serviceTypes()).extracting(t -> t.code().value())
                .containsExactlyInAnyOrder("ADM-KTP-HILANG", "ADM-AKTA-LAHIR", "KEC-SK-DOMISILI", "KEC-PBG-KECIL",
                        "POL-SKCK");
        c.standards().forEach(s -> assertThat(s.publishedToCitizens(Locale.ENGLISH).keySet())
                .as(s.code().value()).containsAll(StandardComponent.publishedToCitizens()));
    }

    @Test
    void load_ktpReprint_keepsTheSktlkValidityOfFourteenDays() {
        var ktp = SeedCatalogueSource.load().requireInForce(ServiceCode.of("ADM-KTP-HILANG"), LocalDate.of(2026, 6, 1));
        assertThat(ktp.document("sktlk").orElseThrow().validity()).contains(java.time.Period.ofDays(14));
        assertThat(ktp.attribute("nik").orElseThrow().isRequired()).isTrue();
    }
}
