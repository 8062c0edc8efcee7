package id.simpul.benchmarks.authority;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.authority.AgreementParty;
import id.simpul.sdk.authority.Authority;
import id.simpul.sdk.authority.ConditionCheck;
import id.simpul.sdk.authority.CooperationAgreement;
import id.simpul.sdk.authority.Delegation;
import id.simpul.sdk.authority.InstrumentStatus;
import id.simpul.sdk.authority.ResolutionQuery;
import id.simpul.sdk.catalogue.ServiceCatalogue;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import id.simpul.sdk.request.Channel;
import java.util.List;
import java.util.Optional;

/**
 * The baseline: the same rules as the SDK's resolver, written the obvious way — a scan of every
 * agency, authority, delegation and agreement per request. It answers only the competent office
 * (empty for a refusal); the benchmark checks on every query that both resolvers agree.
 */
final class LinearScanResolver {

    private final RegionRegistry regions;
    private final ServiceCatalogue catalogue;
    private final List<Agency> agencies;
    private final List<Authority> authorities;
    private final List<Delegation> delegations;
    private final List<CooperationAgreement> agreements;

    LinearScanResolver(NationalConfiguration world) {
        this.regions = world.regions;
        this.catalogue = world.catalogue;
        this.agencies = world.agencies;
        this.authorities = world.authorities;
        this.delegations = world.delegations;
        this.agreements = world.agreements;
    }

    Optional<AgencyId> competentOffice(ResolutionQuery q) {
        if (!catalogue.contains(q.service()) || !regions.contains(q.subjectRegion())) {
            return Optional.empty();
        }
        Agency filing = null;
        for (Agency a : agencies) {
            if (a.id().equals(q.filingAgency())) {
                filing = a;
            }
        }
        if (filing == null || (!filing.isServicePoint() && q.filingPoint().channel() != Channel.ONLINE)) {
            return Optional.empty();
        }
        Authority authority = null;
        for (Authority a : authorities) {
            if (a.covers(q.service()) && a.covers(q.subjectRegion()) && a.validity().covers(q.date())) {
                authority = a;
            }
        }
        if (authority == null) {
            return Optional.empty();
        }
        AgencyId competent = authority.holder();
        Delegation applied = null;
        if (q.subjectRegion().level().segments() >= RegionLevel.DISTRICT.segments()) {
            for (Delegation d : delegations) {
                if (d.delegator().equals(authority.holder()) && d.covers(q.service()) && d.covers(q.subjectRegion())
                        && d.statusOn(q.date()) == InstrumentStatus.IN_FORCE
                        && d.check(q.attributes()).stream().allMatch(ConditionCheck::isMet)) {
                    applied = d;
                }
            }
        }
        if (applied != null) {
            competent = applied.delegate();
        } else if (authority.requiresDelegation()) {
            return Optional.empty();
        }
        RegionCode home = filing.homeRegion();
        RegionCode filingArea = home.level() == RegionLevel.PROVINCE ? home : home.truncate(RegionLevel.REGENCY);
        if (q.subjectRegion().isWithin(filingArea) || authority.covers(home)) {
            return Optional.of(competent);
        }
        RegionCode subjectRegency = q.subjectRegion().truncate(RegionLevel.REGENCY);
        for (CooperationAgreement g : agreements) {
            Optional<AgreementParty> filingParty = g.party(filingArea);
            if (filingParty.isPresent() && g.party(subjectRegency).isPresent()
                    && filingParty.get().accepts(q.service()) && g.statusOn(q.date()) == InstrumentStatus.IN_FORCE) {
                return Optional.of(competent);
            }
        }
        return Optional.empty();
    }
}
