package id.simpul.portal.infrastructure.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.portal.domain.PortalProblem;
import id.simpul.portal.infrastructure.catalogue.SeedCatalogueSource;
import id.simpul.portal.infrastructure.config.NodeSettings;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.request.Channel;
import id.simpul.sdk.request.FilingPoint;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlaceholderCompetentOfficeResolverTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 2);
    private static final FilingPoint ONLINE = FilingPoint.of("61.12-portal", Channel.ONLINE);

    private final PlaceholderCompetentOfficeResolver resolver = resolver();

    private static PlaceholderCompetentOfficeResolver resolver() {
        PlaceholderCompetentOfficeResolver r = new PlaceholderCompetentOfficeResolver();
        NodeSettings node = new NodeSettings() {
            @Override
            public RegionCode regency() {
                return RegionCode.parse("61.12");
            }
        };
        r.node = node;
        return r;
    }

    private static ServiceStandard service(String code) {
        return new SeedCatalogueSource().catalogue().requireInForce(ServiceCode.of(code), DAY);
    }

    @Test
    void resolve_civilRegistrationInTheNodesRegency_goesToDisdukcapilWithItsLegalBasis() {
        var office = resolver.resolve(service("ADM-KTP-HILANG"), RegionCode.parse("61.12.01"), ONLINE, DAY,
                FormData.empty());
        assertThat(office.agency().value()).isEqualTo("61.12-disdukcapil");
        assertThat(office.legalChain()).isNotEmpty();
    }

    @Test
    void resolve_kecamatanServiceForAVillage_goesToItsKecamatan() {
        var office = resolver.resolve(service("KEC-SK-DOMISILI"), RegionCode.parse("61.12.03.2001"), ONLINE, DAY,
                FormData.empty());
        assertThat(office.agency().value()).isEqualTo("61.12.03-kecamatan");
    }

    @Test
    void resolve_subjectInAnotherRegency_isRefused() {
        assertThatThrownBy(() -> resolver.resolve(service("ADM-KTP-HILANG"), RegionCode.parse("61.06.01"), ONLINE,
                DAY, FormData.empty())).isInstanceOfSatisfying(PortalProblem.class,
                        p -> assertThat(p.kind()).isEqualTo(PortalProblem.Kind.AUTHORITY_REFUSED));
    }

    @Test
    void resolve_kecamatanServiceForTheWholeRegency_isRefused() {
        assertThatThrownBy(() -> resolver.resolve(service("KEC-SK-DOMISILI"), RegionCode.parse("61.12"), ONLINE, DAY,
                FormData.empty())).isInstanceOf(PortalProblem.class);
    }
}
