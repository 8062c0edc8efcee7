package id.simpul.portal.domain.routing;

import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.request.FilingPoint;
import java.time.LocalDate;

/**
 * Answers which office may decide a request here and now. The kewenangan engine of the SDK
 * (authority, delegation, cooperation agreement) implements this port; the portal never decides
 * competence itself.
 */
public interface CompetentOfficeResolver {

    /**
     * @throws id.simpul.portal.domain.PortalProblem of kind {@code AUTHORITY_REFUSED} naming the missing
     *                                               link when nobody on this node may decide it
     */
    CompetentOffice resolve(ServiceStandard service, RegionCode subjectRegion, FilingPoint filingPoint,
            LocalDate date, FormData attributes);
}
