package id.simpul.sdk.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import id.simpul.sdk.SimpulException;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.agency.AgencyKind;
import id.simpul.sdk.authority.AgreementKind;
import id.simpul.sdk.authority.AgreementParty;
import id.simpul.sdk.authority.Authority;
import id.simpul.sdk.authority.AuthorityConfiguration;
import id.simpul.sdk.authority.Condition;
import id.simpul.sdk.authority.ConfigurationProblem;
import id.simpul.sdk.authority.InvalidAuthorityConfigurationException;
import id.simpul.sdk.authority.CooperationAgreement;
import id.simpul.sdk.authority.Delegation;
import id.simpul.sdk.authority.FeeAttribution;
import id.simpul.sdk.authority.LegalInstrument;
import id.simpul.sdk.authority.Revocation;
import id.simpul.sdk.authority.Severity;
import id.simpul.sdk.authority.SourceLocation;
import id.simpul.sdk.authority.SubjectKind;
import id.simpul.sdk.authority.Validity;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.config.ConfigMessages;
import id.simpul.sdk.config.ConfigProblem;
import id.simpul.sdk.region.RegionCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code authorities.yaml}, {@code delegations.yaml} and {@code agreements.yaml} into the
 * kewenangan engine's model, has {@link AuthorityConfiguration} check the engine rules, and places
 * each of its problems back at the file, line and field it came from.
 *
 * <p>A delegation written with {@code toCamatOf} becomes one engine delegation per kecamatan, to
 * that kecamatan's own office, identified {@code <id>.<kecamatan code>}.
 */
public final class AuthorityFilesReader {

    private static final Pattern INDEXED = Pattern.compile("^([A-Za-z]+)\\[(\\d+)](.*)$");

    /** Where a model item came from and how its fields map to the YAML. */
    private record Origin(String file, YamlTree tree, String at, UnaryOperator<String> fields) {
    }

    private final ConfigReader config;
    private final AuthorityConfiguration.Builder builder = AuthorityConfiguration.builder();
    private final Map<String, Origin> origins = new HashMap<>();
    /** Delegations written with toCamatOf, by the id written in the file. */
    private final Map<String, Origin> groups = new HashMap<>();
    private final Map<String, String> agencyOrigins = new HashMap<>();
    private boolean readable = true;
    private Map<RegionCode, List<AgencyId>> kecamatanOffices;

    private AuthorityFilesReader(ConfigReader config) {
        this.config = config;
    }

    /**
     * Checks the engine rules on what could be read and records their problems; answers the engine
     * configuration when no error at all was found. Needs a readable foundation and authorities.yaml
     * (otherwise every reference to them would be reported again); a delegations or agreements file
     * that failed its schema is left out, and the rest still checked.
     */
    public static Optional<AuthorityConfiguration> read(ConfigReader config) {
        if (!config.foundationReadable() || config.tree(ConfigReader.AUTHORITIES).isEmpty()) {
            return Optional.empty();
        }
        AuthorityFilesReader r = new AuthorityFilesReader(config);
        r.builder.regions(config.regions().registry()).catalogue(config.catalogue());
        config.agencies().values().forEach(a -> r.builder.agency(a, null));
        r.readAuthorities();
        r.readDelegations();
        r.readAgreements();
        AuthorityConfiguration built;
        try {
            built = r.builder.build();
        } catch (InvalidAuthorityConfigurationException e) {
            e.report().problems().forEach(p -> config.addProblem(r.place(p)));
            return Optional.empty();
        }
        built.report().problems().forEach(p -> config.addProblem(r.place(p)));
        if (!r.readable || config.problems().stream().anyMatch(ConfigProblem::isError)) {
            return Optional.empty();
        }
        return Optional.of(built);
    }

    // ---- authorities.yaml

    private void readAuthorities() {
        config.tree(ConfigReader.AUTHORITIES).ifPresent(tree -> {
            FileProblems p = new FileProblems(ConfigReader.AUTHORITIES, tree, config.problems());
            JsonNode list = tree.root().get("authorities");
            for (int i = 0; i < list.size(); i++) {
                String at = YamlTree.item("authorities", i);
                JsonNode a = list.get(i);
                String id = a.get("id").asText();
                if (!unique(p, SubjectKind.AUTHORITY, id, at)) {
                    continue;
                }
                try {
                    Authority.Builder b = Authority.builder().id(id).holder(a.get("holder").asText())
                            .services(codes(a.get("services"))).territory(regions(a.get("territory")))
                            .validity(validity(a)).requiresDelegation(a.path("onlyThroughDelegation").asBoolean(false));
                    a.get("legalBasis").forEach(r -> b.legalBasis(instrument(r)));
                    Authority authority = b.build();
                    origins.put(key(SubjectKind.AUTHORITY, id), new Origin(p.file(), tree, at, field -> mapField(field,
                            Map.of("services", sortedToYaml(a.get("services")),
                                    "territory", sortedToYaml(a.get("territory"))), a)));
                    builder.authority(authority, location(p, at));
                } catch (SimpulException e) {
                    reject(p, at, e);
                }
            }
        });
    }

    // ---- delegations.yaml

    private void readDelegations() {
        config.tree(ConfigReader.DELEGATIONS).ifPresent(tree -> {
            FileProblems p = new FileProblems(ConfigReader.DELEGATIONS, tree, config.problems());
            JsonNode list = tree.root().get("delegations");
            for (int i = 0; i < list.size(); i++) {
                String at = YamlTree.item("delegations", i);
                JsonNode d = list.get(i);
                String id = d.get("id").asText();
                if (unique(p, SubjectKind.DELEGATION, id, at)) {
                    readDelegation(p, tree, at, d, id);
                }
            }
        });
    }

    private void readDelegation(FileProblems p, YamlTree tree, String at, JsonNode d, String id) {
        boolean toCamat = d.has("toCamatOf");
        boolean explicit = d.has("delegate") || d.has("kecamatan");
        if (toCamat == explicit || explicit && !(d.has("delegate") && d.has("kecamatan"))) {
            p.at(at, "delegation.target", id);
            readable = false;
            return;
        }
        List<Condition> conditions = new ArrayList<>();
        JsonNode cs = d.get("conditions");
        for (int c = 0; cs != null && c < cs.size(); c++) {
            try {
                conditions.add(Condition.parse(cs.get(c).asText()));
            } catch (SimpulException e) {
                p.at(YamlTree.item(YamlTree.child(at, "conditions"), c), "engine.rule",
                        ConfigMessagesBridge.of(e), ConfigMessages.of("hint.condition"));
                readable = false;
                return;
            }
        }
        UnaryOperator<String> common = field -> mapField(field,
                Map.of("services", sortedToYaml(d.get("services")), "conditions", index -> index), d);
        Shared shared;
        try {
            shared = new Shared(AgencyId.of(d.get("delegator").asText()), codes(d.get("services")), conditions,
                    instrument(d.get("instrument")), validity(d), revocation(d.get("revocation")));
        } catch (SimpulException e) {
            reject(p, at, e);
            return;
        }
        if (explicit) {
            add(p, tree, at, shared, id, AgencyId.of(d.get("delegate").asText()), regions(d.get("kecamatan")),
                    field -> field.startsWith("kecamatan[")
                            ? mapField(field, Map.of("kecamatan", sortedToYaml(d.get("kecamatan"))), d)
                            : common.apply(field));
            return;
        }
        groups.put(key(SubjectKind.DELEGATION, id), new Origin(p.file(), tree, at, common));
        JsonNode camat = d.get("toCamatOf");
        for (int k = 0; k < camat.size(); k++) {
            String kecamatanAt = YamlTree.item(YamlTree.child(at, "toCamatOf"), k);
            Optional<RegionCode> code = RegionCode.tryParse(camat.get(k).asText());
            if (code.isEmpty()) {
                config.regions().require(p, kecamatanAt, camat.get(k).asText(), null);
                readable = false;
                continue;
            }
            RegionCode kecamatan = code.get();
            Optional<AgencyId> office = kecamatanOffice(p, kecamatanAt, kecamatan);
            if (office.isEmpty()) {
                continue;
            }
            String yamlK = "toCamatOf[" + k + "]";
            add(p, tree, at, shared, id + "." + kecamatan.value(), office.get(), List.of(kecamatan),
                    field -> field.equals("delegate") || field.startsWith("kecamatan[") ? yamlK : common.apply(field));
        }
    }

    private Optional<AgencyId> kecamatanOffice(FileProblems p, String at, RegionCode kecamatan) {
        if (kecamatanOffices == null) {
            kecamatanOffices = new HashMap<>();
            config.agencies().values().stream().filter(a -> a.kind() == AgencyKind.DISTRICT_OFFICE).forEach(a ->
                    kecamatanOffices.computeIfAbsent(a.homeRegion(), k -> new ArrayList<>()).add(a.id()));
        }
        List<AgencyId> offices = kecamatanOffices.getOrDefault(kecamatan, List.of());
        if (offices.size() == 1) {
            return Optional.of(offices.get(0));
        }
        if (config.regions().registry().find(kecamatan).isEmpty()) {
            config.regions().require(p, at, kecamatan.value(), null);
        } else {
            p.at(at, offices.isEmpty() ? "delegation.no-camat" : "delegation.many-camat", kecamatan.value(),
                    offices.toString());
        }
        readable = false;
        return Optional.empty();
    }

    /** What every delegation expanded from one entry shares, read once. */
    private record Shared(AgencyId delegator, List<ServiceCode> services, List<Condition> conditions,
                          LegalInstrument instrument, Validity validity, Revocation revocation) {
    }

    private void add(FileProblems p, YamlTree tree, String at, Shared shared, String id, AgencyId delegate,
                     List<RegionCode> kecamatan, UnaryOperator<String> fields) {
        try {
            Delegation.Builder b = Delegation.builder().id(id).delegator(shared.delegator()).delegate(delegate)
                    .services(shared.services()).kecamatan(kecamatan).instrument(shared.instrument())
                    .validity(shared.validity()).revocation(shared.revocation());
            shared.conditions().forEach(b::condition);
            Delegation delegation = b.build();
            origins.put(key(SubjectKind.DELEGATION, id), new Origin(p.file(), tree, at, fields));
            builder.delegation(delegation, location(p, at));
        } catch (SimpulException e) {
            reject(p, at, e);
        }
    }

    // ---- agreements.yaml

    private void readAgreements() {
        config.tree(ConfigReader.AGREEMENTS).ifPresent(tree -> {
            FileProblems p = new FileProblems(ConfigReader.AGREEMENTS, tree, config.problems());
            JsonNode list = tree.root().get("agreements");
            for (int i = 0; i < list.size(); i++) {
                String at = YamlTree.item("agreements", i);
                JsonNode g = list.get(i);
                String id = g.get("id").asText();
                if (unique(p, SubjectKind.AGREEMENT, id, at)) {
                    readAgreement(p, tree, at, g, id);
                }
            }
        });
    }

    private void readAgreement(FileProblems p, YamlTree tree, String at, JsonNode g, String id) {
        try {
            CooperationAgreement.Builder b = CooperationAgreement.builder().id(id)
                    .kind(AgreementKind.fromConfigName(g.get("kind").asText()).orElseThrow())
                    .instrument(instrument(g.get("number"))).signed(CatalogueReader.date(g.get("signed")))
                    .validity(validity(g)).termination(revocation(g.get("termination")));
            JsonNode parties = g.get("parties");
            for (JsonNode party : parties) {
                Set<String> shared = new LinkedHashSet<>();
                JsonNode fields = party.get("sharedFields");
                if (fields != null) {
                    fields.forEach(f -> shared.add(f.asText()));
                }
                b.party(AgreementParty.of(RegionCode.parse(party.get("region").asText()), codes(party.get("accepts")),
                        shared, FeeAttribution.fromConfigName(party.path("fee").asText("daerah-berwenang")).orElseThrow()));
            }
            CooperationAgreement agreement = b.build();
            origins.put(key(SubjectKind.AGREEMENT, id), new Origin(p.file(), tree, at, field -> {
                Matcher m = Pattern.compile("^parties\\[(\\d+)]\\.accepts\\[(\\d+)]$").matcher(field);
                if (m.matches()) {
                    JsonNode accepts = parties.get(Integer.parseInt(m.group(1))).get("accepts");
                    return "parties[" + m.group(1) + "].accepts" + sortedToYaml(accepts).apply("[" + m.group(2) + "]");
                }
                return mapField(field, Map.of(), g);
            }));
            builder.agreement(agreement, location(p, at));
        } catch (SimpulException e) {
            reject(p, at, e);
        }
    }

    // ---- placing engine problems

    private ConfigProblem place(ConfigurationProblem problem) {
        Origin origin = origins.get(key(problem.subjectKind(), problem.subjectId()));
        String file;
        String field;
        YamlTree.Position position;
        if (origin == null) {
            file = problem.subjectKind() == SubjectKind.AGENCY ? ConfigReader.AGENCIES : ConfigReader.REGENCY;
            field = "";
            position = new YamlTree.Position(0, 0);
        } else {
            file = origin.file();
            String mapped = problem.field().isEmpty() ? "" : origin.fields().apply(problem.field());
            field = mapped.isEmpty() ? YamlTree.child(origin.at(), "id") : YamlTree.child(origin.at(), mapped);
            position = origin.tree().valuePosition(field);
        }
        String suffix = problem.code().substring(problem.code().lastIndexOf('.') + 1);
        String suggestions = problem.suggestions().isEmpty() ? "-" : String.join(", ", problem.suggestions());
        return new ConfigProblem(file, position.line(), position.column(), field, problem.code(),
                problem.localizedMessage(), ConfigMessages.of("engine." + suffix + ".fix", suggestions,
                        problem.subjectId()),
                problem.severity() == Severity.ERROR ? ConfigProblem.Severity.ERROR : ConfigProblem.Severity.WARNING);
    }

    /** Maps a model field ({@code services[2]}, {@code validity.until}) to the YAML field of the entry. */
    private static String mapField(String field, Map<String, UnaryOperator<String>> sorted, JsonNode entry) {
        Matcher m = INDEXED.matcher(field);
        if (m.matches() && sorted.containsKey(m.group(1))) {
            return m.group(1) + sorted.get(m.group(1)).apply("[" + m.group(2) + "]") + m.group(3);
        }
        return switch (field) {
            case "validity", "validity.from" -> "effectiveFrom";
            case "validity.until" -> entry.has("effectiveUntil") ? "effectiveUntil" : "effectiveFrom";
            case "number" -> "number";
            default -> field;
        };
    }

    /** The engine keeps codes in sorted order; maps "[i]" of the sorted list to "[j]" of the YAML list. */
    private static UnaryOperator<String> sortedToYaml(JsonNode list) {
        List<String> written = new ArrayList<>();
        list.forEach(n -> written.add(n.asText()));
        List<String> sorted = written.stream().distinct().sorted().toList();
        return index -> {
            int i = Integer.parseInt(index.substring(1, index.length() - 1));
            return i < sorted.size() ? "[" + written.indexOf(sorted.get(i)) + "]" : index;
        };
    }

    // ---- helpers

    private boolean unique(FileProblems p, SubjectKind kind, String id, String at) {
        Origin first = origins.get(key(kind, id));
        if (first == null) {
            first = groups.get(key(kind, id));
        }
        if (first == null) {
            return true;
        }
        String firstAt = first.at();
        p.at(YamlTree.child(at, "id"), "entry.duplicate", id, firstAt.isEmpty() ? p.file()
                : p.file() + ":" + p.tree().valuePosition(firstAt).line());
        readable = false;
        return false;
    }

    private void reject(FileProblems p, String at, SimpulException e) {
        p.at(at, "engine.rule", ConfigMessagesBridge.of(e), ConfigMessagesBridge.fix());
        readable = false;
    }

    private static SourceLocation location(FileProblems p, String at) {
        YamlTree.Position pos = p.tree().valuePosition(at);
        return SourceLocation.of(p.file(), pos.line(), pos.column());
    }

    private static String key(SubjectKind kind, String id) {
        return kind.name() + ":" + id;
    }

    private static List<ServiceCode> codes(JsonNode list) {
        List<ServiceCode> out = new ArrayList<>();
        list.forEach(n -> out.add(ServiceCode.of(n.asText())));
        return out;
    }

    private static List<RegionCode> regions(JsonNode list) {
        List<RegionCode> out = new ArrayList<>();
        list.forEach(n -> out.add(RegionCode.parse(n.asText())));
        return out;
    }

    private static LegalInstrument instrument(JsonNode r) {
        return LegalInstrument.of(r.get("instrument").asText(), r.has("provision") ? r.get("provision").asText() : "");
    }

    private static Validity validity(JsonNode entry) {
        return Validity.between(CatalogueReader.date(entry.get("effectiveFrom")),
                CatalogueReader.date(entry.get("effectiveUntil")));
    }

    private static Revocation revocation(JsonNode r) {
        return r == null ? null : Revocation.of(instrument(r.get("instrument")), CatalogueReader.date(r.get("effective")));
    }
}
