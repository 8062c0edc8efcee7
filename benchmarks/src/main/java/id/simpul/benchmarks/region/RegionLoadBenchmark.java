package id.simpul.benchmarks.region;

import id.simpul.sdk.region.RegionRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold load of the official region dataset: one call per fresh JVM, so every sample pays class
 * loading, the interpreter and the jar's inflater, as an application's first lookup does.
 * Goal: {@code official} at most 300 ms. Baselines in the same run: reading the same resource
 * into a {@code HashMap} of code to name (the least a naive loader does), and reading its bytes.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class RegionLoadBenchmark {

    static final String RESOURCE = "/id/simpul/sdk/region/wilayah/wilayah.txt";

    @Benchmark
    public RegionRegistry official() {
        return RegionRegistry.official();
    }

    @Benchmark
    public Map<String, String> baseline_hashMapOfLines() {
        Map<String, String> names = new HashMap<>(1 << 17);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(), StandardCharsets.UTF_8))) {
            String district = "";
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                String code = line.substring(0, space);
                if (space == 8) {
                    district = code;
                }
                names.put(space == 4 ? district + "." + code : code, line.substring(space + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    @Benchmark
    public byte[] baseline_readBytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open() {
        return RegionRegistry.class.getResourceAsStream(RESOURCE);
    }
}
