package id.simpul.portal.domain.routing;

import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.request.FilingPoint;
import java.time.LocalDate;

/**
 * Answers which office may decide a request here and now. The kewenangan engine of the SDK
 * (authority, delegation, cooperation agreement) over the node's configuration implements this
 * port; the portal never decides competence itself.
 */
public interface CompetentOfficeResolver {

    /**
     * @throws AuthorityRefusedException naming the missing link and the legal reason when nobody may decide it
     */
    CompetentOffice resolve(ServiceCode service, RegionCode subjectRegion, FilingPoint filingPoint, LocalDate date,
            FormData attributes);
}
