package id.simpul.federation.message;

import id.simpul.federation.FederationDataException;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a message is about: a request filed in one regency for a service decided in another. The
 * reference is the filing node's registration number (nomor registrasi), not personal data.
 *
 * @param filingRegency  regency whose counter took the request in
 * @param subjectRegency regency whose office is competent (the applicant's regency)
 * @param service        the service type
 * @param filedOn        the day it was filed (follow-up messages are checked against the
 *                       agreement as it stood that day)
 * @param reference      the filing node's reference for the request
 */
public record CaseRef(RegionCode filingRegency, RegionCode subjectRegency, ServiceCode service, LocalDate filedOn,
        String reference) {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./_-]{0,63}");

    public CaseRef {
        Objects.requireNonNull(filingRegency, "filingRegency");
        Objects.requireNonNull(subjectRegency, "subjectRegency");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(filedOn, "filedOn");
        if (filingRegency.level() != RegionLevel.REGENCY || subjectRegency.level() != RegionLevel.REGENCY) {
            throw new FederationDataException("case.level");
        }
        if (filingRegency.equals(subjectRegency)) {
            throw new FederationDataException("case.same", filingRegency.value());
        }
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new FederationDataException("case.reference");
        }
    }
}
