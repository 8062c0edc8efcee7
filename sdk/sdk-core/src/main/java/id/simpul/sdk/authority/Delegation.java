package id.simpul.sdk.authority;

import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A delegation of authority (pelimpahan kewenangan): by a Peraturan Bupati/Wali Kota, the holder
 * of an {@link Authority} hands the decision on some services, for the residents or objects of some
 * kecamatan, to another office, usually the Camat (PP 17/2018 on Kecamatan, Pasal 11). It may be
 * limited by {@link Condition}s on the request (only buildings up to 100 m²), it has a validity,
 * and it may be revoked (dicabut) by a later instrument.
 *
 * <p>While a delegation applies, the delegate is the competent office; the delegator is not.
 * Immutable; build with {@link #builder()}. Whether it stays within the delegator's authority and
 * territory, and whether it competes with another delegation, is checked by
 * {@link AuthorityConfiguration}.
 */
public final class Delegation {

    private final String id;
    private final AgencyId delegator;
    private final AgencyId delegate;
    private final Set<ServiceCode> services;
    private final Set<RegionCode> kecamatan;
    private final List<Condition> conditions;
    private final LegalInstrument instrument;
    private final Validity validity;
    private final Revocation revocation;

    private Delegation(Builder b) {
        this.id = Checks.id(b.id, "delegation");
        this.delegator = Checks.required(b.delegator, "delegation", id, "delegator");
        this.delegate = Checks.required(b.delegate, "delegation", id, "delegate");
        this.services = Checks.services(b.services, "delegation", id);
        this.kecamatan = Checks.regions(b.kecamatan, "delegation", id, "kecamatan");
        this.conditions = List.copyOf(b.conditions);
        this.instrument = Checks.required(b.instrument, "delegation", id, "instrument");
        this.validity = Checks.required(b.validity, "delegation", id, "validity");
        this.revocation = b.revocation;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String id() {
        return id;
    }

    /** The office whose authority is delegated (pemberi pelimpahan). */
    public AgencyId delegator() {
        return delegator;
    }

    /** The office that receives it (penerima pelimpahan), usually a kecamatan office. */
    public AgencyId delegate() {
        return delegate;
    }

    /** The services delegated, in code order. */
    public Set<ServiceCode> services() {
        return services;
    }

    /** The kecamatan whose residents or objects the delegate decides for, in code order. */
    public Set<RegionCode> kecamatan() {
        return kecamatan;
    }

    /** Conditions the request must all meet; empty when the delegation is unconditional. */
    public List<Condition> conditions() {
        return conditions;
    }

    /** The Peraturan Bupati/Wali Kota (or Keputusan) that delegates. */
    public LegalInstrument instrument() {
        return instrument;
    }

    public Validity validity() {
        return validity;
    }

    public Optional<Revocation> revocation() {
        return Optional.ofNullable(revocation);
    }

    public boolean covers(ServiceCode service) {
        return services.contains(service);
    }

    /** Whether the region (a kecamatan or a village in it) is covered. */
    public boolean covers(RegionCode region) {
        for (RegionCode k : kecamatan) {
            if (region.isWithin(k)) {
                return true;
            }
        }
        return false;
    }

    /** Where the delegation stands on a date (revocation included). */
    public InstrumentStatus statusOn(LocalDate date) {
        return InstrumentStatus.of(validity, revocation, date);
    }

    /** The days it actually applies, the revocation taken into account. */
    public Validity effectiveValidity() {
        return revocation == null ? validity : validity.endingBefore(revocation.effective());
    }

    /** Checks every condition; the first not met (if any) is the reason a request falls outside. */
    public List<ConditionCheck> check(FormData form) {
        List<ConditionCheck> checks = new ArrayList<>(conditions.size());
        for (Condition c : conditions) {
            checks.add(c.check(form));
        }
        return checks;
    }

    public Builder toBuilder() {
        Builder b = new Builder().id(id).delegator(delegator).delegate(delegate).services(services)
                .kecamatan(kecamatan).instrument(instrument).validity(validity).revocation(revocation);
        conditions.forEach(b::condition);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Delegation d && id.equals(d.id) && delegator.equals(d.delegator)
                && delegate.equals(d.delegate) && services.equals(d.services) && kecamatan.equals(d.kecamatan)
                && conditions.equals(d.conditions) && instrument.equals(d.instrument) && validity.equals(d.validity)
                && Objects.equals(revocation, d.revocation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, delegator, delegate, services, kecamatan, conditions, instrument, validity, revocation);
    }

    @Override
    public String toString() {
        return "Delegation[" + id + ", " + delegator + " -> " + delegate + ", " + services.size() + " services, "
                + kecamatan.size() + " kecamatan" + (conditions.isEmpty() ? "" : ", if " + conditions) + "]";
    }

    /** Builder for {@link Delegation}; {@link #build()} checks the shape. */
    public static final class Builder {
        private String id;
        private AgencyId delegator;
        private AgencyId delegate;
        private final Set<ServiceCode> services = new TreeSet<>();
        private final Set<RegionCode> kecamatan = new TreeSet<>();
        private final List<Condition> conditions = new ArrayList<>();
        private LegalInstrument instrument;
        private Validity validity;
        private Revocation revocation;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder delegator(AgencyId delegator) {
            this.delegator = delegator;
            return this;
        }

        public Builder delegator(String delegator) {
            return delegator(AgencyId.of(delegator));
        }

        public Builder delegate(AgencyId delegate) {
            this.delegate = delegate;
            return this;
        }

        public Builder delegate(String delegate) {
            return delegate(AgencyId.of(delegate));
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

        public Builder kecamatan(RegionCode district) {
            kecamatan.add(Objects.requireNonNull(district, "kecamatan"));
            return this;
        }

        public Builder kecamatan(Collection<RegionCode> districts) {
            districts.forEach(this::kecamatan);
            return this;
        }

        public Builder kecamatan(String... districts) {
            Arrays.stream(districts).map(RegionCode::parse).forEach(this::kecamatan);
            return this;
        }

        public Builder condition(Condition condition) {
            conditions.add(Objects.requireNonNull(condition, "condition"));
            return this;
        }

        /** Adds conditions written as an expression, e.g. {@code luas_bangunan <= 100}. */
        public Builder condition(String expression) {
            conditions.addAll(Condition.parseAll(expression));
            return this;
        }

        public Builder instrument(LegalInstrument instrument) {
            this.instrument = instrument;
            return this;
        }

        public Builder instrument(String citation) {
            return instrument(LegalInstrument.of(citation));
        }

        public Builder validity(Validity validity) {
            this.validity = validity;
            return this;
        }

        /** Revoked by another instrument from a date on; null for none. */
        public Builder revocation(Revocation revocation) {
            this.revocation = revocation;
            return this;
        }

        public Delegation build() {
            return new Delegation(this);
        }
    }
}
