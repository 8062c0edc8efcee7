package id.simpul.benchmarks.region;

import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.HashMap;
import java.util.Map;
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
 * Heap retained by the official registry, reported as the {@code retainedMegabytes} secondary
 * result (ignore the time: it includes the forced collections). Method: in a fresh JVM with the
 * serial collector, force full collections until the used heap settles, build, collect again,
 * and take the difference of {@link MemoryMXBean} heap usage while the structure is still
 * reachable. The figure is deterministic (equal to 0.01 MB across forks), hence one fork: JMH
 * would sum this counter over forks. Goal: at most 40 MB. Baseline in the same run: the same
 * regions as a {@code HashMap<String, Region>}, the layout a straightforward registry would use.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx512m"})
public class RegionHeapBenchmark {

    /** What the benchmark retains, in megabytes (10^6 bytes). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Retained {
        public double retainedMegabytes;
    }

    /** The official registry loaded before the baseline is measured, so only the map counts. */
    @State(Scope.Thread)
    public static class Loaded {
        RegionRegistry registry;

        @Setup(Level.Trial)
        public void load() {
            registry = RegionRegistry.official();
        }
    }

    @Benchmark
    public Object official(Retained retained) {
        long before = usedHeapAfterGc();
        RegionRegistry registry = RegionRegistry.official();
        retained.retainedMegabytes = (usedHeapAfterGc() - before) / 1e6;
        return registry;
    }

    /** With the search text too, which the registry builds on the first search only. */
    @Benchmark
    public Object officialAfterASearch(Retained retained) {
        long before = usedHeapAfterGc();
        RegionRegistry registry = RegionRegistry.official();
        registry.search("no region has this name", 1);
        retained.retainedMegabytes = (usedHeapAfterGc() - before) / 1e6;
        return registry;
    }

    @Benchmark
    public Object baseline_hashMapOfRegions(Loaded loaded, Retained retained) {
        long before = usedHeapAfterGc();
        Map<String, Region> byCode = new HashMap<>(1 << 17);
        for (RegionLevel level : RegionLevel.values()) {
            for (Region region : loaded.registry.all(level)) {
                byCode.put(region.code().value(), region);
            }
        }
        retained.retainedMegabytes = (usedHeapAfterGc() - before) / 1e6;
        return byCode;
    }

    static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
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
