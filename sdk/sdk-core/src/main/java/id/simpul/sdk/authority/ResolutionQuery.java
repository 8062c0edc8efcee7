package id.simpul.sdk.authority;

import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.request.Channel;
import id.simpul.sdk.request.FilingPoint;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the {@link AuthorityResolver} is asked: who may decide this service, for this subject
 * region (the applicant's domicile or the object's location, down to kecamatan or desa), filed at
 * this point, on this date, with these request attributes.
 *
 * <p>The attributes are form values and may be personal data: {@link #toString()} names the
 * fields only.
 *
 * @param service       the service type asked for
 * @param subjectRegion where the applicant lives or the object lies
 * @param filingPoint   the office (and channel) where the request is filed
 * @param date          the day the request is filed (the day the rules are taken from)
 * @param attributes    the request's form values the delegation conditions read
 */
public record ResolutionQuery(ServiceCode service, RegionCode subjectRegion, FilingPoint filingPoint, LocalDate date,
        FormData attributes) {

    public ResolutionQuery {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(subjectRegion, "subjectRegion");
        Objects.requireNonNull(filingPoint, "filingPoint");
        Objects.requireNonNull(date, "date");
        attributes = attributes == null ? FormData.empty() : attributes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The office where the request is filed. */
    public AgencyId filingAgency() {
        return filingPoint.agency();
    }

    /** A copy for another date. */
    public ResolutionQuery on(LocalDate otherDate) {
        return new ResolutionQuery(service, subjectRegion, filingPoint, otherDate, attributes);
    }

    /** A copy with other attributes. */
    public ResolutionQuery with(FormData otherAttributes) {
        return new ResolutionQuery(service, subjectRegion, filingPoint, date, otherAttributes);
    }

    @Override
    public String toString() {
        return "ResolutionQuery[" + service + ", " + subjectRegion + ", " + filingPoint + ", " + date + ", "
                + attributes + "]";
    }

    /** Builder for {@link ResolutionQuery}; the channel is the counter ({@code loket}) unless set. */
    public static final class Builder {
        private ServiceCode service;
        private RegionCode subjectRegion;
        private AgencyId filingAgency;
        private Channel channel = Channel.COUNTER;
        private LocalDate date;
        private FormData attributes = FormData.empty();

        private Builder() {
        }

        public Builder service(ServiceCode service) {
            this.service = service;
            return this;
        }

        public Builder service(String service) {
            return service(ServiceCode.of(service));
        }

        public Builder subject(RegionCode region) {
            this.subjectRegion = region;
            return this;
        }

        public Builder subject(String region) {
            return subject(RegionCode.parse(region));
        }

        public Builder filedAt(AgencyId agency, Channel via) {
            this.filingAgency = agency;
            this.channel = Objects.requireNonNull(via, "channel");
            return this;
        }

        public Builder filedAt(AgencyId agency) {
            this.filingAgency = agency;
            return this;
        }

        public Builder filedAt(String agency) {
            return filedAt(AgencyId.of(agency));
        }

        public Builder filedAt(String agency, Channel via) {
            return filedAt(AgencyId.of(agency), via);
        }

        public Builder on(LocalDate day) {
            this.date = day;
            return this;
        }

        public Builder attributes(FormData form) {
            this.attributes = form;
            return this;
        }

        public ResolutionQuery build() {
            Objects.requireNonNull(filingAgency, "filing agency");
            return new ResolutionQuery(service, subjectRegion, FilingPoint.of(filingAgency, channel), date, attributes);
        }
    }
}
