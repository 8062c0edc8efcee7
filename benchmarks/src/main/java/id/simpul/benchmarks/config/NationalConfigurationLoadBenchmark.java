package id.simpul.benchmarks.config;

import id.simpul.sdk.config.CheckResult;
import id.simpul.sdk.config.ConfigurationLoader;
import id.simpul.sdk.region.RegionRegistry;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Checking and loading a national-scale configuration folder written in YAML (see
 * {@link NationalYamlConfiguration}: 514 regencies, about 10,900 agencies, 150 services, 3,084
 * authorities, 1,028 toCamatOf delegations expanding to 14,570, 2,000 agreements), from memory,
 * each iteration a full check (YAML with positions, JSON Schema, region dataset, engine rules,
 * resolver indexes). Goal of the engine's configuration load: at most 3 s; this measures what the
 * YAML files add on top. Baseline in the same run: SnakeYAML composing the same files, no checks.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class NationalConfigurationLoadBenchmark {

    private NationalYamlConfiguration world;
    private List<String> texts;
    private ConfigurationLoader loader;

    @Setup(Level.Trial)
    public void generate() {
        RegionRegistry regions = RegionRegistry.official();
        world = NationalYamlConfiguration.generate(regions);
        texts = world.texts();
        loader = ConfigurationLoader.of(regions);
        CheckResult first = loader.check(world.source());
        if (!first.isClean()) {
            throw new IllegalStateException(first.report(Locale.ENGLISH).lines().limit(40).toList().toString());
        }
        System.out.printf("%n%d files, %.1f MB of YAML%n", texts.size(), world.bytes() / 1e6);
    }

    @Benchmark
    public CheckResult checkNationalFolder() {
        return loader.check(world.source());
    }

    @Benchmark
    public void baseline_composeYamlOnly(Blackhole bh) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        for (String text : texts) {
            bh.consume(new Yaml(options).compose(new StringReader(text)));
        }
    }
}
