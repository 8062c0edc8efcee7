package id.simpul.benchmarks.config;

import id.simpul.sdk.config.CheckResult;
import id.simpul.sdk.config.ConfigSource;
import id.simpul.sdk.config.ConfigurationLoader;
import id.simpul.sdk.config.DemoConfiguration;
import id.simpul.sdk.region.RegionRegistry;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.yaml.snakeyaml.Yaml;

/**
 * Checking and loading the demo configuration (18 YAML files: 6 regencies, 118 agencies, 13
 * service standards, 20 authorities, 5 delegations expanded to 16, 4 agreements), warm: YAML with
 * positions, JSON Schema validation, region checks, the engine's rules, the resolver's indexes.
 * The files are read into memory first and the region dataset is loaded, so neither counts.
 * Baseline in the same run: SnakeYAML composing the same files, no checks at all; the ratio is the
 * price of checking everything and reporting it well.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ConfigurationLoadBenchmark {

    private ConfigSource inMemory;
    private List<String> texts;
    private ConfigurationLoader loader;

    @Setup(Level.Trial)
    public void readFiles() {
        ConfigSource demo = DemoConfiguration.source();
        Map<String, byte[]> files = new LinkedHashMap<>();
        demo.files().forEach(name -> files.put(name, demo.read(name).orElseThrow()));
        inMemory = new ConfigSource() {
            @Override
            public String origin() {
                return "memory:demo";
            }

            @Override
            public List<String> files() {
                return List.copyOf(files.keySet());
            }

            @Override
            public Optional<byte[]> read(String name) {
                return Optional.ofNullable(files.get(name));
            }
        };
        texts = files.entrySet().stream().filter(e -> e.getKey().endsWith(".yaml"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).toList();
        loader = ConfigurationLoader.of(RegionRegistry.official());
        CheckResult first = loader.check(inMemory);
        if (!first.isClean()) {
            throw new IllegalStateException(first.report(java.util.Locale.ENGLISH));
        }
    }

    @Benchmark
    public CheckResult checkDemo() {
        return loader.check(inMemory);
    }

    @Benchmark
    public void baseline_composeYamlOnly(Blackhole bh) {
        for (String text : texts) {
            bh.consume(new Yaml().compose(new StringReader(text)));
        }
    }
}
