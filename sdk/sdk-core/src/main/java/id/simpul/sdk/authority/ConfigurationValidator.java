package id.simpul.sdk.authority;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.authority.internal.Suggestions;
import id.simpul.sdk.catalogue.AttributeType;
import id.simpul.sdk.catalogue.FormAttribute;
import id.simpul.sdk.catalogue.ServiceCatalogue;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Applies the load-time rules of {@link AuthorityConfiguration} and collects every problem. */
final class ConfigurationValidator {

    private static final String BUNDLE = InvalidAuthorityException.BUNDLE;

    private final RegionRegistry regions;
    private final ServiceCatalogue catalogue;
    private final List<Agency> agencies;
    private final List<Authority> authorities;
    private final List<Delegation> delegations;
    private final List<CooperationAgreement> agreements;
    private final Map<String, SourceLocation> sources;
    private final List<ConfigurationProblem> problems = new ArrayList<>();
    private final Map<AgencyId, Agency> agencyById = new HashMap<>();
    private final Map<AgencyId, List<Authority>> authoritiesByHolder = new HashMap<>();
    private final Map<AgencyId, Map<ServiceCode, List<Authority>>> heldByService = new HashMap<>();

    ConfigurationValidator(RegionRegistry regions, ServiceCatalogue catalogue, List<Agency> agencies,
            List<Authority> authorities, List<Delegation> delegations, List<CooperationAgreement> agreements,
            Map<String, SourceLocation> sources) {
        this.regions = regions;
        this.catalogue = catalogue;
        this.agencies = agencies;
        this.authorities = authorities;
        this.delegations = delegations;
        this.agreements = agreements;
        this.sources = sources;
    }

    ConfigurationReport validate() {
        checkAgencies();
        checkAuthorities();
        checkAuthorityOverlaps();
        checkDelegations();
        checkDelegationOverlaps();
        checkAgreements();
        checkAgreementOverlaps();
        problems.sort(Comparator.comparing(ConfigurationProblem::subjectKind)
                .thenComparing(ConfigurationProblem::subjectId)
                .thenComparing(ConfigurationProblem::field)
                .thenComparing(ConfigurationProblem::kind));
        return new ConfigurationReport(problems);
    }

    // ---- agencies

    private void checkAgencies() {
        for (Agency a : agencies) {
            if (agencyById.putIfAbsent(a.id(), a) != null) {
                duplicate(SubjectKind.AGENCY, a.id().value());
            }
        }
        for (Agency a : agencies) {
            String id = a.id().value();
            checkRegion(a.homeRegion(), null, SubjectKind.AGENCY, id, "homeRegion");
            a.parent().ifPresent(p -> checkAgency(p, SubjectKind.AGENCY, id, "parent"));
        }
    }

    // ---- authorities

    private void checkAuthorities() {
        Set<String> ids = new HashSet<>();
        for (Authority a : authorities) {
            if (!ids.add(a.id())) {
                duplicate(SubjectKind.AUTHORITY, a.id());
            }
            authoritiesByHolder.computeIfAbsent(a.holder(), k -> new ArrayList<>()).add(a);
            boolean holderKnown = checkAgency(a.holder(), SubjectKind.AUTHORITY, a.id(), "holder");
            checkServices(List.copyOf(a.services()), SubjectKind.AUTHORITY, a.id(), "services");
            int i = 0;
            boolean territoryKnown = true;
            for (RegionCode t : a.territory()) {
                territoryKnown &= checkRegion(t, null, SubjectKind.AUTHORITY, a.id(), "territory[" + i++ + "]");
            }
            checkOrdered(a.validity(), SubjectKind.AUTHORITY, a.id());
            if (holderKnown && territoryKnown) {
                RegionCode home = agencyById.get(a.holder()).homeRegion();
                boolean related = a.territory().stream().anyMatch(t -> t.isWithin(home) || home.isWithin(t));
                if (!related) {
                    add(ProblemKind.HOLDER_OUTSIDE_TERRITORY, Severity.WARNING, SubjectKind.AUTHORITY, a.id(),
                            "holder", msg("config.holder-outside-territory", a.holder().value(), home.value(),
                                    a.territory().toString()), List.of());
                }
            }
        }
    }

    /** Two authorities for one service whose territories nest or coincide and whose validities overlap. */
    private void checkAuthorityOverlaps() {
        Map<RegionCode, List<Authority>> byTerritory = new HashMap<>();
        for (Authority a : authorities) {
            for (RegionCode t : a.territory()) {
                byTerritory.computeIfAbsent(t, k -> new ArrayList<>(4)).add(a);
            }
        }
        Set<String> reported = new HashSet<>();
        byTerritory.forEach((region, here) -> {
            for (int i = 0; i < here.size(); i++) {
                for (int j = i + 1; j < here.size(); j++) {
                    compareAuthorities(here.get(i), here.get(j), region, reported);
                }
            }
            for (RegionCode up = region.parent().orElse(null); up != null; up = up.parent().orElse(null)) {
                for (Authority above : byTerritory.getOrDefault(up, List.of())) {
                    for (Authority a : here) {
                        compareAuthorities(above, a, region, reported);
                    }
                }
            }
        });
    }

    private void compareAuthorities(Authority a, Authority b, RegionCode where, Set<String> reported) {
        if (a == b) {
            return;
        }
        for (ServiceCode s : a.services()) {
            if (b.covers(s)) {
                reportAuthorityOverlap(a, b, s, where, reported);
                return;
            }
        }
    }

    private void reportAuthorityOverlap(Authority a, Authority other, ServiceCode s, RegionCode where,
            Set<String> reported) {
        if (a == other || a.id().equals(other.id()) || !a.validity().overlaps(other.validity())) {
            return;
        }
        String first = a.id().compareTo(other.id()) <= 0 ? a.id() : other.id();
        String second = first.equals(a.id()) ? other.id() : a.id();
        if (reported.add(first + "\u0000" + second)) {
            add(ProblemKind.AMBIGUOUS_AUTHORITIES, Severity.ERROR, SubjectKind.AUTHORITY, second, "",
                    msg("config.ambiguous-authorities", first, second, s.value(), where.value()), List.of());
        }
    }

    // ---- delegations

    private void checkDelegations() {
        Set<String> ids = new HashSet<>();
        for (Delegation d : delegations) {
            String id = d.id();
            if (!ids.add(id)) {
                duplicate(SubjectKind.DELEGATION, id);
            }
            boolean delegatorKnown = checkAgency(d.delegator(), SubjectKind.DELEGATION, id, "delegator");
            boolean delegateKnown = checkAgency(d.delegate(), SubjectKind.DELEGATION, id, "delegate");
            if (d.delegator().equals(d.delegate())) {
                add(ProblemKind.SELF_DELEGATION, Severity.ERROR, SubjectKind.DELEGATION, id, "delegate",
                        msg("config.self-delegation", d.delegator().value()), List.of());
            }
            List<ServiceCode> services = List.copyOf(d.services());
            boolean[] serviceKnown = checkServices(services, SubjectKind.DELEGATION, id, "services");
            List<RegionCode> kecamatan = List.copyOf(d.kecamatan());
            boolean[] kecamatanKnown = new boolean[kecamatan.size()];
            for (int k = 0; k < kecamatan.size(); k++) {
                kecamatanKnown[k] = checkRegion(kecamatan.get(k), RegionLevel.DISTRICT, SubjectKind.DELEGATION, id,
                        "kecamatan[" + k + "]");
            }
            checkOrdered(d.validity(), SubjectKind.DELEGATION, id);
            d.revocation().ifPresent(r -> {
                if (r.effective().isBefore(d.validity().effectiveFrom())) {
                    add(ProblemKind.DATES_OUT_OF_ORDER, Severity.ERROR, SubjectKind.DELEGATION, id,
                            "revocation.effective", msg("config.dates.revocation", r.effective().toString(),
                                    d.validity().effectiveFrom().toString()), List.of());
                }
            });
            if (delegatorKnown) {
                checkWithinAuthority(d, services, serviceKnown, kecamatan, kecamatanKnown, delegateKnown);
            }
            checkConditionAttributes(d, services, serviceKnown);
        }
    }

    private void checkWithinAuthority(Delegation d, List<ServiceCode> services, boolean[] serviceKnown,
            List<RegionCode> kecamatan, boolean[] kecamatanKnown, boolean delegateKnown) {
        Map<ServiceCode, List<Authority>> held = heldByService(d.delegator());
        Set<RegionCode> territoryOfDelegated = new HashSet<>();
        for (int s = 0; s < services.size(); s++) {
            ServiceCode service = services.get(s);
            List<Authority> forService = held.getOrDefault(service, List.of());
            if (forService.isEmpty()) {
                if (serviceKnown[s]) {
                    add(ProblemKind.DELEGATION_EXCEEDS_AUTHORITY, Severity.ERROR, SubjectKind.DELEGATION, d.id(),
                            "services[" + s + "]", msg("config.delegation-exceeds-authority",
                                    d.delegator().value(), service.value()), List.of());
                }
                continue;
            }
            forService.forEach(a -> territoryOfDelegated.addAll(a.territory()));
            for (int k = 0; k < kecamatan.size(); k++) {
                RegionCode kc = kecamatan.get(k);
                List<Authority> covering = new ArrayList<>(1);
                for (Authority a : forService) {
                    if (a.covers(kc)) {
                        covering.add(a);
                    }
                }
                if (covering.isEmpty()) {
                    if (kecamatanKnown[k]) {
                        add(ProblemKind.DELEGATION_OUTSIDE_TERRITORY, Severity.ERROR, SubjectKind.DELEGATION, d.id(),
                                "kecamatan[" + k + "]", msg("config.delegation-outside-territory", kc.value(),
                                        d.delegator().value(), service.value()), List.of());
                    }
                } else if (d.validity().isOrdered()
                        && covering.stream().noneMatch(a -> contains(a.validity(), d.effectiveValidity()))) {
                    add(ProblemKind.DELEGATION_OUTLIVES_AUTHORITY, Severity.WARNING, SubjectKind.DELEGATION, d.id(),
                            "validity", msg("config.delegation-outlives-authority", service.value(), kc.value(),
                                    covering.get(0).id(), covering.get(0).validity().toString()), List.of());
                }
            }
        }
        if (delegateKnown && !territoryOfDelegated.isEmpty()) {
            RegionCode home = agencyById.get(d.delegate()).homeRegion();
            if (territoryOfDelegated.stream().noneMatch(home::isWithin)) {
                add(ProblemKind.DELEGATE_OUTSIDE_TERRITORY, Severity.ERROR, SubjectKind.DELEGATION, d.id(), "delegate",
                        msg("config.delegate-outside-territory", d.delegate().value(), home.value(),
                                d.delegator().value()), List.of());
            }
        }
    }

    /** The delegator's authorities by service, computed once per delegator. */
    private Map<ServiceCode, List<Authority>> heldByService(AgencyId holder) {
        return heldByService.computeIfAbsent(holder, h -> {
            Map<ServiceCode, List<Authority>> byService = new HashMap<>();
            for (Authority a : authoritiesByHolder.getOrDefault(h, List.of())) {
                for (ServiceCode s : a.services()) {
                    byService.computeIfAbsent(s, k -> new ArrayList<>(1)).add(a);
                }
            }
            return byService;
        });
    }

    private static boolean contains(Validity outer, Validity inner) {
        if (inner.effectiveFrom().isBefore(outer.effectiveFrom())) {
            return false;
        }
        if (outer.effectiveUntil().isEmpty()) {
            return true;
        }
        return inner.effectiveUntil().isPresent() && !inner.effectiveUntil().get().isAfter(outer.effectiveUntil().get());
    }

    /** A condition on an attribute no version of the service's form has, or of another type, can never be met as meant. */
    private void checkConditionAttributes(Delegation d, List<ServiceCode> services, boolean[] serviceKnown) {
        for (int c = 0; c < d.conditions().size(); c++) {
            Condition condition = d.conditions().get(c);
            for (int s = 0; s < services.size(); s++) {
                if (!serviceKnown[s]) {
                    continue;
                }
                List<ServiceStandard> versions = catalogue.versions(services.get(s));
                Optional<FormAttribute> attribute = versions.stream()
                        .flatMap(v -> v.attribute(condition.attribute()).stream()).reduce((x, y) -> y);
                if (attribute.isEmpty()) {
                    List<String> known = versions.stream().flatMap(v -> v.formAttributes().stream())
                            .map(FormAttribute::code).distinct().toList();
                    add(ProblemKind.CONDITION_ATTRIBUTE, Severity.ERROR, SubjectKind.DELEGATION, d.id(),
                            "conditions[" + c + "]", msg("config.condition.unknown-attribute",
                                    condition.attribute(), services.get(s).value()),
                            Suggestions.closest(condition.attribute(), known));
                } else if (!compatible(condition.type(), attribute.get().type())) {
                    add(ProblemKind.CONDITION_ATTRIBUTE, Severity.ERROR, SubjectKind.DELEGATION, d.id(),
                            "conditions[" + c + "]", msg("config.condition.type", condition.expression(),
                                    condition.type().name(), attribute.get().type().name(), services.get(s).value()),
                            List.of());
                }
            }
        }
    }

    private static boolean compatible(ConditionType condition, AttributeType attribute) {
        return switch (condition) {
            case NUMBER -> attribute == AttributeType.NUMBER;
            case DATE -> attribute == AttributeType.DATE;
            case TEXT -> attribute != AttributeType.NUMBER && attribute != AttributeType.DATE;
        };
    }

    /** Two delegations of one service and kecamatan, in force on a common day, whose conditions can hold together. */
    private void checkDelegationOverlaps() {
        Map<RegionCode, List<Delegation>> byKecamatan = new HashMap<>();
        for (Delegation d : delegations) {
            for (RegionCode k : d.kecamatan()) {
                byKecamatan.computeIfAbsent(k, x -> new ArrayList<>(2)).add(d);
            }
        }
        Set<String> reported = new HashSet<>();
        byKecamatan.forEach((kecamatan, here) -> {
            for (int i = 0; i < here.size(); i++) {
                for (int j = i + 1; j < here.size(); j++) {
                    compareDelegations(here.get(i), here.get(j), kecamatan, reported);
                }
            }
        });
    }

    private void compareDelegations(Delegation first, Delegation second, RegionCode kecamatan, Set<String> reported) {
        if (first.id().equals(second.id()) || !first.effectiveValidity().overlaps(second.effectiveValidity())) {
            return;
        }
        for (ServiceCode s : first.services()) {
            if (second.covers(s)) {
                if (!ConditionOverlap.disjoint(first.conditions(), second.conditions())
                        && reported.add(first.id() + "\u0000" + second.id())) {
                    add(ProblemKind.AMBIGUOUS_DELEGATIONS, Severity.ERROR, SubjectKind.DELEGATION, second.id(), "",
                            msg("config.ambiguous-delegations", first.id(), second.id(), s.value(), kecamatan.value()),
                            List.of());
                }
                return;
            }
        }
    }

    // ---- agreements

    private void checkAgreements() {
        Set<String> ids = new HashSet<>();
        for (CooperationAgreement g : agreements) {
            String id = g.id();
            if (!ids.add(id)) {
                duplicate(SubjectKind.AGREEMENT, id);
            }
            Set<RegionCode> seen = new HashSet<>();
            for (int p = 0; p < g.parties().size(); p++) {
                AgreementParty party = g.parties().get(p);
                String field = "parties[" + p + "]";
                checkRegion(party.region(), RegionLevel.REGENCY, SubjectKind.AGREEMENT, id, field + ".region");
                if (!seen.add(party.region())) {
                    add(ProblemKind.AGREEMENT_PARTIES, Severity.ERROR, SubjectKind.AGREEMENT, id, field + ".region",
                            msg("config.agreement.party-twice", party.region().value()), List.of());
                }
                checkServices(List.copyOf(party.accepts()), SubjectKind.AGREEMENT, id, field + ".accepts");
            }
            checkOrdered(g.validity(), SubjectKind.AGREEMENT, id);
            if (g.signed().isAfter(g.validity().effectiveFrom())) {
                add(ProblemKind.DATES_OUT_OF_ORDER, Severity.WARNING, SubjectKind.AGREEMENT, id, "signed",
                        msg("config.dates.signed", g.signed().toString(), g.validity().effectiveFrom().toString()),
                        List.of());
            }
            g.termination().ifPresent(t -> {
                if (t.effective().isBefore(g.validity().effectiveFrom())) {
                    add(ProblemKind.DATES_OUT_OF_ORDER, Severity.ERROR, SubjectKind.AGREEMENT, id,
                            "termination.effective", msg("config.dates.revocation", t.effective().toString(),
                                    g.validity().effectiveFrom().toString()), List.of());
                }
            });
        }
    }

    /** Two agreements letting the same counter region accept the same service for the same partner on a common day. */
    private void checkAgreementOverlaps() {
        Map<String, List<CooperationAgreement>> byPair = new HashMap<>();
        for (CooperationAgreement g : agreements) {
            for (AgreementParty a : g.parties()) {
                for (AgreementParty b : g.parties()) {
                    if (a.region().compareTo(b.region()) < 0) {
                        byPair.computeIfAbsent(a.region().value() + "|" + b.region().value(),
                                k -> new ArrayList<>(1)).add(g);
                    }
                }
            }
        }
        Set<String> reported = new HashSet<>();
        for (List<CooperationAgreement> same : byPair.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    compareAgreements(same.get(i), same.get(j), reported);
                }
            }
        }
    }

    private void compareAgreements(CooperationAgreement first, CooperationAgreement second, Set<String> reported) {
        if (first.id().equals(second.id()) || !first.effectiveValidity().overlaps(second.effectiveValidity())) {
            return;
        }
        for (AgreementParty filing : second.parties()) {
            AgreementParty earlier = first.party(filing.region()).orElse(null);
            if (earlier == null) {
                continue;
            }
            for (ServiceCode s : filing.accepts()) {
                if (earlier.accepts(s) && reported.add(first.id() + "\u0000" + second.id())) {
                    AgreementParty partner = second.parties().stream().filter(p -> p != filing).findFirst()
                            .orElseThrow();
                    add(ProblemKind.OVERLAPPING_AGREEMENTS, Severity.WARNING, SubjectKind.AGREEMENT, second.id(), "",
                            msg("config.overlapping-agreements", first.id(), second.id(), s.value(),
                                    filing.region().value(), partner.region().value()), List.of());
                    return;
                }
            }
        }
    }

    // ---- shared checks

    private boolean checkAgency(AgencyId id, SubjectKind kind, String subject, String field) {
        if (agencyById.containsKey(id)) {
            return true;
        }
        List<String> known = agencyById.keySet().stream().map(AgencyId::value).sorted().toList();
        add(ProblemKind.UNKNOWN_AGENCY, Severity.ERROR, kind, subject, field, msg("config.unknown-agency", id.value()),
                Suggestions.closest(id.value(), known));
        return false;
    }

    private boolean[] checkServices(List<ServiceCode> services, SubjectKind kind, String subject, String field) {
        boolean[] known = new boolean[services.size()];
        for (int i = 0; i < services.size(); i++) {
            ServiceCode s = services.get(i);
            known[i] = catalogue.contains(s);
            if (!known[i]) {
                List<String> codes = catalogue.serviceTypes().stream().map(t -> t.code().value()).toList();
                add(ProblemKind.UNKNOWN_SERVICE, Severity.ERROR, kind, subject, field + "[" + i + "]",
                        msg("config.unknown-service", s.value()), Suggestions.closest(s.value(), codes));
            }
        }
        return known;
    }

    /** Checks that a region exists (and has the expected level, when one is given). */
    private boolean checkRegion(RegionCode code, RegionLevel level, SubjectKind kind, String subject, String field) {
        if (level != null && code.level() != level) {
            add(ProblemKind.WRONG_REGION_LEVEL, Severity.ERROR, kind, subject, field,
                    msg("config.region-level", code.value(), levelName(code.level()), levelName(level)),
                    levelSuggestions(code, level));
            return false;
        }
        if (regions.contains(code)) {
            return true;
        }
        add(ProblemKind.UNKNOWN_REGION, Severity.ERROR, kind, subject, field, msg("config.unknown-region", code.value()),
                regionSuggestions(code));
        return false;
    }

    private List<String> regionSuggestions(RegionCode code) {
        RegionCode known = code.parent().orElse(null);
        while (known != null && !regions.contains(known)) {
            known = known.parent().orElse(null);
        }
        List<Region> candidates = known == null ? regions.all(RegionLevel.PROVINCE) : regions.children(known);
        List<String> codes = candidates.stream().filter(r -> r.level() == code.level())
                .map(r -> r.code().value()).toList();
        return named(Suggestions.closest(code.value(), codes));
    }

    /** For a region of the wrong level: its enclosing region of the right level, or its children if fewer than four. */
    private List<String> levelSuggestions(RegionCode code, RegionLevel level) {
        if (level.segments() < code.level().segments()) {
            return named(List.of(code.truncate(level).value()));
        }
        List<Region> children = regions.children(code);
        return children.size() <= 3 && children.stream().allMatch(r -> r.level() == level)
                ? children.stream().map(r -> r.code().value() + " " + r.name()).toList() : List.of();
    }

    private List<String> named(List<String> codes) {
        return codes.stream().map(c -> regions.find(c).map(r -> c + " " + r.name()).orElse(c)).toList();
    }

    private static LocalizedMessage levelName(RegionLevel level) {
        return msg("region.level." + level.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void checkOrdered(Validity v, SubjectKind kind, String subject) {
        if (!v.isOrdered()) {
            add(ProblemKind.DATES_OUT_OF_ORDER, Severity.ERROR, kind, subject, "validity.until",
                    msg("config.dates.validity", v.effectiveUntil().orElseThrow().toString(),
                            v.effectiveFrom().toString()), List.of());
        }
    }

    private void duplicate(SubjectKind kind, String id) {
        add(ProblemKind.DUPLICATE_ID, Severity.ERROR, kind, id, "id",
                msg("config.duplicate-id", msg("subject." + kind.configName()), id), List.of());
    }

    private void add(ProblemKind kind, Severity severity, SubjectKind subjectKind, String id, String field,
            LocalizedMessage message, List<String> suggestions) {
        SourceLocation source = sources.get(AuthorityConfiguration.sourceKey(subjectKind, id));
        problems.add(new ConfigurationProblem(kind, severity, subjectKind, id, field, source, message, suggestions));
    }

    private static LocalizedMessage msg(String key, Object... args) {
        return LocalizedMessage.of(BUNDLE, key, args);
    }
}
