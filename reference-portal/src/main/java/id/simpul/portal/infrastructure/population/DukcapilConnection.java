package id.simpul.portal.infrastructure.population;

import id.simpul.adapters.dukcapil.simulator.DukcapilSimulator;
import id.simpul.adapters.support.MicroProfileSettings;
import id.simpul.portal.application.PopulationRegistryConnection;
import id.simpul.portal.infrastructure.config.DataFolder;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.Adapters;
import id.simpul.sdk.spi.population.PopulationRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the population registry adapter once, from MicroProfile Config
 * ({@code simpul.adapters.dukcapil.*}, environment variables {@code SIMPUL_ADAPTERS_DUKCAPIL_*}).
 * In demo mode, when no Dukcapil URL is configured, it first starts the Dukcapil simulator
 * (synthetic residents only, seed {@value #DEMO_SEED}) on a free loopback port and points the adapter
 * at it with the simulator's demo credentials; anything configured still wins. Closed on shutdown.
 */
@ApplicationScoped
public class DukcapilConnection implements PopulationRegistryConnection {

    /** Seed of the demo simulator's synthetic residents (the simulator's own default). */
    public static final long DEMO_SEED = 42;
    private static final String PREFIX = "simpul.adapters.dukcapil.";
    private static final Logger LOG = Logger.getLogger(DukcapilConnection.class.getName());

    private DukcapilSimulator simulator;
    private PopulationRegistry registry;

    @PostConstruct
    void open() {
        AdapterSettings configured = MicroProfileSettings.current();
        AdapterSettings settings = configured;
        if (DataFolder.demoMode() && configured.get(PREFIX + "url").isEmpty()) {
            simulator = DukcapilSimulator.builder().seed(DEMO_SEED).start();
            settings = configured.orElse(AdapterSettings.of(Map.of(
                    PREFIX + "url", simulator.baseUri().toString(),
                    PREFIX + "institution", DukcapilSimulator.DEFAULT_INSTITUTION,
                    PREFIX + "user-id", DukcapilSimulator.DEFAULT_USER,
                    PREFIX + "password", DukcapilSimulator.DEFAULT_PASSWORD,
                    PREFIX + "ip-user", DukcapilSimulator.DEFAULT_IP)));
        }
        try {
            registry = Adapters.load(PopulationRegistry.class, settings);
        } catch (RuntimeException e) {
            closeSimulator();
            throw e;
        }
    }

    @Override
    public PopulationRegistry registry() {
        return registry;
    }

    /** Where the demo simulator listens, when this node started one. */
    public Optional<String> demoSimulatorUrl() {
        return Optional.ofNullable(simulator).map(s -> s.baseUri().toString());
    }

    /** One line for the startup banner: which system answers, never a credential. */
    public String describe() {
        return registry.descriptor().displayName() + " (adapter " + registry.descriptor().version() + ")"
                + demoSimulatorUrl().map(u -> " — DEMO simulator at " + u + " (synthetic residents, seed "
                        + DEMO_SEED + ")").orElse("");
    }

    @PreDestroy
    void close() {
        try {
            if (registry != null) {
                registry.close();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the population registry adapter failed: " + e.getClass().getName());
        } finally {
            closeSimulator();
        }
    }

    private void closeSimulator() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
