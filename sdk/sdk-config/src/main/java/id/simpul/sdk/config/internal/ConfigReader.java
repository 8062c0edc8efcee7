package id.simpul.sdk.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.agency.AgencyKind;
import id.simpul.sdk.catalogue.InvalidCatalogueException;
import id.simpul.sdk.catalogue.ServiceCatalogue;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.config.ConfigMessages;
import id.simpul.sdk.config.ConfigProblem;
import id.simpul.sdk.config.ConfigSource;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads every file of a configuration folder, in three passes: YAML syntax, JSON Schema, then the
 * model (region dataset, references between files, SDK value rules). A file that fails an early
 * pass is not read further, so one mistake is reported once; the other files are still read, so
 * every independent mistake is reported in the same run.
 */
public final class ConfigReader {

    public static final String REGENCY = "regency.yaml";
    public static final String AGENCIES = "agencies.yaml";
    public static final String AUTHORITIES = "authorities.yaml";
    public static final String DELEGATIONS = "delegations.yaml";
    public static final String AGREEMENTS = "agreements.yaml";
    public static final String CATALOGUE_FOLDER = "catalogue/";

    private static final Map<String, String> SCHEMAS = Map.of(
            REGENCY, "regency-config-regency.schema.json",
            AGENCIES, "regency-config-agencies.schema.json",
            AUTHORITIES, "regency-config-authorities.schema.json",
            DELEGATIONS, "regency-config-delegations.schema.json",
            AGREEMENTS, "regency-config-agreements.schema.json");
    private static final String SERVICE_SCHEMA = "regency-config-service.schema.json";
    private static final Set<String> REQUIRED = Set.of(REGENCY, AGENCIES, AUTHORITIES);

    private final ConfigSource source;
    private final RegionChecks regions;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Map<String, YamlTree> valid = new LinkedHashMap<>();
    private int fileCount;

    private RegionCode node;
    private String nodeName;
    private final List<RegionCode> regencies = new ArrayList<>();
    private final Map<AgencyId, Agency> agencies = new LinkedHashMap<>();
    private final Map<AgencyId, String> agencyFields = new LinkedHashMap<>();
    private ServiceCatalogue catalogue = ServiceCatalogue.empty();
    private final Map<ServiceCode, String> serviceFiles = new LinkedHashMap<>();

    private ConfigReader(ConfigSource source, RegionRegistry regions) {
        this.source = source;
        this.regions = new RegionChecks(regions);
    }

    /** Reads and checks everything except the authority rules, which need the finished model. */
    public static ConfigReader read(ConfigSource source, RegionRegistry regions) {
        ConfigReader r = new ConfigReader(source, regions);
        r.parseAll();
        r.readRegency();
        r.readAgencies();
        r.readCatalogue();
        return r;
    }

    private void parseAll() {
        List<String> files = source.files();
        if (files.isEmpty()) {
            problems.add(wholeFile(REGENCY, "folder.empty", source.origin()));
            return;
        }
        for (String name : files) {
            if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
                continue;
            }
            fileCount++;
            String schema = schemaOf(name);
            if (schema == null) {
                problems.add(wholeFile(name, "file.unknown", name, Suggest.closest(name,
                        List.of(REGENCY, AGENCIES, AUTHORITIES, DELEGATIONS, AGREEMENTS)).orElse("-")));
                continue;
            }
            Optional<String> text = source.read(name).flatMap(ConfigReader::utf8);
            if (text.isEmpty()) {
                problems.add(wholeFile(name, "file.unreadable", name));
                continue;
            }
            try {
                YamlTree tree = YamlTree.parse(text.get());
                List<ConfigProblem> schemaProblems = SchemaValidation.check(name, tree, schema);
                problems.addAll(schemaProblems);
                if (schemaProblems.isEmpty()) {
                    valid.put(name, tree);
                }
            } catch (YamlTree.SyntaxError e) {
                problems.add(new ConfigProblem(name, e.position().line(), e.position().column(), "", e.key(),
                        ConfigMessages.of(e.key(), e.problem()), ConfigMessages.of(e.key() + ".fix")));
            }
        }
        for (String required : REQUIRED) {
            if (!files.contains(required)) {
                problems.add(wholeFile(required, "file.missing", required));
            }
        }
        if (files.stream().noneMatch(f -> f.startsWith(CATALOGUE_FOLDER))) {
            problems.add(wholeFile(CATALOGUE_FOLDER, "catalogue.empty"));
        }
    }

    private static String schemaOf(String name) {
        if (name.startsWith(CATALOGUE_FOLDER) && name.indexOf('/', CATALOGUE_FOLDER.length()) < 0
                && name.endsWith(".yaml")) {
            return SERVICE_SCHEMA;
        }
        return SCHEMAS.get(name);
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static ConfigProblem wholeFile(String file, String key, Object... args) {
        return new ConfigProblem(file, 0, 0, "", key, ConfigMessages.of(key, args), ConfigMessages.of(key + ".fix", args));
    }

    private void readRegency() {
        YamlTree tree = valid.get(REGENCY);
        if (tree == null) {
            return;
        }
        FileProblems p = new FileProblems(REGENCY, tree, problems);
        JsonNode root = tree.root();
        nodeName = root.get("node").get("name").asText();
        node = regions.require(p, "node.region", root.get("node").get("region").asText(), RegionLevel.REGENCY)
                .orElse(null);
        JsonNode list = root.get("regencies");
        for (int i = 0; i < list.size(); i++) {
            regions.require(p, YamlTree.item("regencies", i), list.get(i).asText(), RegionLevel.REGENCY)
                    .ifPresent(regencies::add);
        }
        if (node != null && !regencies.contains(node) && regencies.size() == list.size()) {
            p.at("regencies", "regency.node-not-listed", node.value());
        }
        if (node != null && regencies.remove(node)) {
            regencies.add(0, node);
        }
    }

    private void readAgencies() {
        YamlTree tree = valid.get(AGENCIES);
        if (tree == null) {
            return;
        }
        FileProblems p = new FileProblems(AGENCIES, tree, problems);
        JsonNode list = tree.root().get("agencies");
        for (int i = 0; i < list.size(); i++) {
            readAgency(p, YamlTree.item("agencies", i), list.get(i));
        }
        agencies.values().forEach(a -> a.parent().ifPresent(parent -> {
            if (!agencies.containsKey(parent)) {
                String field = YamlTree.child(agencyFields.get(a.id()), "parent");
                p.at(field, "agency.parent.unknown", parent.value(), suggestAgency(parent.value()));
            }
        }));
    }

    private void readAgency(FileProblems p, String at, JsonNode a) {
        String id = a.get("id").asText();
        AgencyKind kind = AgencyKind.fromConfigName(a.get("kind").asText()).orElseThrow();
        Optional<RegionCode> home = regions.require(p, YamlTree.child(at, "homeRegion"),
                a.get("homeRegion").asText(), null);
        if (agencies.containsKey(AgencyId.of(id))) {
            String first = agencyFields.get(AgencyId.of(id));
            p.at(YamlTree.child(at, "id"), "agency.duplicate", id,
                    AGENCIES + ":" + p.tree().valuePosition(first).line() + " (" + first + ")");
            return;
        }
        if (a.has("vertical") && a.get("vertical").asBoolean() != kind.isVertical()) {
            p.at(YamlTree.child(at, "vertical"), "agency.vertical", id, kind.configName(), kind.isVertical());
        }
        if (home.isEmpty()) {
            return;
        }
        if (!id.startsWith(home.get().value() + "-")) {
            p.at(YamlTree.child(at, "id"), "agency.id-prefix", id, home.get().value());
        }
        if (kind == AgencyKind.DISTRICT_OFFICE && home.get().level() != RegionLevel.DISTRICT) {
            p.at(YamlTree.child(at, "homeRegion"), "agency.kecamatan-level", id, home.get().value());
        }
        if (!regencies.isEmpty() && home.get().regency().filter(regencies::contains).isEmpty()) {
            p.at(YamlTree.child(at, "homeRegion"), "agency.outside", id, home.get().value());
        }
        if (id.equals(a.path("parent").asText())) {
            p.at(YamlTree.child(at, "parent"), "agency.own-parent", id);
            return;
        }
        Agency agency = Agency.builder().id(id).name(a.get("name").asText())
                .nameEn(a.has("nameEn") ? a.get("nameEn").asText() : null).kind(kind).homeRegion(home.get())
                .parent(a.has("parent") ? AgencyId.of(a.get("parent").asText()) : null)
                .servicePoint(a.get("servicePoint").asBoolean()).build();
        agencies.put(agency.id(), agency);
        agencyFields.put(agency.id(), at);
    }

    private void readCatalogue() {
        List<ServiceStandard> all = new ArrayList<>();
        valid.forEach((file, tree) -> {
            if (!file.startsWith(CATALOGUE_FOLDER)) {
                return;
            }
            FileProblems p = new FileProblems(file, tree, problems);
            try {
                List<ServiceStandard> standards = CatalogueReader.read(p);
                if (!standards.isEmpty()) {
                    ServiceCode code = standards.get(0).code();
                    String earlier = serviceFiles.putIfAbsent(code, file);
                    if (earlier != null) {
                        p.at("service.code", "catalogue.duplicate", code.value(), earlier);
                        return;
                    }
                    ServiceCatalogue.of(standards);
                    all.addAll(standards);
                }
            } catch (InvalidCatalogueException e) {
                p.at("standards", "catalogue.invalid", ConfigMessagesBridge.of(e), ConfigMessagesBridge.fix());
            } catch (DateTimeException e) {
                p.at("standards", "catalogue.date", e.getMessage());
            }
        });
        catalogue = ServiceCatalogue.of(all);
    }

    /** "did you mean" text for an agency id, or "-". */
    public String suggestAgency(String id) {
        return Suggest.closest(id, agencies.keySet().stream().map(AgencyId::value).toList()).orElse("-");
    }

    /** "did you mean" text for a service code, or "-". */
    public String suggestService(String code) {
        return Suggest.closest(code, catalogue.serviceTypes().stream().map(t -> t.code().value()).toList())
                .orElse("-");
    }

    /**
     * Whether the files every authority rule refers to (regency, agencies, catalogue) were read
     * without error, so the engine's rules can be checked without reporting follow-on mistakes.
     */
    public boolean foundationReadable() {
        return node != null && problems.stream().filter(ConfigProblem::isError).noneMatch(p -> p.file().equals(REGENCY)
                || p.file().equals(AGENCIES) || p.file().startsWith(CATALOGUE_FOLDER));
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    public void addProblem(ConfigProblem problem) {
        problems.add(problem);
    }

    /** The parsed, schema-valid tree of a file. */
    public Optional<YamlTree> tree(String file) {
        return Optional.ofNullable(valid.get(file));
    }

    public int fileCount() {
        return fileCount;
    }

    public RegionChecks regions() {
        return regions;
    }

    public Optional<RegionCode> node() {
        return Optional.ofNullable(node);
    }

    public String nodeName() {
        return nodeName;
    }

    public List<RegionCode> regencies() {
        return List.copyOf(regencies);
    }

    public Map<AgencyId, Agency> agencies() {
        return agencies;
    }

    public ServiceCatalogue catalogue() {
        return catalogue;
    }
}
