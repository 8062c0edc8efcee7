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
    private final int serviceCount;
    /** Territory key → by service index → authorities covering it, oldest first. */
    private final LongMap<AuthorityEntry[][]> authorities;
    /** (service, strict ancestor of a territory) present: a subject there is too coarse. */
    private final LongMap<Boolean> authorityAncestors;
    /** Kecamatan key → by service index → delegations covering it, oldest first. */
    private final LongMap<Delegation[][]> delegations;
    /** (service, strict ancestor of a delegated kecamatan) present. */
    private final LongMap<Boolean> delegationAncestors;
    /** Unordered pair of areas → agreements between them, most recent first. */
    private final LongMap<AgreementEntry[]> agreements;

    AuthorityResolver(AuthorityConfiguration configuration) {
        this.regions = configuration.regions();
        for (Agency a : configuration.agencies()) {
            long home = RegionKey.of(a.homeRegion());
            offices.put(a.id(), new Office(a, RegionKey.area(home), home, a.homeRegion().level().segments()));
        }
        configuration.catalogue().serviceTypes().forEach(t -> serviceIndex.put(t.code(), serviceIndex.size()));
        this.serviceCount = serviceIndex.size();
        this.authorityAncestors = new LongMap<>(Math.max(1, serviceCount) * 64);
        this.delegationAncestors = new LongMap<>(Math.max(1, serviceCount) * 64);
        this.authorities = indexAuthorities(configuration.authorities());
        this.delegations = indexDelegations(configuration.delegations());
        this.agreements = indexAgreements(configuration.agreements());
    }

    /** The resolver of a configuration; same as {@link AuthorityConfiguration#resolver()}. */
    public static AuthorityResolver of(AuthorityConfiguration configuration) {
        return configuration.resolver();
    }

    private LongMap<AuthorityEntry[][]> indexAuthorities(List<Authority> all) {
        LongMap<AuthorityEntry[][]> index = new LongMap<>(all.size());
        for (Authority a : all) {
            AuthorityEntry entry = new AuthorityEntry(a, offices.get(a.holder()).agency(), territoryKeys(a));
            for (RegionCode t : a.territory()) {
                long key = RegionKey.of(t);
                AuthorityEntry[][] byService = index.get(key);
                if (byService == null) {
                    byService = new AuthorityEntry[serviceCount][];
                    index.put(key, byService);
                }
                for (ServiceCode s : a.services()) {
                    int si = serviceIndex.get(s);
                    byService[si] = append(byService[si], entry, AuthorityEntry[]::new);
                    markAncestors(authorityAncestors, si, key, t.level().segments());
                }
            }
        }
        Comparator<AuthorityEntry> order = Comparator
                .comparing((AuthorityEntry e) -> e.authority().validity().effectiveFrom())
                .thenComparing(e -> e.authority().id());
        index.forEachValue(byService -> sortEach(byService, order));
        return index;
    }

    private static <T> T[] append(T[] array, T item, java.util.function.IntFunction<T[]> create) {
        if (array == null) {
            T[] one = create.apply(1);
            one[0] = item;
            return one;
        }
        T[] longer = java.util.Arrays.copyOf(array, array.length + 1);
        longer[array.length] = item;
        return longer;
    }

    private static <T> void sortEach(T[][] arrays, Comparator<? super T> order) {
        for (T[] array : arrays) {
            if (array != null && array.length > 1) {
                java.util.Arrays.sort(array, order);
            }
        }
    }

    private static long[] territoryKeys(Authority a) {
        return a.territory().stream().mapToLong(t -> RegionKey.of(t) * 10 + t.level().segments()).toArray();
    }

    private LongMap<Delegation[][]> indexDelegations(List<Delegation> all) {
        LongMap<Delegation[][]> index = new LongMap<>(all.size());
        for (Delegation d : all) {
            for (RegionCode k : d.kecamatan()) {
                long key = RegionKey.of(k);
                Delegation[][] byService = index.get(key);
                if (byService == null) {
                    byService = new Delegation[serviceCount][];
                    index.put(key, byService);
                }
                for (ServiceCode s : d.services()) {
                    int si = serviceIndex.get(s);
                    byService[si] = append(byService[si], d, Delegation[]::new);
                    markAncestors(delegationAncestors, si, key, k.level().segments());
                }
            }
        }
        Comparator<Delegation> order = Comparator.comparing((Delegation d) -> d.validity().effectiveFrom())
                .thenComparing(Delegation::id);
        index.forEachValue(byService -> sortEach(byService, order));
        return index;
    }

    private static void markAncestors(LongMap<Boolean> index, int service, long key, int segments) {
        for (int level = segments - 1; level >= 1; level--) {
            index.put(RegionKey.withIndex(service, RegionKey.truncate(key, level)), Boolean.TRUE);
        }
    }

    private LongMap<AgreementEntry[]> indexAgreements(List<CooperationAgreement> all) {
        LongMap<AgreementEntry[]> index = new LongMap<>(all.size() * 2);
        for (CooperationAgreement g : all) {
            AgreementEntry entry = agreementEntry(g);
            for (int i = 0; i < entry.areas().length; i++) {
                for (int j = 0; j < entry.areas().length; j++) {
                    if (entry.areas()[i] < entry.areas()[j]) {
                        long pair = RegionKey.pair(entry.areas()[i], entry.areas()[j]);
                        index.put(pair, append(index.get(pair), entry, AgreementEntry[]::new));
                    }
                }
            }
        }
        Comparator<AgreementEntry> order = Comparator
                .comparing((AgreementEntry e) -> e.agreement().validity().effectiveFrom()).reversed()
                .thenComparing(e -> e.agreement().id());
        index.forEachValue(array -> {
            if (array.length > 1) {
                java.util.Arrays.sort(array, order);
            }
        });
        return index;
    }

    private AgreementEntry agreementEntry(CooperationAgreement g) {
        int n = g.parties().size();
        int[] areas = new int[n];
        java.util.BitSet[] accepts = new java.util.BitSet[n];
        for (int p = 0; p < n; p++) {
            AgreementParty party = g.parties().get(p);
            areas[p] = RegionKey.area(RegionKey.of(party.region()));
            accepts[p] = new java.util.BitSet(serviceCount);
            for (ServiceCode s : party.accepts()) {
                Integer si = serviceIndex.get(s);
                if (si != null) {
                    accepts[p].set(si);
                }
            }
        }
        return new AgreementEntry(g, areas, accepts);
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
        Object agreementOutcome = checkAgreement(query, si, subjectKey, authority, filing, before);
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
            AuthorityEntry[][] here = authorities.get(RegionKey.truncate(subjectKey, level));
            AuthorityEntry[] candidates = here == null ? null : here[si];
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
        Delegation[][] here = delegations.get(RegionKey.truncate(subjectKey, DISTRICT));
        Delegation[] candidates = here == null ? null : here[si];
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
    private Object checkAgreement(ResolutionQuery query, int si, long subjectKey, AuthorityEntry authority,
            Office filing, List<ChainLink> chain) {
        int filingArea = filing.area();
        int subjectArea = RegionKey.area(subjectKey);
        boolean filingIsProvince = filingArea % 100 == 0;
        if (filingArea == subjectArea || (filingIsProvince && filingArea / 100 == subjectArea / 100)
                || authority.covers(filing.homeKey(), filing.homeSegments())) {
            return null;
        }
        AgreementEntry[] candidates = agreements.get(RegionKey.pair(filingArea, subjectArea));
        if (candidates == null) {
            RegionCode subject = query.subjectRegion();
            return refuse(query, RefusalReason.NO_AGREEMENT, chain, "", "refusal.no-agreement",
                    areaCode(filing).value(), (subject.level() == RegionLevel.PROVINCE ? subject
                            : subject.truncate(RegionLevel.REGENCY)).value());
        }
        ServiceCode service = query.service();
        CooperationAgreement inForceOutOfScope = null;
        CooperationAgreement closest = null;
        InstrumentStatus closestStatus = null;
        for (AgreementEntry e : candidates) {
            CooperationAgreement g = e.agreement();
            int filingParty = e.party(filingArea);
            InstrumentStatus status = g.statusOn(query.date());
            if (!e.accepts()[filingParty].get(si)) {
                if (status == InstrumentStatus.IN_FORCE && inForceOutOfScope == null) {
                    inForceOutOfScope = g;
                }
                continue;
            }
            if (status == InstrumentStatus.IN_FORCE) {
                return new AgreementLink(g, g.parties().get(filingParty), g.parties().get(e.party(subjectArea)));
            }
            if (closest == null) {
                closest = g;
                closestStatus = status;
            }
        }
        if (inForceOutOfScope != null || closest == null) {
            CooperationAgreement g = inForceOutOfScope != null ? inForceOutOfScope : candidates[0].agreement();
            return refuse(query, RefusalReason.SERVICE_OUTSIDE_AGREEMENT_SCOPE, chain, g.id(),
                    "refusal.service-outside-agreement-scope", g.id(), service.value(), areaCode(filing).value());
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

    /** The regency of the filing office (its province for a provincial office). */
    private static RegionCode areaCode(Office filing) {
        RegionCode home = filing.agency().homeRegion();
        return filing.area() % 100 == 0 ? home.province() : home.truncate(RegionLevel.REGENCY);
    }

    private static Refusal refuse(ResolutionQuery query, RefusalReason reason, List<ChainLink> chain,
            String instrumentId, String key, Object... args) {
        return new Refusal(query, reason, chain, instrumentId, null, Texts.msg(key, args));
    }

    /** An agency with the four-digit area ({@code PPKK}, or {@code PP00} for a province) its counter serves. */
    private record Office(Agency agency, int area, long homeKey, int homeSegments) {
    }

    /** An agreement with its parties' areas and, per party, the service indexes its counters accept. */
    private record AgreementEntry(CooperationAgreement agreement, int[] areas, java.util.BitSet[] accepts) {

        /** The index of the party for an area (the caller knows it is one). */
        int party(int area) {
            for (int p = 0; p < areas.length; p++) {
                if (areas[p] == area) {
                    return p;
                }
            }
            throw new IllegalStateException("area " + area + " is not a party of " + agreement.id());
        }
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
