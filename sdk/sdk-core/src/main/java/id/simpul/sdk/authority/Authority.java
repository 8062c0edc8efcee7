package id.simpul.sdk.authority;

import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The right to decide service types for a territory (kewenangan), held by an office, with its
 * legal basis (dasar hukum) and validity. Example: the Dinas Kependudukan dan Pencatatan Sipil of
 * Kubu Raya decides ADM-* services for residents of Kabupaten Kubu Raya under UU 23/2006 jo.
 * UU 24/2013.
 *
 * <p>Some authorities belong to the Bupati/Wali Kota and are exercised only through a
 * {@link Delegation} to a Camat (PP 17/2018); for those, {@link #requiresDelegation()} is true and a
 * request no delegation covers is refused. Otherwise the holder decides when no delegation applies.
 *
 * <p>Immutable; build with {@link #builder()}. Consistency with the rest of a configuration
 * (known holder, services and regions, no overlap with another authority) is checked by
 * {@link AuthorityConfiguration}.
 */
public final class Authority {

    private final String id;
    private final AgencyId holder;
    private final Set<ServiceCode> services;
    private final Set<RegionCode> territory;
    private final List<LegalInstrument> legalBasis;
    private final Validity validity;
    private final boolean requiresDelegation;

    private Authority(Builder b) {
        this.id = Checks.id(b.id, "authority");
        this.holder = Checks.required(b.holder, "authority", id, "holder");
        this.services = Checks.services(b.services, "authority", id);
        this.territory = Checks.regions(b.territory, "authority", id, "territory");
        if (b.legalBasis.isEmpty()) {
            throw new InvalidAuthorityException("field.empty", "authority", id, "legalBasis");
        }
        this.legalBasis = List.copyOf(b.legalBasis);
        this.validity = Checks.required(b.validity, "authority", id, "validity");
        this.requiresDelegation = b.requiresDelegation;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Identifier of this authority in its configuration, e.g. {@code kuburaya-adm}. */
    public String id() {
        return id;
    }

    /** The office that holds the authority. */
    public AgencyId holder() {
        return holder;
    }

    /** The service types it covers, in code order. */
    public Set<ServiceCode> services() {
        return services;
    }

    /** The regions whose residents or objects it covers (usually one regency), in code order. */
    public Set<RegionCode> territory() {
        return territory;
    }

    /** The instruments it rests on; the first is cited in explanations. */
    public List<LegalInstrument> legalBasis() {
        return legalBasis;
    }

    public Validity validity() {
        return validity;
    }

    /** Whether the holder exercises it only through a delegation (e.g. a Bupati's authority for PATEN services). */
    public boolean requiresDelegation() {
        return requiresDelegation;
    }

    public boolean covers(ServiceCode service) {
        return services.contains(service);
    }

    /** Whether the region lies within the territory. */
    public boolean covers(RegionCode region) {
        for (RegionCode t : territory) {
            if (region.isWithin(t)) {
                return true;
            }
        }
        return false;
    }

    public InstrumentStatus statusOn(LocalDate date) {
        return InstrumentStatus.of(validity, null, date);
    }

    public Builder toBuilder() {
        Builder b = new Builder().id(id).holder(holder).services(services).territory(territory).validity(validity)
                .requiresDelegation(requiresDelegation);
        legalBasis.forEach(b::legalBasis);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Authority a && id.equals(a.id) && holder.equals(a.holder) && services.equals(a.services)
                && territory.equals(a.territory) && legalBasis.equals(a.legalBasis) && validity.equals(a.validity)
                && requiresDelegation == a.requiresDelegation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, holder, services, territory, legalBasis, validity, requiresDelegation);
    }

    @Override
    public String toString() {
        return "Authority[" + id + ", " + holder + ", " + services.size() + " services, " + territory + "]";
    }

    /** Builder for {@link Authority}; {@link #build()} checks the shape. */
    public static final class Builder {
        private String id;
        private AgencyId holder;
        private final Set<ServiceCode> services = new TreeSet<>();
        private final Set<RegionCode> territory = new TreeSet<>();
        private final List<LegalInstrument> legalBasis = new ArrayList<>();
        private Validity validity;
        private boolean requiresDelegation;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder holder(AgencyId holder) {
            this.holder = holder;
            return this;
        }

        public Builder holder(String holder) {
            return holder(AgencyId.of(holder));
        }

        public Builder service(ServiceCode service) {
            services.add(Objects.requireNonNull(service, "service"));
            return this;
        }

        public Builder services(Collection<ServiceCode> codes) {
            codes.forEach(this::service);
            return this;
        }

        public Builder services(String... codes) {
            Arrays.stream(codes).map(ServiceCode::of).forEach(this::service);
            return this;
        }

        public Builder territory(RegionCode region) {
            territory.add(Objects.requireNonNull(region, "region"));
            return this;
        }

        public Builder territory(Collection<RegionCode> regions) {
            regions.forEach(this::territory);
            return this;
        }

        public Builder territory(String... regions) {
            Arrays.stream(regions).map(RegionCode::parse).forEach(this::territory);
            return this;
        }

        public Builder legalBasis(LegalInstrument instrument) {
            legalBasis.add(Objects.requireNonNull(instrument, "instrument"));
            return this;
        }

        public Builder legalBasis(String citation) {
            return legalBasis(LegalInstrument.of(citation));
        }

        public Builder validity(Validity validity) {
            this.validity = validity;
            return this;
        }

        public Builder requiresDelegation(boolean requiresDelegation) {
            this.requiresDelegation = requiresDelegation;
            return this;
        }

        public Authority build() {
            return new Authority(this);
        }
    }
}
