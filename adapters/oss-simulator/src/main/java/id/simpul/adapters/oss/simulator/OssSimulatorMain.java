package id.simpul.adapters.oss.simulator;

import id.simpul.adapters.simulator.SimulatorCommand;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Command line: {@code java -jar adapters/oss-simulator/target/oss-simulator.jar --port=8082}. Takes
 * simulator-support's flags ({@code --help} lists them: latency, error rate, outage, drip, malformed
 * rate, seed) and {@code --businesses=N}, {@code --user-key=K}. Prints the address and a known NIB,
 * then serves until stopped (Ctrl+C); knobs can be turned while it runs through {@code /_sim/knobs}.
 */
public final class OssSimulatorMain {

    private OssSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("businesses", "100");
        extra.put("user-key", OssSimulator.DEFAULT_USER_KEY);
        SimulatorCommand.of("java -jar oss-simulator.jar", extra).run(args,
                options -> OssSimulator.builder().port(options.port()).seed(options.seed())
                        .businesses(Integer.parseInt(options.extra("businesses"))).userKey(options.extra("user-key"))
                        .knobs(options.knobs()).start(),
                (sim, options) -> describe(sim));
    }

    private static void describe(OssSimulator sim) {
        Business sample = sim.records().find(b -> b.checklist().size() > 1).orElseThrow();
        System.out.println("OSS RBA simulator (synthetic businesses only) listening on " + sim.endpoint());
        System.out.println("  POST " + sim.endpoint() + "/{inqueryNIB|receiveLicenseStatus|receiveLicense|checkLicenseStatus}"
                + " with header user_key (given with --user-key; default in the documentation)");
        System.out.println("  a known NIB: " + sample.nib() + " (" + sample.name() + "), licence "
                + sample.checklist().get(0).licenceId());
        System.out.println("  knobs: " + sim.knobs().describe());
        System.out.println("  change knobs while running: curl -X POST '" + sim.server().baseUri() + "/_sim/knobs?latency=2s'");
    }
}
