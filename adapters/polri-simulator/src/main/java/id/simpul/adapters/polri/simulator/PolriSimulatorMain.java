package id.simpul.adapters.polri.simulator;

import java.time.Duration;
import java.util.Locale;

/**
 * Command line: {@code java -jar simpul-polri-simulator-<version>-standalone.jar [options]}.
 * Options: {@code --port 8083}, {@code --seed N}, {@code --letters 200}, {@code --user U},
 * {@code --password P}, {@code --latency-ms 0}, {@code --jitter-ms 0}, {@code --error-rate 0.0},
 * {@code --drip-ms 0}, {@code --malformed}, {@code --outage}. Prints the endpoint and a few known
 * letter numbers, then serves until stopped (Ctrl+C).
 */
public final class PolriSimulatorMain {

    private PolriSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        PolriSimulator.Builder builder = PolriSimulator.builder().port(8083);
        long latency = 0;
        long jitter = 0;
        double errorRate = 0;
        long drip = 0;
        boolean malformed = false;
        boolean outage = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i].toLowerCase(Locale.ROOT);
            switch (flag) {
                case "--port" -> builder.port(Integer.parseInt(value(args, ++i, flag)));
                case "--seed" -> builder.seed(Long.parseLong(value(args, ++i, flag)));
                case "--letters" -> builder.letters(Integer.parseInt(value(args, ++i, flag)));
                case "--user" -> builder.credentials(value(args, ++i, flag), passwordOf(args));
                case "--password" -> i++;
                case "--latency-ms" -> latency = Long.parseLong(value(args, ++i, flag));
                case "--jitter-ms" -> jitter = Long.parseLong(value(args, ++i, flag));
                case "--error-rate" -> errorRate = Double.parseDouble(value(args, ++i, flag));
                case "--drip-ms" -> drip = Long.parseLong(value(args, ++i, flag));
                case "--malformed" -> malformed = true;
                case "--outage" -> outage = true;
                default -> {
                    System.err.println("Opsi tidak dikenal / unknown option: " + args[i]);
                    System.exit(2);
                }
            }
        }
        PolriSimulator sim = builder.build().start();
        sim.setLatency(Duration.ofMillis(latency), Duration.ofMillis(jitter));
        sim.setErrorRate(errorRate);
        sim.setSlowDrip(Duration.ofMillis(drip));
        sim.setMalformed(malformed);
        sim.setOutage(outage);
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
        System.out.println("Simulator Polri (model) siap / ready: " + sim.endpoint() + "  WSDL: " + sim.endpoint() + "?wsdl");
        System.out.println("Contoh nomor SKTLK berlaku / a valid letter: " + sim.records()
                .findLostReport(r -> "BERLAKU".equals(r.statusOn(sim.records().today()))).orElseThrow().number());
        System.out.println("Contoh nomor SKCK / a clearance: " + sim.records()
                .findSkck(r -> "TERBIT".equals(r.decision())).orElseThrow().number());
        Thread.currentThread().join();
    }

    private static String passwordOf(String[] args) {
        for (int i = 0; i < args.length - 1; i++) {
            if ("--password".equalsIgnoreCase(args[i])) {
                return args[i + 1];
            }
        }
        return "rahasia-simulator";
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            System.err.println(flag + " memerlukan nilai / needs a value");
            System.exit(2);
        }
        return args[i];
    }
}
