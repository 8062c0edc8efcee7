package id.simpul.benchmarks.authority;

import id.simpul.sdk.authority.AuthorityResolver;
import id.simpul.sdk.authority.Decision;
import id.simpul.sdk.authority.Refusal;
import id.simpul.sdk.authority.Resolution;
import id.simpul.sdk.authority.ResolutionQuery;
import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyId;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Resolutions per second on one thread over the {@link NationalConfiguration national-scale
 * configuration} (514 regencies × 150 services, 14,570 delegations to the 7,285 kecamatan, 2,000
 * agreements), cycling through 4,096 queries (decisions and refusals mixed as a real network would
 * see them). Goal: at least 1,000,000 per second. Baseline in the same run: the same rules as a
 * linear scan of the configuration ({@link LinearScanResolver}); the setup checks that both give
 * the same competent office for every query, and prints how the queries were answered. A second
 * baseline, one {@code HashMap} lookup per query, shows how fast the machine runs during the run
 * (on a shared machine the absolute figures move; the ratios much less). After each iteration
 * it prints the operations per second of the measuring thread's CPU time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class AuthorityResolveBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final int QUERIES = 4_096;

    private AuthorityResolver resolver;
    private LinearScanResolver linearScan;
    private ResolutionQuery[] queries;
    private Map<AgencyId, Agency> offices;
    private int next;
    private int startQuery;
    private long startCpu;

    @Setup(Level.Trial)
    public void setUp() {
        NationalConfiguration world = NationalConfiguration.generate();
        resolver = world.builder().build().resolver();
        linearScan = new LinearScanResolver(world);
        offices = new HashMap<>();
        world.agencies.forEach(a -> offices.put(a.id(), a));
        List<ResolutionQuery> list = world.queries(QUERIES, 7L);
        queries = list.toArray(ResolutionQuery[]::new);
        Map<String, Integer> answers = new TreeMap<>();
        for (ResolutionQuery q : queries) {
            Resolution r = resolver.resolve(q);
            Optional<String> indexed = r instanceof Decision d ? Optional.of(d.competentOffice().id().value())
                    : Optional.empty();
            Optional<String> scanned = linearScan.competentOffice(q).map(Object::toString);
            if (!indexed.equals(scanned)) {
                throw new IllegalStateException("resolvers disagree on " + q + ": " + indexed + " vs " + scanned);
            }
            String key = r instanceof Refusal f ? f.reason().name()
                    : "DECISION" + (((Decision) r).delegation().isPresent() ? "_DELEGATED" : "")
                    + (((Decision) r).agreement().isPresent() ? "_AGREEMENT" : "");
            answers.merge(key, 1, Integer::sum);
        }
        System.out.println("answers over " + QUERIES + " queries: " + answers);
    }

    @Setup(Level.Iteration)
    public void startCpuClock() {
        startQuery = next;
        startCpu = THREADS.getCurrentThreadCpuTime();
    }

    /** Operations per second of the measuring thread's CPU time: less dependent on the machine's load than the score. */
    @TearDown(Level.Iteration)
    public void printCpuRate() {
        double seconds = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e9;
        System.out.printf(" [%.0f ops per CPU-second]", (next - startQuery) / seconds);
    }

    @Benchmark
    public Resolution resolve() {
        return resolver.resolve(queries[next++ & (QUERIES - 1)]);
    }

    /** The floor: one hash lookup per query (the filing office by id), to read the machine's speed in the same run. */
    @Benchmark
    public Object baseline_oneHashLookup() {
        return offices.get(queries[next++ & (QUERIES - 1)].filingAgency());
    }

    @Benchmark
    public Optional<?> baseline_linearScan() {
        return linearScan.competentOffice(queries[next++ & (QUERIES - 1)]);
    }

    /** Runs this class's benchmarks and prints each score with its ratio to the linear scan. */
    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(AuthorityResolveBenchmark.class.getName() + ".*").build()).run();
        Map<String, Double> scores = new TreeMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            scores.put(label.substring(label.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        double baseline = scores.get("baseline_linearScan");
        double lookup = scores.get("baseline_oneHashLookup");
        System.out.println("benchmark                 ops/s   x linear scan   / one hash lookup");
        scores.forEach((name, score) -> System.out.printf("%-24s %12.0f   %10.1f   %10.3f%n", name, score,
                score / baseline, score / lookup));
    }
}
