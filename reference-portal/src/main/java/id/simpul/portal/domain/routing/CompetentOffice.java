package id.simpul.portal.domain.routing;

import id.simpul.sdk.agency.AgencyId;
import java.util.List;
import java.util.Objects;

/**
 * The office competent to decide a request (kewenangan) and the legal chain behind that answer,
 * most general instrument first.
 */
public record CompetentOffice(AgencyId agency, List<String> legalChain) {

    public CompetentOffice {
        Objects.requireNonNull(agency, "agency");
        legalChain = List.copyOf(legalChain);
    }
}
