package id.simpul.benchmarks.adapters;

import java.util.Arrays;
import java.util.Locale;

/**
 * The adapter's overhead measured the fair way on a busy machine: the raw call and the adapter call
 * alternate in one loop, so both meet the same noise, and the percentiles of each are compared.
 * Then the simulator goes down, the circuit opens, and the fail-fast time is sampled.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar id.simpul.benchmarks.adapters.AdapterOverheadHarness [pairs]</pre>
 */
public final class AdapterOverheadHarness {

    private AdapterOverheadHarness() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        DukcapilAdapterBenchmark bench = new DukcapilAdapterBenchmark();
        DukcapilAdapterBenchmark.Healthy healthy = new DukcapilAdapterBenchmark.Healthy();
        healthy.start();
        try {
            for (int i = 0; i < 3_000; i++) {
                bench.rawUrlConnection(healthy);
                bench.decoratedAdapter(healthy);
                bench.undecoratedAdapter(healthy);
            }
            long[] raw = new long[pairs];
            long[] undecorated = new long[pairs];
            long[] decorated = new long[pairs];
            for (int i = 0; i < pairs; i++) {
                long t0 = System.nanoTime();
                bench.rawUrlConnection(healthy);
                long t1 = System.nanoTime();
                bench.undecoratedAdapter(healthy);
                long t2 = System.nanoTime();
                bench.decoratedAdapter(healthy);
                long t3 = System.nanoTime();
                raw[i] = t1 - t0;
                undecorated[i] = t2 - t1;
                decorated[i] = t3 - t2;
            }
            report("raw HttpURLConnection (baseline)", raw);
            report("undecorated adapter", undecorated);
            report("decorated adapter", decorated);
            System.out.printf(Locale.ROOT, "overhead decorated - raw:          p50 %+.3f ms, p99 %+.3f ms (goal <= 0.5 ms at p99)%n",
                    ms(q(decorated, .50) - q(raw, .50)), ms(q(decorated, .99) - q(raw, .99)));
            System.out.printf(Locale.ROOT, "resilience layer decorated - undecorated: p50 %+.3f ms, p99 %+.3f ms%n",
                    ms(q(decorated, .50) - q(undecorated, .50)), ms(q(decorated, .99) - q(undecorated, .99)));
            System.out.printf(Locale.ROOT, "ratio to the raw baseline: p50 %.2fx, p99 %.2fx%n",
                    (double) q(decorated, .50) / q(raw, .50), (double) q(decorated, .99) / q(raw, .99));
        } finally {
            healthy.stop();
        }

        DukcapilAdapterBenchmark.Down down = new DukcapilAdapterBenchmark.Down();
        down.start();
        try {
            for (int i = 0; i < 20_000; i++) {
                down.failure();
            }
            long[] failFast = new long[pairs * 5];
            for (int i = 0; i < failFast.length; i++) {
                long t0 = System.nanoTime();
                down.failure();
                failFast[i] = System.nanoTime() - t0;
            }
            report("fail-fast, circuit open", failFast);
            System.out.printf(Locale.ROOT, "fail-fast p99 %.4f ms (goal <= 1 ms)%n", ms(q(failFast, .99)));
        } finally {
            down.stop();
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-34s n=%d  p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  p99.9 %.3f ms%n", what,
                sorted.length, ms(q(sorted, .50)), ms(q(sorted, .90)), ms(q(sorted, .99)), ms(q(sorted, .999)));
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
