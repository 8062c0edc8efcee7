package id.simpul.benchmarks.authority;

import id.simpul.sdk.authority.AuthorityConfiguration;
import id.simpul.sdk.region.RegionRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * Cold load of the {@link NationalConfiguration national-scale configuration}: one call per fresh
 * JVM (class loading and interpreter included), as a node pays it at start-up. The region dataset
 * is loaded in the setup (its own cost is {@code RegionLoadBenchmark}'s).
 *
 * <ul>
 *   <li>{@code build}: every load-time rule checked over the ready parts, then the resolver's
 *       indexes built — {@code AuthorityConfiguration.Builder.build()};</li>
 *   <li>{@code generateAndBuild}: creating the 8,000 agencies, 3,084 authorities, 14,570
 *       delegations and 2,000 agreements (what a configuration loader does after parsing) and then
 *       building — the whole load. Goal: at most 3 s;</li>
 *   <li>{@code baseline_generateOnly}: creating the parts only, the floor any loader pays.</li>
 * </ul>
 *
 * <p>Besides the wall time, each reports {@code cpuMilliseconds}: the CPU time of the measuring
 * thread (JIT compiler and collector threads not included). On a shared machine the wall time
 * grows with the load; the thread's CPU time much less.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class AuthorityLoadBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The region dataset, loaded before the measurement. */
    @State(Scope.Thread)
    public static class Regions {
        @Setup(Level.Trial)
        public void load() {
            RegionRegistry.official().count(id.simpul.sdk.region.RegionLevel.VILLAGE);
        }
    }

    /** The generated parts, ready to build. */
    @State(Scope.Thread)
    public static class Parts {
        NationalConfiguration world;

        @Setup(Level.Trial)
        public void generate() {
            world = NationalConfiguration.generate();
        }
    }

    /** CPU time of the measuring thread, in milliseconds. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cpu {
        public double cpuMilliseconds;
    }

    @Benchmark
    public AuthorityConfiguration build(Parts parts, Cpu cpu) {
        long start = THREADS.getCurrentThreadCpuTime();
        AuthorityConfiguration configuration = parts.world.builder().build();
        cpu.cpuMilliseconds = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
        return configuration;
    }

    @Benchmark
    public AuthorityConfiguration generateAndBuild(Regions regions, Cpu cpu) {
        long start = THREADS.getCurrentThreadCpuTime();
        AuthorityConfiguration configuration = NationalConfiguration.generate().builder().build();
        cpu.cpuMilliseconds = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
        return configuration;
    }

    @Benchmark
    public NationalConfiguration baseline_generateOnly(Regions regions, Cpu cpu) {
        long start = THREADS.getCurrentThreadCpuTime();
        NationalConfiguration parts = NationalConfiguration.generate();
        cpu.cpuMilliseconds = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
        return parts;
    }
}
