package id.simpul.portal.infrastructure.routing;

import id.simpul.portal.domain.PortalProblem;
import id.simpul.portal.domain.routing.CompetentOffice;
import id.simpul.portal.domain.routing.CompetentOfficeResolver;
import id.simpul.portal.infrastructure.config.NodeSettings;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.request.FilingPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * PLACEHOLDER until the kewenangan engine is wired in: routes by service category alone, to the
 * regency office that usually holds the authority ({@code <regency>-disdukcapil},
 * {@code <regency>-dpmptsp}, {@code <regency>-polres}) or, for kecamatan services, to the
 * kecamatan of the subject region ({@code <kecamatan>-kecamatan}). It knows no delegation and no
 * cooperation agreement: it refuses every subject region outside this node's regency, and a
 * kecamatan service for a region coarser than a kecamatan.
 */
@ApplicationScoped
public class PlaceholderCompetentOfficeResolver implements CompetentOfficeResolver {

    @Inject
    NodeSettings node;

    @Override
    public CompetentOffice resolve(ServiceStandard service, RegionCode subjectRegion, FilingPoint filingPoint,
            LocalDate date, FormData attributes) {
        RegionCode regency = node.regency();
        if (subjectRegion.level() == RegionLevel.PROVINCE
                || !subjectRegion.truncate(RegionLevel.REGENCY).equals(regency)) {
            throw new PortalProblem(PortalProblem.Kind.AUTHORITY_REFUSED, "authority.outside-node",
                    service.code().value(), subjectRegion.value(), regency.value());
        }
        List<String> basis = service.legalBasis().stream().map(l -> l.citation()).toList();
        String office = switch (service.serviceType().category()) {
            case CIVIL_REGISTRATION -> regency.value() + "-disdukcapil";
            case LICENSING -> regency.value() + "-dpmptsp";
            case POLICE -> regency.value() + "-polres";
            case NON_LICENSING, OTHER -> kecamatanOffice(service, subjectRegion);
        };
        return new CompetentOffice(AgencyId.of(office), basis);
    }

    private static String kecamatanOffice(ServiceStandard service, RegionCode subjectRegion) {
        if (subjectRegion.level() == RegionLevel.REGENCY) {
            throw new PortalProblem(PortalProblem.Kind.AUTHORITY_REFUSED, "authority.needs-kecamatan",
                    service.code().value(), subjectRegion.value());
        }
        return subjectRegion.truncate(RegionLevel.DISTRICT).value() + "-kecamatan";
    }
}
