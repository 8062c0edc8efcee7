package id.simpul.adapters.dukcapil.simulator;

import id.simpul.adapters.simulator.SimulatorCommand;
import id.simpul.adapters.simulator.SimulatorOptions;
import id.simpul.adapters.simulator.SyntheticPerson;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code java -jar adapters/dukcapil-simulator/target/dukcapil-simulator.jar --port 8081}: runs the
 * simulator until stopped (Ctrl+C), printing its address, credentials and a few synthetic NIKs to try.
 */
public final class DukcapilSimulatorMain {

    private DukcapilSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("institution", DukcapilSimulator.DEFAULT_INSTITUTION);
        extra.put("user", DukcapilSimulator.DEFAULT_USER);
        extra.put("password", DukcapilSimulator.DEFAULT_PASSWORD);
        extra.put("ip-user", DukcapilSimulator.DEFAULT_IP);
        SimulatorCommand.of("java -jar dukcapil-simulator.jar", extra).run(args,
                options -> DukcapilSimulator.builder().port(options.port()).seed(options.seed())
                        .count(options.people()).knobs(options.knobs()).institution(options.extra("institution"))
                        .credentials(options.extra("user"), options.extra("password"), options.extra("ip-user"))
                        .start(),
                (simulator, options) -> describe(simulator, options, System.out));
    }

    private static void describe(DukcapilSimulator s, SimulatorOptions o, PrintStream out) {
        out.println("Dukcapil simulator (synthetic people only) listening on " + s.baseUri());
        out.println("  verify: POST " + s.baseUri() + DukcapilSimulator.ROUTE + s.institution() + "/CALL_VERIFY_BY_ELEMEN");
        out.println("  lookup: POST " + s.baseUri() + DukcapilSimulator.ROUTE + s.institution() + "/CALL_NIK");
        out.println("  credentials in the body: user_id=" + o.extra("user") + " ip_user=" + o.extra("ip-user")
                + " password=(as given with --password; default in the documentation)");
        out.println("  people: " + s.people().size() + " (seed " + o.seed() + "); knobs: " + s.knobs().describe());
        out.println("  a few synthetic NIKs to try:");
        for (SyntheticPerson p : s.people().subList(0, Math.min(3, s.people().size()))) {
            out.println("    " + p.nik().value() + "  " + p.fullName() + "  " + p.birthPlace() + "  " + p.birthDate());
        }
        out.println("  change knobs while running: curl -X POST '" + s.baseUri() + "/_sim/knobs?latency=2s'");
    }
}
