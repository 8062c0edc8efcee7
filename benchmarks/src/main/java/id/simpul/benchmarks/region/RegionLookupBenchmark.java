package id.simpul.benchmarks.region;

import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lookups in the official registry, one thread, over 4,096 random village and kecamatan codes
 * (fixed seed). Baselines in the same run: {@code HashMap.get} on maps of ready-made
 * {@link Region} objects — the layout the compact registry gives up to save memory — so the
 * ratio shows what building values on demand costs.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class RegionLookupBenchmark {

    private static final int MASK = 4095;

    private RegionRegistry registry;
    private String[] villageTexts;
    private RegionCode[] villageCodes;
    private RegionCode[] districtCodes;
    private String[] districtTexts;
    private Map<String, Region> byCode;
    private Map<String, List<Region>> childrenByCode;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        registry = RegionRegistry.official();
        List<Region> villages = registry.all(RegionLevel.VILLAGE);
        List<Region> districts = registry.all(RegionLevel.DISTRICT);
        Random random = new Random(42);
        villageTexts = new String[MASK + 1];
        villageCodes = new RegionCode[MASK + 1];
        districtCodes = new RegionCode[MASK + 1];
        districtTexts = new String[MASK + 1];
        for (int i = 0; i <= MASK; i++) {
            villageCodes[i] = villages.get(random.nextInt(villages.size())).code();
            villageTexts[i] = villageCodes[i].value();
            districtCodes[i] = districts.get(random.nextInt(districts.size())).code();
            districtTexts[i] = districtCodes[i].value();
        }
        byCode = new HashMap<>(1 << 17);
        childrenByCode = new HashMap<>(1 << 14);
        for (RegionLevel level : RegionLevel.values()) {
            for (Region r : registry.all(level)) {
                byCode.put(r.code().value(), r);
                r.parent().ifPresent(p -> childrenByCode.computeIfAbsent(p.value(), k -> new ArrayList<>()).add(r));
            }
        }
    }

    private int index() {
        return next++ & MASK;
    }

    @Benchmark
    public Optional<Region> findByText() {
        return registry.find(villageTexts[index()]);
    }

    @Benchmark
    public Optional<Region> findByCode() {
        return registry.find(villageCodes[index()]);
    }

    @Benchmark
    public boolean contains() {
        return registry.contains(villageCodes[index()]);
    }

    @Benchmark
    public List<Region> childrenOfKecamatan() {
        return registry.children(districtCodes[index()]);
    }

    @Benchmark
    public Region baseline_hashMapGet() {
        return byCode.get(villageTexts[index()]);
    }

    @Benchmark
    public List<Region> baseline_hashMapChildren() {
        return childrenByCode.get(districtTexts[index()]);
    }
}
