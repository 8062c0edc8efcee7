package id.simpul.benchmarks.authority;

import id.simpul.sdk.authority.AuthorityConfiguration;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Heap retained by the built {@link NationalConfiguration national-scale configuration}, reported
 * as the {@code retainedMegabytes} secondary result (ignore the time: it includes forced
 * collections). Method as in {@code RegionHeapBenchmark}: serial collector, full collections
 * until the used heap settles, before and after, while the structure is reachable. The region
 * dataset is loaded first and not counted. Goal: at most 256 MB for the whole configuration.
 * Baseline in the same run: the generated parts alone, without the checks' and the resolver's
 * indexes, so the difference is what the engine adds.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx1g"})
public class AuthorityHeapBenchmark {

    /** What the benchmark retains, in megabytes (10^6 bytes). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Retained {
        public double retainedMegabytes;
    }

    /** The region dataset, loaded before the measurement. */
    @State(Scope.Thread)
    public static class Regions {
        @Setup(Level.Trial)
        public void load() {
            RegionRegistry.official().count(RegionLevel.VILLAGE);
        }
    }

    @Benchmark
    public AuthorityConfiguration configuration(Regions regions, Retained retained) {
        long before = usedHeapAfterGc();
        AuthorityConfiguration configuration = NationalConfiguration.generate().builder().build();
        retained.retainedMegabytes = (usedHeapAfterGc() - before) / 1e6;
        return configuration;
    }

    @Benchmark
    public NationalConfiguration baseline_partsOnly(Regions regions, Retained retained) {
        long before = usedHeapAfterGc();
        NationalConfiguration parts = NationalConfiguration.generate();
        retained.retainedMegabytes = (usedHeapAfterGc() - before) / 1e6;
        return parts;
    }

    static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int settled = 0; settled < 3; ) {
            System.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            settled = now >= used ? settled + 1 : 0;
            used = Math.min(used, now);
        }
        return used;
    }
}
