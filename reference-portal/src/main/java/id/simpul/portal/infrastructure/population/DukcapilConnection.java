package id.simpul.portal.infrastructure.population;

import id.simpul.adapters.dukcapil.simulator.DukcapilSimulator;
import id.simpul.portal.application.PopulationRegistryConnection;
import id.simpul.portal.infrastructure.health.AdapterConnection;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.population.PopulationRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * The population registry (Dukcapil) adapter, from {@code simpul.adapters.dukcapil.*}
 * ({@code SIMPUL_ADAPTERS_DUKCAPIL_*}). In demo mode, when no Dukcapil URL is configured, the Dukcapil
 * simulator (synthetic residents only, seed {@value #DEMO_SEED}) is started on loopback and the adapter
 * uses it with the simulator's demo credentials.
 */
@ApplicationScoped
public class DukcapilConnection extends AdapterConnection<PopulationRegistry> implements PopulationRegistryConnection {

    /** Seed of the demo simulator's synthetic residents (the simulator's own default). */
    public static final long DEMO_SEED = 42;

    @Override
    public PopulationRegistry registry() {
        return adapter();
    }

    @Override
    protected Class<PopulationRegistry> portType() {
        return PopulationRegistry.class;
    }

    @Override
    public String system() {
        return "dukcapil";
    }

    @Override
    protected List<String> requiredKeys() {
        return List.of("url", "institution", "user-id", "password", "ip-user");
    }

    @Override
    protected DemoSimulator startDemoSimulator(int port, AdapterSettings configured) {
        DukcapilSimulator simulator = DukcapilSimulator.builder().port(port).seed(DEMO_SEED).start();
        String p = prefix();
        return new DemoSimulator(simulator, simulator.baseUri().toString(), Map.of(
                p + "url", simulator.baseUri().toString(),
                p + "institution", DukcapilSimulator.DEFAULT_INSTITUTION,
                p + "user-id", DukcapilSimulator.DEFAULT_USER,
                p + "password", DukcapilSimulator.DEFAULT_PASSWORD,
                p + "ip-user", DukcapilSimulator.DEFAULT_IP), "synthetic residents, seed " + DEMO_SEED);
    }
}
