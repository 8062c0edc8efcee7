package id.simpul.adapters.oss.simulator;

import java.time.Duration;
import java.util.Locale;

/**
 * Command line: {@code java -jar simpul-oss-simulator-<version>-standalone.jar [options]}.
 * Options: {@code --port 8082}, {@code --seed N}, {@code --businesses 100}, {@code --user-key K},
 * {@code --latency-ms 0}, {@code --jitter-ms 0}, {@code --error-rate 0.0}, {@code --drip-ms 0},
 * {@code --malformed}, {@code --outage}. Prints the base address and a known NIB, then serves until
 * stopped (Ctrl+C).
 */
public final class OssSimulatorMain {

    private OssSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        OssSimulator.Builder builder = OssSimulator.builder().port(8082);
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
                case "--businesses" -> builder.businesses(Integer.parseInt(value(args, ++i, flag)));
                case "--user-key" -> builder.userKey(value(args, ++i, flag));
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
        OssSimulator sim = builder.build().start();
        sim.setLatency(Duration.ofMillis(latency), Duration.ofMillis(jitter));
        sim.setErrorRate(errorRate);
        sim.setSlowDrip(Duration.ofMillis(drip));
        sim.setMalformed(malformed);
        sim.setOutage(outage);
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
        System.out.println("Simulator OSS RBA siap / ready: " + sim.endpoint() + "/{inqueryNIB|receiveLicenseStatus|"
                + "receiveLicense|checkLicenseStatus} (header user_key)");
        System.out.println("Contoh NIB / a known NIB: " + sim.records().find(b -> true).orElseThrow().nib());
        Thread.currentThread().join();
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            System.err.println(flag + " memerlukan nilai / needs a value");
            System.exit(2);
        }
        return args[i];
    }
}
