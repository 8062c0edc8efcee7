package id.simpul.portal.infrastructure.routing;

import id.simpul.portal.domain.routing.AuthorityRefusedException;
import id.simpul.portal.domain.routing.CompetentOffice;
import id.simpul.portal.domain.routing.CompetentOfficeResolver;
import id.simpul.portal.infrastructure.config.NodeConfiguration;
import id.simpul.sdk.authority.AuthorityResolver;
import id.simpul.sdk.authority.Decision;
import id.simpul.sdk.authority.Refusal;
import id.simpul.sdk.authority.Resolution;
import id.simpul.sdk.authority.ResolutionQuery;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.request.FilingPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** The kewenangan engine of the node's regency configuration ({@code RegencyConfiguration.resolver()}). */
@ApplicationScoped
public class EngineCompetentOfficeResolver implements CompetentOfficeResolver {

    private AuthorityResolver resolver;

    @Inject
    void init(NodeConfiguration node) {
        this.resolver = node.configuration().resolver();
    }

    @Override
    public CompetentOffice resolve(ServiceCode service, RegionCode subjectRegion, FilingPoint filingPoint,
            LocalDate date, FormData attributes) {
        Resolution r = resolver.resolve(new ResolutionQuery(service, subjectRegion, filingPoint, date, attributes));
        if (r instanceof Refusal refusal) {
            throw new AuthorityRefusedException(refusal);
        }
        Decision d = (Decision) r;
        return new CompetentOffice(d, NodeConfiguration.regencyOf(d.competentOffice()));
    }
}
