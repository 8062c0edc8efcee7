package id.simpul.portal.infrastructure.config;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.agency.AgencyKind;
import id.simpul.sdk.config.CheckResult;
import id.simpul.sdk.config.ConfigurationLoader;
import id.simpul.sdk.config.DemoConfiguration;
import id.simpul.sdk.config.RegencyConfiguration;
import id.simpul.sdk.config.UnknownNodeException;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The node's regency configuration — catalogue, agencies, kewenangan, pelimpahan and perjanjian
 * kerja sama — read once at startup with sdk-config: from the folder {@code simpul.config.folder}
 * ({@code SIMPUL_CONFIG_FOLDER}) or, when that is not set, the demo configuration shipped in
 * simpul-sdk-config, seen from the node {@code simpul.node.region}. A configuration with a problem
 * stops the start with the checker's whole report in the log: the node never runs on half a
 * configuration.
 */
@ApplicationScoped
public class NodeConfiguration {

    private static final Logger LOG = Logger.getLogger(NodeConfiguration.class.getName());

    private RegencyConfiguration configuration;
    private String origin;
    private Agency onlineOffice;

    @Inject
    void load(NodeSettings node, RegionRegistry regions,
            @ConfigProperty(name = "simpul.config.folder") Optional<String> folder,
            @ConfigProperty(name = "simpul.node.online-office") Optional<String> online,
            @ConfigProperty(name = "simpul.exit-on-invalid-configuration", defaultValue = "true") boolean exit) {
        try {
            read(node, regions, folder, online);
        } catch (RuntimeException e) {
            LOG.severe("The node cannot start without its regency configuration: " + e.getClass().getName());
            if (exit) {
                stopTheProcess();
            }
            throw e;
        }
    }

    /**
     * Payara Micro keeps running with nothing deployed when a deployment fails; a node without its
     * rules must not look alive to a supervisor or a load balancer, so the process ends (exit 78,
     * EX_CONFIG) once the failure is logged. A thread of its own: exiting from the deploying thread
     * would wait for the deployment to finish.
     */
    private static void stopTheProcess() {
        Thread exit = new Thread(() -> System.exit(78), "simpul-invalid-configuration-exit");
        exit.setDaemon(false);
        exit.start();
    }

    private void read(NodeSettings node, RegionRegistry regions, Optional<String> folder, Optional<String> online) {
        ConfigurationLoader loader = ConfigurationLoader.of(regions);
        Optional<String> configured = folder.map(String::strip).filter(s -> !s.isEmpty());
        if (configured.isPresent() && !Files.isDirectory(Path.of(configured.get()))) {
            throw fail("simpul.config.folder " + configured.get() + " is not a folder. Point SIMPUL_CONFIG_FOLDER at "
                    + "the folder that holds regency.yaml, or unset it to run the demo configuration.");
        }
        CheckResult result = configured.map(f -> loader.check(Path.of(f)))
                .orElseGet(() -> loader.check(DemoConfiguration.source()));
        origin = result.origin();
        if (!result.isClean()) {
            LOG.severe("The regency configuration has problems; the node does not start.\n"
                    + result.report(LocalizedMessage.INDONESIAN) + "\n" + result.report(Locale.ENGLISH));
            throw fail("The regency configuration " + origin + " has " + result.errors().size()
                    + " problem(s), listed above with file, line, field and fix. Run simpul-check on the folder.");
        }
        if (!result.warnings().isEmpty()) {
            LOG.warning(result.report(Locale.ENGLISH));
        }
        try {
            configuration = result.orThrow().asNode(node.regency());
        } catch (UnknownNodeException e) {
            throw fail(e.getMessage(Locale.ENGLISH) + " (simpul.node.region / SIMPUL_NODE_REGION)");
        }
        onlineOffice = online.map(String::strip).filter(s -> !s.isEmpty())
                .map(id -> nodeAgency(id, "simpul.node.online-office"))
                .orElseGet(this::defaultOnlineOffice);
    }

    private Agency nodeAgency(String id, String key) {
        if (!AgencyId.isWellFormed(id)) {
            throw fail(key + " " + id + " is not an agency id of the configuration.");
        }
        Agency a = configuration.agency(AgencyId.of(id)).orElseThrow(() -> fail(key + " " + id
                + " is not an agency of the configuration " + origin + "; use an id from agencies.yaml."));
        if (!isOfNode(a)) {
            throw fail(key + " " + id + " belongs to another regency than the node " + configuration.node() + ".");
        }
        return a;
    }

    /** Online requests are filed at the node's Mal Pelayanan Publik, which runs the online counter. */
    private Agency defaultOnlineOffice() {
        List<Agency> malls = configuration.agencies().stream()
                .filter(a -> a.kind() == AgencyKind.PUBLIC_SERVICE_MALL && isOfNode(a)).toList();
        if (malls.size() != 1) {
            throw fail("The node " + configuration.node() + " has " + malls.size() + " public service malls (mpp) in "
                    + origin + "; set simpul.node.online-office (SIMPUL_NODE_ONLINE_OFFICE) to the agency id that "
                    + "receives online requests.");
        }
        return malls.get(0);
    }

    private boolean isOfNode(Agency a) {
        return regencyOf(a).equals(configuration.node());
    }

    private static IllegalStateException fail(String message) {
        LOG.severe(message);
        return new IllegalStateException(message);
    }

    /** The checked configuration, seen from this node. */
    public RegencyConfiguration configuration() {
        return configuration;
    }

    /** Where it was read from, e.g. a folder or {@code classpath:id/simpul/sdk/config/demo/}. */
    public String origin() {
        return origin;
    }

    public boolean isDemo() {
        return origin.startsWith("classpath:");
    }

    /** The office online requests are filed at (its counter runs the portal's online channel). */
    public Agency onlineOffice() {
        return onlineOffice;
    }

    /** The regency an agency belongs to (its home region cut to the regency). */
    public static RegionCode regencyOf(Agency agency) {
        RegionCode home = agency.homeRegion();
        return home.level() == RegionLevel.PROVINCE ? home : home.truncate(RegionLevel.REGENCY);
    }

    /** Whether an agency is one of this node's regency. */
    public boolean isLocal(Agency agency) {
        return regencyOf(agency).equals(configuration.node());
    }

    public RegionCode node() {
        return configuration.node();
    }
}
