package id.simpul.adapters.polri.simulator;

import id.simpul.adapters.simulator.SimulatorCommand;
import id.simpul.adapters.simulator.SimulatorOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Command line: {@code java -jar adapters/polri-simulator/target/polri-simulator.jar --port=8083}.
 * Takes simulator-support's flags ({@code --help} lists them: latency, error rate, outage, drip,
 * malformed rate, seed) and {@code --letters=N}, {@code --user=U}, {@code --password=P}. Prints the
 * endpoint, the WSDL address and known letter and SKCK numbers, then serves until stopped (Ctrl+C).
 */
public final class PolriSimulatorMain {

    private PolriSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("letters", "200");
        extra.put("user", PolriSimulator.DEFAULT_USER);
        extra.put("password", PolriSimulator.DEFAULT_PASSWORD);
        SimulatorCommand.of("java -jar polri-simulator.jar", extra).run(args,
                options -> PolriSimulator.builder().port(options.port()).seed(options.seed())
                        .letters(Integer.parseInt(options.extra("letters")))
                        .credentials(options.extra("user"), options.extra("password")).knobs(options.knobs()).start(),
                PolriSimulatorMain::describe);
    }

    private static void describe(PolriSimulator sim, SimulatorOptions options) {
        PolriRecords records = sim.records();
        System.out.println("Polri verification simulator (a MODEL; synthetic letters only) listening on " + sim.endpoint());
        System.out.println("  WSDL: " + sim.endpoint() + "?wsdl   account: " + options.extra("user")
                + " (password as given with --password; default in the documentation)");
        System.out.println("  a valid lost-item letter (SKTLK): " + records
                .findLostReport(r -> "BERLAKU".equals(r.statusOn(records.today()))).orElseThrow().number());
        System.out.println("  a revoked letter: " + records.findLostReport(LostReportRecord::revoked).orElseThrow().number());
        System.out.println("  an issued SKCK: " + records.findSkck(r -> "TERBIT".equals(r.statusOn(records.today())))
                .orElseThrow().number());
        System.out.println("  knobs: " + sim.knobs().describe());
        System.out.println("  change knobs while running: curl -X POST '" + sim.server().baseUri() + "/_sim/knobs?latency=2s'");
    }
}
