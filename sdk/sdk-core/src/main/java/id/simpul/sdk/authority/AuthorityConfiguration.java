package id.simpul.sdk.authority;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.catalogue.ServiceCatalogue;
import id.simpul.sdk.region.RegionRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A checked set of everything the kewenangan engine needs: the region dataset, the service
 * catalogue, the agencies, and the authorities, delegations and cooperation agreements between
 * them. Only a configuration without errors can be built; its {@link #resolver()} answers who may
 * decide a request.
 *
 * <p>{@link Builder#validate()} reports every problem at once (not the first only), each naming
 * its item, field and — when the loader passed it — source file and line, with a message in
 * Bahasa Indonesia or English and "did you mean" suggestions. The rules: identifiers are unique;
 * agencies, services and regions referred to exist; dates are ordered; a delegation stays within
 * its delegator's authority and territory; no two authorities, and no two delegations, could apply
 * to the same request; agreement parties are distinct regencies of the dataset.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class AuthorityConfiguration {

    private final RegionRegistry regions;
    private final ServiceCatalogue catalogue;
    private final Map<AgencyId, Agency> agencies;
    private final List<Authority> authorities;
    private final List<Delegation> delegations;
    private final List<CooperationAgreement> agreements;
    private final ConfigurationReport report;
    private final Map<String, SourceLocation> sources;
    private final AuthorityResolver resolver;

    private AuthorityConfiguration(Builder b, ConfigurationReport report) {
        this.regions = b.regions;
        this.catalogue = b.catalogue;
        Map<AgencyId, Agency> byId = new LinkedHashMap<>();
        b.agencies.forEach(a -> byId.put(a.id(), a));
        this.agencies = Collections.unmodifiableMap(byId);
        this.authorities = List.copyOf(b.authorities);
        this.delegations = List.copyOf(b.delegations);
        this.agreements = List.copyOf(b.agreements);
        this.report = report;
        this.sources = Map.copyOf(b.sources);
        this.resolver = new AuthorityResolver(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    public RegionRegistry regions() {
        return regions;
    }

    public ServiceCatalogue catalogue() {
        return catalogue;
    }

    /** The agencies, in the order added. */
    public Collection<Agency> agencies() {
        return agencies.values();
    }

    public Optional<Agency> agency(AgencyId id) {
        return Optional.ofNullable(agencies.get(id));
    }

    public List<Authority> authorities() {
        return authorities;
    }

    public List<Delegation> delegations() {
        return delegations;
    }

    public List<CooperationAgreement> agreements() {
        return agreements;
    }

    /** The warnings found when it was built (a built configuration has no errors). */
    public ConfigurationReport report() {
        return report;
    }

    /** Where an item was read from, when the loader said so. */
    public Optional<SourceLocation> source(SubjectKind kind, String id) {
        return Optional.ofNullable(sources.get(sourceKey(kind, id)));
    }

    /** The resolver over this configuration; shared, thread-safe. */
    public AuthorityResolver resolver() {
        return resolver;
    }

    static String sourceKey(SubjectKind kind, String id) {
        return kind.name() + ":" + id;
    }

    @Override
    public String toString() {
        return "AuthorityConfiguration[" + agencies.size() + " agencies, " + authorities.size() + " authorities, "
                + delegations.size() + " delegations, " + agreements.size() + " agreements]";
    }

    /**
     * Collects the configuration's parts; {@link #validate()} lists every problem, {@link #build()}
     * refuses a configuration with errors. Not thread-safe.
     */
    public static final class Builder {
        private RegionRegistry regions;
        private ServiceCatalogue catalogue = ServiceCatalogue.empty();
        private final List<Agency> agencies = new ArrayList<>();
        private final List<Authority> authorities = new ArrayList<>();
        private final List<Delegation> delegations = new ArrayList<>();
        private final List<CooperationAgreement> agreements = new ArrayList<>();
        private final Map<String, SourceLocation> sources = new HashMap<>();

        private Builder() {
        }

        /** The region dataset; {@link RegionRegistry#official()} when not set. */
        public Builder regions(RegionRegistry regions) {
            this.regions = Objects.requireNonNull(regions, "regions");
            return this;
        }

        public Builder catalogue(ServiceCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        public Builder agency(Agency agency) {
            return agency(agency, null);
        }

        /** Adds an agency read from the given place (null when unknown). */
        public Builder agency(Agency agency, SourceLocation source) {
            agencies.add(Objects.requireNonNull(agency, "agency"));
            return remember(SubjectKind.AGENCY, agency.id().value(), source);
        }

        public Builder agencies(Collection<Agency> all) {
            all.forEach(this::agency);
            return this;
        }

        public Builder authority(Authority authority) {
            return authority(authority, null);
        }

        public Builder authority(Authority authority, SourceLocation source) {
            authorities.add(Objects.requireNonNull(authority, "authority"));
            return remember(SubjectKind.AUTHORITY, authority.id(), source);
        }

        public Builder authorities(Collection<Authority> all) {
            all.forEach(this::authority);
            return this;
        }

        public Builder delegation(Delegation delegation) {
            return delegation(delegation, null);
        }

        public Builder delegation(Delegation delegation, SourceLocation source) {
            delegations.add(Objects.requireNonNull(delegation, "delegation"));
            return remember(SubjectKind.DELEGATION, delegation.id(), source);
        }

        public Builder delegations(Collection<Delegation> all) {
            all.forEach(this::delegation);
            return this;
        }

        public Builder agreement(CooperationAgreement agreement) {
            return agreement(agreement, null);
        }

        public Builder agreement(CooperationAgreement agreement, SourceLocation source) {
            agreements.add(Objects.requireNonNull(agreement, "agreement"));
            return remember(SubjectKind.AGREEMENT, agreement.id(), source);
        }

        public Builder agreements(Collection<CooperationAgreement> all) {
            all.forEach(this::agreement);
            return this;
        }

        private Builder remember(SubjectKind kind, String id, SourceLocation source) {
            if (source != null) {
                sources.putIfAbsent(sourceKey(kind, id), source);
            }
            return this;
        }

        /** Every problem of the configuration as it stands, errors and warnings, in a stable order. */
        public ConfigurationReport validate() {
            if (regions == null) {
                regions = RegionRegistry.official();
            }
            return new ConfigurationValidator(this.regions, catalogue, agencies, authorities, delegations, agreements,
                    sources).validate();
        }

        /**
         * The configuration, when it has no errors (warnings are kept in {@link AuthorityConfiguration#report()}).
         *
         * @throws InvalidAuthorityConfigurationException listing every problem found
         */
        public AuthorityConfiguration build() {
            ConfigurationReport report = validate();
            if (report.hasErrors()) {
                throw new InvalidAuthorityConfigurationException(report);
            }
            return new AuthorityConfiguration(this, report);
        }
    }
}
