package id.simpul.sdk.authority;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import id.simpul.sdk.request.Channel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Answers who may legally decide a request here and now, and why (penentuan kewenangan): the
 * competent office with its chain of instruments — authority, then delegation, then cooperation
 * agreement — or a refusal that names the missing link.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>the service, the subject region and the filing office must be known, and the filing office
 *       a service point (not needed for the online channel);</li>
 *   <li>exactly one authority covers the service for the subject region on the date;</li>
 *   <li>a delegation from the authority's holder that covers the service and the subject's
 *       kecamatan, is in force on the date (not revoked) and whose conditions the request meets
 *       makes the delegate competent; otherwise the holder decides, unless the authority is
 *       exercised only through delegation, in which case the request is refused with the reason
 *       of the closest delegation (condition not met, revoked, expired, not yet in force);</li>
 *   <li>when the filing office's regency is not the subject's regency (and the authority does not
 *       cover the filing office's region, as a provincial one would), an agreement in force between
 *       the two regencies must let the filing party's counters accept the service.</li>
 * </ol>
 *
 * <p>Deterministic and free of side effects; immutable and safe to share between threads. Indexed
 * by service and region, so one resolution costs a handful of hash lookups whatever the size of
 * the configuration.
 */
public final class AuthorityResolver {

    private final RegionRegistry regions;
    private final Map<AgencyId, Agency> agencies = new HashMap<>();
    private final Set<ServiceCode> services = new HashSet<>();
    private final Map<ServiceCode, Map<RegionCode, Authority[]>> authorities = new HashMap<>();
    private final Map<ServiceCode, Set<RegionCode>> authorityAncestors = new HashMap<>();
    private final Map<ServiceCode, Map<RegionCode, Delegation[]>> delegations = new HashMap<>();
    private final Map<ServiceCode, Set<RegionCode>> delegationAncestors = new HashMap<>();
    private final Map<RegionPair, CooperationAgreement[]> agreements = new HashMap<>();

    AuthorityResolver(AuthorityConfiguration configuration) {
        this.regions = configuration.regions();
        configuration.agencies().forEach(a -> agencies.put(a.id(), a));
        configuration.catalogue().serviceTypes().forEach(t -> services.add(t.code()));
        indexAuthorities(configuration.authorities());
        indexDelegations(configuration.delegations());
        indexAgreements(configuration.agreements());
    }

    /** The resolver of a configuration; same as {@link AuthorityConfiguration#resolver()}. */
    public static AuthorityResolver of(AuthorityConfiguration configuration) {
        return configuration.resolver();
    }

    private void indexAuthorities(List<Authority> all) {
        Map<ServiceCode, Map<RegionCode, List<Authority>>> lists = new HashMap<>();
        for (Authority a : all) {
            for (ServiceCode s : a.services()) {
                for (RegionCode t : a.territory()) {
                    lists.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(t, k -> new ArrayList<>(1)).add(a);
                    addAncestors(authorityAncestors, s, t);
                }
            }
        }
        Comparator<Authority> order = Comparator.comparing((Authority a) -> a.validity().effectiveFrom())
                .thenComparing(Authority::id);
        lists.forEach((s, byRegion) -> {
            Map<RegionCode, Authority[]> arrays = new HashMap<>(byRegion.size() * 2);
            byRegion.forEach((r, l) -> arrays.put(r, l.stream().sorted(order).toArray(Authority[]::new)));
            authorities.put(s, arrays);
        });
    }

    private void indexDelegations(List<Delegation> all) {
        Map<ServiceCode, Map<RegionCode, List<Delegation>>> lists = new HashMap<>();
        for (Delegation d : all) {
            for (ServiceCode s : d.services()) {
                for (RegionCode k : d.kecamatan()) {
                    lists.computeIfAbsent(s, x -> new HashMap<>()).computeIfAbsent(k, x -> new ArrayList<>(1)).add(d);
                    addAncestors(delegationAncestors, s, k);
                }
            }
        }
        Comparator<Delegation> order = Comparator.comparing((Delegation d) -> d.validity().effectiveFrom())
                .thenComparing(Delegation::id);
        lists.forEach((s, byRegion) -> {
            Map<RegionCode, Delegation[]> arrays = new HashMap<>(byRegion.size() * 2);
            byRegion.forEach((r, l) -> arrays.put(r, l.stream().sorted(order).toArray(Delegation[]::new)));
            delegations.put(s, arrays);
        });
    }

    private static void addAncestors(Map<ServiceCode, Set<RegionCode>> index, ServiceCode s, RegionCode r) {
        Set<RegionCode> set = index.computeIfAbsent(s, k -> new HashSet<>());
        for (RegionCode p = r.parent().orElse(null); p != null && set.add(p); p = p.parent().orElse(null)) {
            // every strict ancestor once
        }
    }

    private void indexAgreements(List<CooperationAgreement> all) {
        Map<RegionPair, List<CooperationAgreement>> lists = new HashMap<>();
        for (CooperationAgreement g : all) {
            for (AgreementParty a : g.parties()) {
                for (AgreementParty b : g.parties()) {
                    if (a != b && a.region().compareTo(b.region()) < 0) {
                        lists.computeIfAbsent(RegionPair.of(a.region(), b.region()), k -> new ArrayList<>(1)).add(g);
                    }
                }
            }
        }
        Comparator<CooperationAgreement> order = Comparator
                .comparing((CooperationAgreement g) -> g.validity().effectiveFrom()).reversed()
                .thenComparing(CooperationAgreement::id);
        lists.forEach((k, l) -> agreements.put(k, l.stream().sorted(order).toArray(CooperationAgreement[]::new)));
    }

    /**
     * Resolves a query. Never throws for an answerable question: unknown services, regions or
     * offices are refusals too.
     */
    public Resolution resolve(ResolutionQuery query) {
        Objects.requireNonNull(query, "query");
        ServiceCode service = query.service();
        RegionCode subject = query.subjectRegion();
        if (!services.contains(service)) {
            return refuse(query, RefusalReason.UNKNOWN_SERVICE, List.of(), "", "refusal.unknown-service",
                    service.value());
        }
        Agency filing = agencies.get(query.filingAgency());
        if (filing == null) {
            return refuse(query, RefusalReason.UNKNOWN_FILING_OFFICE, List.of(), "", "refusal.unknown-filing-office",
                    query.filingAgency().value());
        }
        if (!filing.isServicePoint() && query.filingPoint().channel() != Channel.ONLINE) {
            return refuse(query, RefusalReason.FILING_OFFICE_NOT_SERVICE_POINT, List.of(), "",
                    "refusal.filing-office-not-service-point", filing.id().value());
        }
        if (!regions.contains(subject)) {
            return refuse(query, RefusalReason.UNKNOWN_SUBJECT_REGION, List.of(), "", "refusal.unknown-subject-region",
                    subject.value());
        }
        Object authorityOrRefusal = findAuthority(query);
        if (authorityOrRefusal instanceof Refusal r) {
            return r;
        }
        Authority authority = (Authority) authorityOrRefusal;
        List<ChainLink> chain = new ArrayList<>(3);
        Agency holder = agencies.get(authority.holder());
        chain.add(new AuthorityLink(authority, holder, service));
        List<ResolutionNote> notes = new ArrayList<>(0);
        Agency competent = holder;
        Object delegationOutcome = findDelegation(query, authority, chain, notes);
        if (delegationOutcome instanceof Refusal r) {
            return r;
        }
        if (delegationOutcome instanceof DelegationLink link) {
            chain.add(link);
            competent = link.delegate();
        }
        Resolution agreementOutcome = checkAgreement(query, authority, filing, chain);
        if (agreementOutcome != null) {
            return agreementOutcome;
        }
        return new Decision(query, competent, chain, notes);
    }

    /** The authority in force, or a refusal. */
    private Object findAuthority(ResolutionQuery query) {
        ServiceCode service = query.service();
        RegionCode subject = query.subjectRegion();
        Map<RegionCode, Authority[]> byRegion = authorities.getOrDefault(service, Map.of());
        Authority nearest = null;
        for (RegionCode probe = subject; probe != null; probe = parentOf(probe)) {
            Authority[] candidates = byRegion.get(probe);
            if (candidates == null) {
                continue;
            }
            for (Authority a : candidates) {
                if (a.validity().covers(query.date())) {
                    return a;
                }
                nearest = closer(nearest, a, query.date());
            }
        }
        if (nearest != null) {
            return refuse(query, RefusalReason.AUTHORITY_NOT_IN_FORCE, List.of(), nearest.id(),
                    "refusal.authority-not-in-force", nearest.id(), nearest.validity().toString());
        }
        if (authorityAncestors.getOrDefault(service, Set.of()).contains(subject)) {
            return refuse(query, RefusalReason.SUBJECT_REGION_TOO_COARSE, List.of(), "",
                    "refusal.subject-region-too-coarse", subject.value(), service.value());
        }
        return refuse(query, RefusalReason.NO_AUTHORITY, List.of(), "", "refusal.no-authority", service.value(),
                subject.value());
    }

    private static Authority closer(Authority current, Authority candidate, LocalDate date) {
        if (current == null) {
            return candidate;
        }
        return distance(candidate.validity(), date) < distance(current.validity(), date) ? candidate : current;
    }

    private static long distance(Validity v, LocalDate date) {
        if (v.startsAfter(date)) {
            return v.effectiveFrom().toEpochDay() - date.toEpochDay();
        }
        return v.effectiveUntil().map(u -> date.toEpochDay() - u.toEpochDay()).orElse(0L);
    }

    private static RegionCode parentOf(RegionCode code) {
        return code.level() == RegionLevel.PROVINCE ? null : code.parent().orElse(null);
    }

    /**
     * The delegation that applies (a {@link DelegationLink}), a refusal, or null when the holder
     * decides itself (then notes say which delegations were set aside and why).
     */
    private Object findDelegation(ResolutionQuery query, Authority authority, List<ChainLink> chain,
            List<ResolutionNote> notes) {
        ServiceCode service = query.service();
        RegionCode subject = query.subjectRegion();
        if (subject.level().segments() < RegionLevel.DISTRICT.segments()) {
            if (delegationAncestors.getOrDefault(service, Set.of()).contains(subject)) {
                return refuse(query, RefusalReason.SUBJECT_REGION_TOO_COARSE, chain, "",
                        "refusal.subject-region-too-coarse", subject.value(), service.value());
            }
            return noDelegation(query, authority, chain);
        }
        RegionCode kecamatan = subject.level() == RegionLevel.DISTRICT ? subject : subject.truncate(RegionLevel.DISTRICT);
        Delegation[] candidates = delegations.getOrDefault(service, Map.of()).get(kecamatan);
        if (candidates == null) {
            return noDelegation(query, authority, chain);
        }
        SetAside best = null;
        for (Delegation d : candidates) {
            if (!d.delegator().equals(authority.holder())) {
                continue;
            }
            InstrumentStatus status = d.statusOn(query.date());
            if (status == InstrumentStatus.IN_FORCE) {
                List<ConditionCheck> checks = d.check(query.attributes());
                ConditionCheck failed = firstFailed(checks);
                if (failed == null) {
                    return new DelegationLink(d, agencies.get(d.delegate()), checks);
                }
                best = SetAside.better(best, new SetAside(d, RefusalReason.CONDITION_NOT_MET, failed));
            } else {
                best = SetAside.better(best, new SetAside(d, reasonFor(status), null));
            }
        }
        if (best == null) {
            return noDelegation(query, authority, chain);
        }
        if (authority.requiresDelegation()) {
            return new Refusal(query, best.reason, chain, best.delegation.id(), best.failed, best.message());
        }
        notes.add(new ResolutionNote(best.delegation.id(), best.reason, best.message()));
        return null;
    }

    private Object noDelegation(ResolutionQuery query, Authority authority, List<ChainLink> chain) {
        if (!authority.requiresDelegation()) {
            return null;
        }
        return refuse(query, RefusalReason.NO_DELEGATION, chain, authority.id(), "refusal.no-delegation",
                authority.id(), query.service().value(), query.subjectRegion().value());
    }

    private static ConditionCheck firstFailed(List<ConditionCheck> checks) {
        for (ConditionCheck c : checks) {
            if (!c.isMet()) {
                return c;
            }
        }
        return null;
    }

    private static RefusalReason reasonFor(InstrumentStatus status) {
        return switch (status) {
            case NOT_YET_IN_FORCE -> RefusalReason.DELEGATION_NOT_YET_IN_FORCE;
            case EXPIRED -> RefusalReason.DELEGATION_EXPIRED;
            case REVOKED -> RefusalReason.DELEGATION_REVOKED;
            case IN_FORCE -> throw new IllegalStateException("an instrument in force is not set aside");
        };
    }

    /** A delegation that did not apply, and why; the closest one explains a refusal. */
    private record SetAside(Delegation delegation, RefusalReason reason, ConditionCheck failed) {

        /** Condition not met beats revoked beats expired beats not yet in force; then the later delegation. */
        static SetAside better(SetAside current, SetAside candidate) {
            if (current == null) {
                return candidate;
            }
            int byRank = Integer.compare(rank(candidate.reason), rank(current.reason));
            if (byRank != 0) {
                return byRank < 0 ? candidate : current;
            }
            return candidate.delegation.validity().effectiveFrom()
                    .isAfter(current.delegation.validity().effectiveFrom()) ? candidate : current;
        }

        private static int rank(RefusalReason reason) {
            return switch (reason) {
                case CONDITION_NOT_MET -> 0;
                case DELEGATION_REVOKED -> 1;
                case DELEGATION_EXPIRED -> 2;
                default -> 3;
            };
        }

        LocalizedMessage message() {
            Delegation d = delegation;
            return switch (reason) {
                case CONDITION_NOT_MET -> Texts.msg("refusal.condition." + failed.outcome().name().toLowerCase(
                        java.util.Locale.ROOT), d.id(), failed.condition().expression(), failed.actual(),
                        failed.condition().attribute());
                case DELEGATION_REVOKED -> Texts.msg("refusal.delegation-revoked", d.id(),
                        d.revocation().orElseThrow().instrument().cite(),
                        d.revocation().orElseThrow().effective().toString());
                case DELEGATION_EXPIRED -> Texts.msg("refusal.delegation-expired", d.id(),
                        d.validity().effectiveUntil().map(Object::toString).orElse(""));
                default -> Texts.msg("refusal.delegation-not-yet-in-force", d.id(),
                        d.validity().effectiveFrom().toString());
            };
        }
    }

    /** Null when no agreement is needed or one applies (then added to the chain); else the refusal. */
    private Resolution checkAgreement(ResolutionQuery query, Authority authority, Agency filing,
            List<ChainLink> chain) {
        RegionCode filingRegion = filing.homeRegion();
        RegionCode filingArea = filingRegion.level() == RegionLevel.PROVINCE ? filingRegion
                : filingRegion.truncate(RegionLevel.REGENCY);
        RegionCode subject = query.subjectRegion();
        if (subject.isWithin(filingArea) || authority.covers(filingRegion)) {
            return null;
        }
        RegionCode subjectRegency = subject.level() == RegionLevel.PROVINCE ? subject
                : subject.truncate(RegionLevel.REGENCY);
        CooperationAgreement[] candidates = agreements.get(RegionPair.of(filingArea, subjectRegency));
        if (candidates == null) {
            return refuse(query, RefusalReason.NO_AGREEMENT, chain, "", "refusal.no-agreement", filingArea.value(),
                    subjectRegency.value());
        }
        ServiceCode service = query.service();
        CooperationAgreement inForceOutOfScope = null;
        CooperationAgreement closest = null;
        InstrumentStatus closestStatus = null;
        for (CooperationAgreement g : candidates) {
            AgreementParty filingParty = g.party(filingArea).orElseThrow();
            InstrumentStatus status = g.statusOn(query.date());
            if (!filingParty.accepts(service)) {
                if (status == InstrumentStatus.IN_FORCE && inForceOutOfScope == null) {
                    inForceOutOfScope = g;
                }
                continue;
            }
            if (status == InstrumentStatus.IN_FORCE) {
                chain.add(new AgreementLink(g, filingParty, g.party(subjectRegency).orElseThrow()));
                return null;
            }
            if (closest == null) {
                closest = g;
                closestStatus = status;
            }
        }
        if (inForceOutOfScope != null || closest == null) {
            CooperationAgreement g = inForceOutOfScope != null ? inForceOutOfScope : candidates[0];
            return refuse(query, RefusalReason.SERVICE_OUTSIDE_AGREEMENT_SCOPE, chain, g.id(),
                    "refusal.service-outside-agreement-scope", g.id(), service.value(), filingArea.value());
        }
        return switch (closestStatus) {
            case NOT_YET_IN_FORCE -> refuse(query, RefusalReason.AGREEMENT_NOT_YET_IN_FORCE, chain, closest.id(),
                    "refusal.agreement-not-yet-in-force", closest.id(),
                    closest.validity().effectiveFrom().toString());
            case REVOKED -> refuse(query, RefusalReason.AGREEMENT_TERMINATED, chain, closest.id(),
                    "refusal.agreement-terminated", closest.id(), closest.termination().orElseThrow().instrument()
                            .cite(), closest.termination().orElseThrow().effective().toString());
            default -> refuse(query, RefusalReason.AGREEMENT_EXPIRED, chain, closest.id(),
                    "refusal.agreement-expired", closest.id(),
                    closest.validity().effectiveUntil().map(Object::toString).orElse(""));
        };
    }

    private static Refusal refuse(ResolutionQuery query, RefusalReason reason, List<ChainLink> chain,
            String instrumentId, String key, Object... args) {
        return new Refusal(query, reason, chain, instrumentId, null, Texts.msg(key, args));
    }

    /** An unordered pair of region codes. */
    private record RegionPair(RegionCode low, RegionCode high) {
        static RegionPair of(RegionCode a, RegionCode b) {
            return a.compareTo(b) <= 0 ? new RegionPair(a, b) : new RegionPair(b, a);
        }
    }
}
