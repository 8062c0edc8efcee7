package id.simpul.benchmarks.adapters;

import java.util.Arrays;
import java.util.Locale;

/**
 * The Polri (SOAP/CXF) and OSS (REST/MicroProfile REST Client) adapters' overhead measured the fair
 * way on a busy machine: the raw call, the undecorated and the decorated adapter call alternate in one
 * loop, so all three meet the same noise; then the simulator goes down, the circuit opens, and the
 * fail-fast time is sampled.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar id.simpul.benchmarks.adapters.PolriOssOverheadHarness [rounds]</pre>
 */
public final class PolriOssOverheadHarness {

    private PolriOssOverheadHarness() {
    }

    /** One adapter's three calls and its fail-fast call. */
    private interface Calls {
        void raw() throws Exception;

        void undecorated();

        void decorated();

        void failFast();
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        PolriAdapterBenchmark polri = new PolriAdapterBenchmark();
        PolriAdapterBenchmark.Healthy polriHealthy = new PolriAdapterBenchmark.Healthy();
        PolriAdapterBenchmark.Down polriDown = new PolriAdapterBenchmark.Down();
        polriHealthy.start();
        polriDown.start();
        try {
            measure("Polri (SOAP, CXF)", rounds, new Calls() {
                public void raw() throws Exception {
                    polri.rawHttp(polriHealthy);
                }

                public void undecorated() {
                    polri.undecoratedAdapter(polriHealthy);
                }

                public void decorated() {
                    polri.decoratedAdapter(polriHealthy);
                }

                public void failFast() {
                    polriDown.failure();
                }
            });
        } finally {
            polriHealthy.stop();
            polriDown.stop();
        }
        OssAdapterBenchmark oss = new OssAdapterBenchmark();
        OssAdapterBenchmark.Healthy ossHealthy = new OssAdapterBenchmark.Healthy();
        OssAdapterBenchmark.Down ossDown = new OssAdapterBenchmark.Down();
        ossHealthy.start();
        ossDown.start();
        try {
            measure("OSS RBA (REST, MP REST Client)", rounds, new Calls() {
                public void raw() throws Exception {
                    oss.rawHttp(ossHealthy);
                }

                public void undecorated() {
                    oss.undecoratedAdapter(ossHealthy);
                }

                public void decorated() {
                    oss.decoratedAdapter(ossHealthy);
                }

                public void failFast() {
                    ossDown.failure();
                }
            });
        } finally {
            ossHealthy.stop();
            ossDown.stop();
        }
    }

    private static void measure(String name, int rounds, Calls calls) throws Exception {
        for (int i = 0; i < Math.max(1_000, rounds / 5); i++) {
            calls.raw();
            calls.undecorated();
            calls.decorated();
        }
        long[] raw = new long[rounds];
        long[] undecorated = new long[rounds];
        long[] decorated = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            calls.raw();
            long t1 = System.nanoTime();
            calls.undecorated();
            long t2 = System.nanoTime();
            calls.decorated();
            long t3 = System.nanoTime();
            raw[i] = t1 - t0;
            undecorated[i] = t2 - t1;
            decorated[i] = t3 - t2;
        }
        System.out.println(name);
        report("  raw JDK HttpClient (baseline)", raw);
        report("  undecorated adapter", undecorated);
        report("  decorated adapter", decorated);
        System.out.printf(Locale.ROOT, "  overhead decorated - raw:            p50 %+.3f ms, p99 %+.3f ms%n",
                ms(q(decorated, .50) - q(raw, .50)), ms(q(decorated, .99) - q(raw, .99)));
        System.out.printf(Locale.ROOT, "  resilience layer (decorated - undecorated): p50 %+.3f ms, p99 %+.3f ms%n",
                ms(q(decorated, .50) - q(undecorated, .50)), ms(q(decorated, .99) - q(undecorated, .99)));
        for (int i = 0; i < 20_000; i++) {
            calls.failFast();
        }
        long[] failFast = new long[rounds * 5];
        for (int i = 0; i < failFast.length; i++) {
            long t0 = System.nanoTime();
            calls.failFast();
            failFast[i] = System.nanoTime() - t0;
        }
        report("  fail-fast, circuit open", failFast);
        System.out.printf(Locale.ROOT, "  fail-fast p99 %.4f ms (goal <= 1 ms)%n", ms(q(failFast, .99)));
    }

    private static void report(String what, long[] nanos) {
        System.out.printf(Locale.ROOT, "%-36s n=%d  p50 %.3f ms  p90 %.3f ms  p99 %.3f ms%n", what, nanos.length,
                ms(q(nanos, .50)), ms(q(nanos, .90)), ms(q(nanos, .99)));
    }

    private static long q(long[] values, double quantile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
