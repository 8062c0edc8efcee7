package id.simpul.portal.infrastructure.police;

import id.simpul.adapters.polri.simulator.PolriSimulator;
import id.simpul.portal.application.PoliceConnection;
import id.simpul.portal.infrastructure.config.NodeSettings;
import id.simpul.portal.infrastructure.health.AdapterConnection;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.police.PoliceReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The Polri verification service adapter (SOAP, Apache CXF inside the WAR), from
 * {@code simpul.adapters.polri.*} ({@code SIMPUL_ADAPTERS_POLRI_*}): {@code url}, {@code user},
 * {@code password} and {@code institution} ({@code kodeInstansi}) are required outside demo mode. In
 * demo mode, when no Polri URL is configured, the Polri simulator (synthetic lost-item letters and SKCK,
 * seed {@value #DEMO_SEED}) is started on loopback.
 */
@ApplicationScoped
public class PolriConnection extends AdapterConnection<PoliceReports> implements PoliceConnection {

    /** Seed of the demo simulator's letters (the simulator's own default). */
    public static final long DEMO_SEED = 20261206L;

    @Inject
    NodeSettings node;

    @Override
    public PoliceReports reports() {
        return adapter();
    }

    @Override
    protected Class<PoliceReports> portType() {
        return PoliceReports.class;
    }

    @Override
    public String system() {
        return "polri";
    }

    @Override
    protected List<String> requiredKeys() {
        return List.of("url", "user", "password", "institution");
    }

    @Override
    protected DemoSimulator startDemoSimulator(int port, AdapterSettings configured) {
        PolriSimulator simulator = PolriSimulator.builder().port(port).seed(DEMO_SEED).start();
        String p = prefix();
        return new DemoSimulator(simulator, simulator.endpoint().toString(), Map.of(
                p + "url", simulator.endpoint().toString(),
                p + "user", PolriSimulator.DEFAULT_USER,
                p + "password", PolriSimulator.DEFAULT_PASSWORD,
                p + "institution", "DISDUKCAPIL-" + node.regency().compact()),
                "synthetic lost-item letters and SKCK, seed " + DEMO_SEED);
    }
}
