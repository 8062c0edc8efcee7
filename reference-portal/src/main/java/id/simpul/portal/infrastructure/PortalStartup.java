package id.simpul.portal.infrastructure;

import id.simpul.portal.application.AuditTrail;
import id.simpul.portal.application.Outbox;
import id.simpul.portal.application.RequestService;
import id.simpul.portal.domain.catalogue.CatalogueSource;
import id.simpul.portal.infrastructure.config.DataFolder;
import id.simpul.portal.infrastructure.config.NodeSettings;
import id.simpul.portal.infrastructure.persistence.SchemaMigrator;
import id.simpul.portal.infrastructure.security.DemoUsers;
import id.simpul.sdk.region.RegionRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the node in order: schema migration, catalogue and region data, the beans that hold a
 * persistence context and the adapters of the external systems (Dukcapil, OSS RBA, Polri; created here, on the
 * deployment thread, not lazily from a health-check thread, so that a missing setting stops the start and
 * readiness and metrics see every system from the first probe), then tells the operator where the node is,
 * which systems answer and, in demo mode, who can log in.
 */
@ApplicationScoped
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Inject
    SchemaMigrator migrator;
    @Inject
    CatalogueSource catalogue;
    @Inject
    RegionRegistry regions;
    @Inject
    NodeSettings node;
    @Inject
    id.simpul.portal.infrastructure.config.NodeConfiguration config;
    @Inject
    RequestService requests;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    id.simpul.portal.infrastructure.health.OutboxMetrics outboxMetrics;
    @Inject
    id.simpul.portal.infrastructure.outbox.OutboxDispatcher dispatcher;
    @Inject
    id.simpul.portal.infrastructure.population.DukcapilConnection population;
    @Inject
    id.simpul.portal.infrastructure.licensing.OssConnection licensing;
    @Inject
    id.simpul.portal.infrastructure.police.PolriConnection police;
    @Inject
    @ConfigProperty(name = "simpul.http.port", defaultValue = "8080")
    String port;

    private volatile boolean started;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        long t0 = System.nanoTime();
        migrator.migrate();
        int services = catalogue.catalogue().size();
        String regency = regions.find(node.regency()).map(r -> r.name()).orElseThrow(() -> new IllegalStateException(
                "simpul.node.region " + node.regency() + " is not in the official region dataset"));
        requests.toString();
        audit.toString();
        outbox.toString();
        outboxMetrics.toString();
        String populationRegistry = population.describe();
        String licensingSystem = licensing.describe();
        String policeSystem = police.describe();
        dispatcher.start();
        started = true;
        StringBuilder banner = new StringBuilder()
                .append("\n==================================================================\n")
                .append(" Simpul reference portal: node ").append(node.regency()).append(' ').append(regency)
                .append("\n data folder: ").append(DataFolder.path())
                .append("\n configuration: ").append(config.origin()).append(" (").append(config.configuration()
                        .regencies().size()).append(" regencies, ").append(config.configuration().agencies().size())
                .append(" agencies, ").append(config.configuration().authorities().agreements().size())
                .append(" agreements); online requests are filed at ").append(config.onlineOffice().id())
                .append("\n catalogue: ").append(services).append(" services; startup of the application took ")
                .append((System.nanoTime() - t0) / 1_000_000).append(" ms")
                .append("\n API:     http://localhost:").append(port).append("/api/v1/services")
                .append("\n health:  http://localhost:").append(port).append("/health/ready")
                .append("\n OpenAPI: http://localhost:").append(port).append("/openapi")
                .append("\n metrics: http://localhost:").append(port).append("/metrics?scope=application")
                .append("\n population registry: ").append(populationRegistry)
                .append("\n licensing (OSS RBA):  ").append(licensingSystem)
                .append("\n police (Polri):       ").append(policeSystem);
        if (node.demoMode()) {
            banner.append("\n\n !!! DEMO MODE: a token issuer hands out tokens to anyone who asks. Never use it")
                    .append("\n !!! with real data. Turn it off with SIMPUL_DEMO=false.")
                    .append("\n demo users (POST /api/v1/demo/tokens {\"username\":\"...\"}):");
            for (DemoUsers.DemoUser u : DemoUsers.of(config.configuration(), config.onlineOffice().id())) {
                banner.append("\n   ").append(String.format("%-20s %-12s %-20s %s", u.username(), u.roles(),
                        u.agency() == null ? "" : u.agency(), u.description()));
            }
            banner.append("\n e.g. curl -s -X POST http://localhost:").append(port)
                    .append("/api/v1/demo/tokens -H 'Content-Type: application/json' -d '{\"username\":\"warga\"}'");
        }
        banner.append("\n==================================================================");
        LOG.info(banner.toString());
    }

    public boolean started() {
        return started;
    }
}
