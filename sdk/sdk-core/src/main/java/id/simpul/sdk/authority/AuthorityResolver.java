package id.simpul.sdk.authority;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.authority.internal.LongMap;
import id.simpul.sdk.authority.internal.RegionKey;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import id.simpul.sdk.request.Channel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 *   <li>when the subject lies outside the filing office's regency (for a provincial office: its
 *       province), and the authority does not cover the filing office's region either (as a
 *       provincial authority would), an agreement in force between the two regencies must let the
 *       filing party's counters accept the service.</li>
 * </ol>
 *
 * <p>Deterministic and free of side effects; immutable and safe to share between threads. Indexed
 * by service and region, so one resolution costs a handful of hash lookups whatever the size of
 * the configuration.
 */
public final class AuthorityResolver {

    private static final int DISTRICT = RegionLevel.DISTRICT.segments();

    private final RegionRegistry regions;
    private final Map<AgencyId, Office> offices = new HashMap<>();
    private final Map<ServiceCode, Integer> serviceIndex = new HashMap<>();
    /** (service, territory) → authorities, oldest first. */
    private final LongMap<AuthorityEntry[]> authorities;
    /** (service, strict ancestor of a territory) present: a subject there is too coarse. */
    private final LongMap<Boolean> authorityAncestors;
    /** (service, kecamatan) → delegations, oldest first. */
    private final LongMap<Delegation[]> delegations;
    /** (service, strict ancestor of a delegated kecamatan) present. */
    private final LongMap<Boolean> delegationAncestors;
    /** Unordered pair of areas → agreements, most recent first. */
    private final LongMap<CooperationAgreement[]> agreements;

    AuthorityResolver(AuthorityConfiguration configuration) {
        this.regions = configuration.regions();
        for (Agency a : configuration.agencies()) {
            long home = RegionKey.of(a.homeRegion());
            offices.put(a.id(), new Office(a, RegionKey.area(home), home, a.homeRegion().level().segments()));
        }
        configuration.catalogue().serviceTypes().forEach(t -> serviceIndex.put(t.code(), serviceIndex.size()));
        int services = Math.max(1, serviceIndex.size());
        int authorityEntries = configuration.authorities().stream()
                .mapToInt(a -> a.services().size() * a.territory().size()).sum();
        int delegationEntries = configuration.delegations().stream()
                .mapToInt(d -> d.services().size() * d.kecamatan().size()).sum();
        this.authorities = new LongMap<>(authorityEntries);
        this.authorityAncestors = new LongMap<>(services * 64);
        this.delegations = new LongMap<>(delegationEntries);
        this.delegationAncestors = new LongMap<>(services * 64);
        this.agreements = new LongMap<>(configuration.agreements().size() * 2);
        indexAuthorities(configuration.authorities());
        indexDelegations(configuration.delegations());
        indexAgreements(configuration.agreements());
    }

    /** The resolver of a configuration; same as {@link AuthorityConfiguration#resolver()}. */
    public static AuthorityResolver of(AuthorityConfiguration configuration) {
        return configuration.resolver();
    }

    private void indexAuthorities(List<Authority> all) {
        Map<Long, List<AuthorityEntry>> lists = new HashMap<>();
        for (Authority a : all) {
            AuthorityEntry entry = new AuthorityEntry(a, offices.get(a.holder()).agency(), territoryKeys(a));
            for (ServiceCode s : a.services()) {
                int si = serviceIndex.get(s);
                for (RegionCode t : a.territory()) {
                    long key = RegionKey.of(t);
                    lists.computeIfAbsent(RegionKey.withIndex(si, key), k -> new ArrayList<>(1)).add(entry);
                    markAncestors(authorityAncestors, si, key, t.level().segments());
                }
            }
        }
        Comparator<AuthorityEntry> order = Comparator
                .comparing((AuthorityEntry e) -> e.authority().validity().effectiveFrom())
                .thenComparing(e -> e.authority().id());
        lists.forEach((k, l) -> authorities.put(k, l.stream().sorted(order).toArray(AuthorityEntry[]::new)));
    }

    private static long[] territoryKeys(Authority a) {
        return a.territory().stream().mapToLong(t -> RegionKey.of(t) * 10 + t.level().segments()).toArray();
    }

    private void indexDelegations(List<Delegation> all) {
        Map<Long, List<Delegation>> lists = new HashMap<>();
        for (Delegation d : all) {
            for (ServiceCode s : d.services()) {
                int si = serviceIndex.get(s);
                for (RegionCode k : d.kecamatan()) {
                    long key = RegionKey.of(k);
                    lists.computeIfAbsent(RegionKey.withIndex(si, key), x -> new ArrayList<>(1)).add(d);
                    markAncestors(delegationAncestors, si, key, k.level().segments());
                }
            }
        }
        Comparator<Delegation> order = Comparator.comparing((Delegation d) -> d.validity().effectiveFrom())
                .thenComparing(Delegation::id);
        lists.forEach((k, l) -> delegations.put(k, l.stream().sorted(order).toArray(Delegation[]::new)));
    }

    private static void markAncestors(LongMap<Boolean> index, int service, long key, int segments) {
        for (int level = segments - 1; level >= 1; level--) {
            index.put(RegionKey.withIndex(service, RegionKey.truncate(key, level)), Boolean.TRUE);
        }
    }

    private void indexAgreements(List<CooperationAgreement> all) {
        Map<Long, List<CooperationAgreement>> lists = new HashMap<>();
        for (CooperationAgreement g : all) {
            for (AgreementParty a : g.parties()) {
                for (AgreementParty b : g.parties()) {
                    if (a != b && a.region().compareTo(b.region()) < 0) {
                        long pair = RegionKey.pair(RegionKey.area(RegionKey.of(a.region())),
                                RegionKey.area(RegionKey.of(b.region())));
                        lists.computeIfAbsent(pair, k -> new ArrayList<>(1)).add(g);
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
        Integer si = serviceIndex.get(service);
        if (si == null) {
            return refuse(query, RefusalReason.UNKNOWN_SERVICE, List.of(), "", "refusal.unknown-service",
                    service.value());
        }
        Office filing = offices.get(query.filingAgency());
        if (filing == null) {
            return refuse(query, RefusalReason.UNKNOWN_FILING_OFFICE, List.of(), "", "refusal.unknown-filing-office",
                    query.filingAgency().value());
        }
        if (!filing.agency().isServicePoint() && query.filingPoint().channel() != Channel.ONLINE) {
            return refuse(query, RefusalReason.FILING_OFFICE_NOT_SERVICE_POINT, List.of(), "",
                    "refusal.filing-office-not-service-point", filing.agency().id().value());
        }
        if (!regions.contains(subject)) {
            return refuse(query, RefusalReason.UNKNOWN_SUBJECT_REGION, List.of(), "", "refusal.unknown-subject-region",
                    subject.value());
        }
        long subjectKey = RegionKey.of(subject);
        int segments = subject.level().segments();
        Object authorityOrRefusal = findAuthority(query, si, subjectKey, segments);
        if (authorityOrRefusal instanceof Refusal r) {
            return r;
        }
        AuthorityEntry authority = (AuthorityEntry) authorityOrRefusal;
        AuthorityLink authorityLink = new AuthorityLink(authority.authority(), authority.holder(), service);
        Object delegationOutcome = findDelegation(query, si, subjectKey, segments, authority.authority(),
                authorityLink);
        if (delegationOutcome instanceof Refusal r) {
            return r;
        }
        DelegationLink delegationLink = delegationOutcome instanceof DelegationLink link ? link : null;
        List<ResolutionNote> notes = delegationOutcome instanceof ResolutionNote note ? List.of(note) : List.of();
        List<ChainLink> before = delegationLink == null ? List.of(authorityLink) : List.of(authorityLink,
                delegationLink);
        Object agreementOutcome = checkAgreement(query, subjectKey, authority, filing, before);
        if (agreementOutcome instanceof Refusal r) {
            return r;
        }
        Agency competent = delegationLink == null ? authority.holder() : delegationLink.delegate();
        if (agreementOutcome instanceof AgreementLink link) {
            List<ChainLink> chain = delegationLink == null ? List.of(authorityLink, link)
                    : List.of(authorityLink, delegationLink, link);
            return new Decision(query, competent, chain, notes);
        }
        return new Decision(query, competent, before, notes);
    }

    /** The authority in force (an {@link AuthorityEntry}), or a refusal. */
    private Object findAuthority(ResolutionQuery query, int si, long subjectKey, int segments) {
        LocalDate date = query.date();
        AuthorityEntry nearest = null;
        for (int level = segments; level >= 1; level--) {
            AuthorityEntry[] candidates = authorities.get(RegionKey.withIndex(si, RegionKey.truncate(subjectKey,
                    level)));
            if (candidates == null) {
                continue;
            }
            for (AuthorityEntry e : candidates) {
                if (e.authority().validity().covers(date)) {
                    return e;
                }
                nearest = closer(nearest, e, date);
            }
        }
        ServiceCode service = query.service();
        RegionCode subject = query.subjectRegion();
        if (nearest != null) {
            Authority a = nearest.authority();
            return refuse(query, RefusalReason.AUTHORITY_NOT_IN_FORCE, List.of(), a.id(),
                    "refusal.authority-not-in-force", a.id(), a.validity().toString());
        }
        if (authorityAncestors.containsKey(RegionKey.withIndex(si, subjectKey))) {
            return refuse(query, RefusalReason.SUBJECT_REGION_TOO_COARSE, List.of(), "",
                    "refusal.subject-region-too-coarse", subject.value(), service.value());
        }
        return refuse(query, RefusalReason.NO_AUTHORITY, List.of(), "", "refusal.no-authority", service.value(),
                subject.value());
    }

    private static AuthorityEntry closer(AuthorityEntry current, AuthorityEntry candidate, LocalDate date) {
        if (current == null) {
            return candidate;
        }
        return distance(candidate.authority().validity(), date) < distance(current.authority().validity(), date)
                ? candidate : current;
    }

    private static long distance(Validity v, LocalDate date) {
        if (v.startsAfter(date)) {
            return v.effectiveFrom().toEpochDay() - date.toEpochDay();
        }
        return v.effectiveUntil().map(u -> date.toEpochDay() - u.toEpochDay()).orElse(0L);
    }

    /**
     * The delegation that applies (a {@link DelegationLink}), a {@link Refusal}, a
     * {@link ResolutionNote} when the holder decides after setting a delegation aside, or null when
     * the holder decides and no delegation was in question.
     */
    private Object findDelegation(ResolutionQuery query, int si, long subjectKey, int segments, Authority authority,
            AuthorityLink authorityLink) {
        if (segments < DISTRICT) {
            if (delegationAncestors.containsKey(RegionKey.withIndex(si, subjectKey))) {
                return refuse(query, RefusalReason.SUBJECT_REGION_TOO_COARSE, List.of(authorityLink), "",
                        "refusal.subject-region-too-coarse", query.subjectRegion().value(), query.service().value());
            }
            return noDelegation(query, authority, authorityLink);
        }
        Delegation[] candidates = delegations.get(RegionKey.withIndex(si, RegionKey.truncate(subjectKey, DISTRICT)));
        if (candidates == null) {
            return noDelegation(query, authority, authorityLink);
        }
        SetAside best = null;
        for (Delegation d : candidates) {
            if (!d.delegator().equals(authority.holder())) {
                continue;
            }
            InstrumentStatus status = d.statusOn(query.date());
            if (status == InstrumentStatus.IN_FORCE) {
                List<ConditionCheck> checks = d.conditions().isEmpty() ? List.of() : d.check(query.attributes());
                ConditionCheck failed = firstFailed(checks);
                if (failed == null) {
                    return new DelegationLink(d, offices.get(d.delegate()).agency(), checks);
                }
                best = SetAside.better(best, new SetAside(d, RefusalReason.CONDITION_NOT_MET, failed));
            } else {
                best = SetAside.better(best, new SetAside(d, reasonFor(status), null));
            }
        }
        if (best == null) {
            return noDelegation(query, authority, authorityLink);
        }
        if (authority.requiresDelegation()) {
            return new Refusal(query, best.reason, List.of(authorityLink), best.delegation.id(), best.failed,
                    best.message());
        }
        return new ResolutionNote(best.delegation.id(), best.reason,
                Texts.msg("note.delegation-set-aside", best.message()));
    }

    private Object noDelegation(ResolutionQuery query, Authority authority, AuthorityLink authorityLink) {
        if (!authority.requiresDelegation()) {
            return null;
        }
        return refuse(query, RefusalReason.NO_DELEGATION, List.of(authorityLink), authority.id(),
                "refusal.no-delegation", authority.id(), query.service().value(), query.subjectRegion().value());
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

    /**
     * Null when no agreement is needed, the {@link AgreementLink} of the agreement that lets the
     * filing office's counter accept the request, or the refusal.
     */
    private Object checkAgreement(ResolutionQuery query, long subjectKey, AuthorityEntry authority, Office filing,
            List<ChainLink> chain) {
        int filingArea = filing.area();
        int subjectArea = RegionKey.area(subjectKey);
        boolean filingIsProvince = filingArea % 100 == 0;
        if (filingArea == subjectArea || (filingIsProvince && filingArea / 100 == subjectArea / 100)
                || authority.covers(filing.homeKey(), filing.homeSegments())) {
            return null;
        }
        CooperationAgreement[] candidates = agreements.get(RegionKey.pair(filingArea, subjectArea));
        RegionCode filingRegion = filing.agency().homeRegion();
        RegionCode filingAreaCode = filingIsProvince ? filingRegion.province() : filingRegion.truncate(
                RegionLevel.REGENCY);
        RegionCode subjectRegency = query.subjectRegion().level() == RegionLevel.PROVINCE ? query.subjectRegion()
                : query.subjectRegion().truncate(RegionLevel.REGENCY);
        if (candidates == null) {
            return refuse(query, RefusalReason.NO_AGREEMENT, chain, "", "refusal.no-agreement",
                    filingAreaCode.value(), subjectRegency.value());
        }
        ServiceCode service = query.service();
        CooperationAgreement inForceOutOfScope = null;
        CooperationAgreement closest = null;
        InstrumentStatus closestStatus = null;
        for (CooperationAgreement g : candidates) {
            AgreementParty filingParty = g.party(filingAreaCode).orElseThrow();
            InstrumentStatus status = g.statusOn(query.date());
            if (!filingParty.accepts(service)) {
                if (status == InstrumentStatus.IN_FORCE && inForceOutOfScope == null) {
                    inForceOutOfScope = g;
                }
                continue;
            }
            if (status == InstrumentStatus.IN_FORCE) {
                return new AgreementLink(g, filingParty, g.party(subjectRegency).orElseThrow());
            }
            if (closest == null) {
                closest = g;
                closestStatus = status;
            }
        }
        if (inForceOutOfScope != null || closest == null) {
            CooperationAgreement g = inForceOutOfScope != null ? inForceOutOfScope : candidates[0];
            return refuse(query, RefusalReason.SERVICE_OUTSIDE_AGREEMENT_SCOPE, chain, g.id(),
                    "refusal.service-outside-agreement-scope", g.id(), service.value(), filingAreaCode.value());
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

    /** An agency with the four-digit area ({@code PPKK}, or {@code PP00} for a province) its counter serves. */
    private record Office(Agency agency, int area, long homeKey, int homeSegments) {
    }

    /** An authority with its holder and its territory as keys ({@code regionKey * 10 + segments}). */
    private record AuthorityEntry(Authority authority, Agency holder, long[] territory) {

        /** Whether the region lies within the territory, by arithmetic on keys. */
        boolean covers(long key, int segments) {
            for (long t : territory) {
                int tSegments = (int) (t % 10);
                if (tSegments <= segments && RegionKey.truncate(key, tSegments) == t / 10) {
                    return true;
                }
            }
            return false;
        }
    }
}
