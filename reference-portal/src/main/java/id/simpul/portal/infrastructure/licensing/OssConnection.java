package id.simpul.portal.infrastructure.licensing;

import id.simpul.adapters.oss.simulator.Business;
import id.simpul.adapters.oss.simulator.OssSimulator;
import id.simpul.portal.application.LicensingConnection;
import id.simpul.portal.infrastructure.config.NodeSettings;
import id.simpul.portal.infrastructure.health.AdapterConnection;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.licensing.LicensingGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The OSS RBA adapter, from {@code simpul.adapters.oss.*} ({@code SIMPUL_ADAPTERS_OSS_*}): {@code url},
 * {@code user-key}, {@code institution} ({@code kd_instansi}) and {@code region} ({@code kd_daerah}) are
 * required outside demo mode. In demo mode, when no OSS URL is configured, the OSS simulator (synthetic
 * businesses in the demo regencies, seed {@value #DEMO_SEED}) is started on loopback; the node's own
 * regency is sent as {@code kd_daerah}.
 */
@ApplicationScoped
public class OssConnection extends AdapterConnection<LicensingGateway> implements LicensingConnection {

    /** Seed of the demo simulator's businesses (the simulator's own default). */
    public static final long DEMO_SEED = 20261206L;
    /** The institution code the demo node sends as {@code kd_instansi}. */
    static final String DEMO_INSTITUTION_PREFIX = "DPMPTSP-";

    @Inject
    NodeSettings node;

    @Override
    public LicensingGateway gateway() {
        return adapter();
    }

    @Override
    protected Class<LicensingGateway> portType() {
        return LicensingGateway.class;
    }

    @Override
    public String system() {
        return "oss";
    }

    @Override
    protected List<String> requiredKeys() {
        return List.of("url", "user-key", "institution", "region");
    }

    @Override
    protected DemoSimulator startDemoSimulator(int port, AdapterSettings configured) {
        OssSimulator simulator = OssSimulator.builder().port(port).seed(DEMO_SEED).start();
        String p = prefix();
        String regency = node.regency().value();
        String example = simulator.records().find(b -> b.village().value().startsWith(regency + ".")
                        && b.checklist().stream().anyMatch(l -> "PBG".equals(l.licenceCode())))
                .map(OssConnection::example).orElse("");
        return new DemoSimulator(simulator, simulator.endpoint().toString(), Map.of(
                p + "url", simulator.endpoint().toString(),
                p + "user-key", OssSimulator.DEFAULT_USER_KEY,
                p + "institution", DEMO_INSTITUTION_PREFIX + node.regency().compact(),
                p + "region", regency), simulator.records().count() + " synthetic businesses, seed " + DEMO_SEED
                + example);
    }

    private static String example(Business b) {
        Business.Licence pbg = b.checklist().stream().filter(l -> "PBG".equals(l.licenceCode())).findFirst()
                .orElseThrow();
        return "; e.g. NIB " + b.nib() + " PBG licence " + pbg.licenceId();
    }
}
