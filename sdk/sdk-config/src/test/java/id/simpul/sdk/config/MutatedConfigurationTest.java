package id.simpul.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Robustness: the demo with one value replaced by something else (seeded, so a failure is
 * reproducible by its seed). Whatever the mistake, the check ends with a report, never with an
 * exception, and every problem points at a line that exists in its file.
 */
class MutatedConfigurationTest {

    private static final List<String> REPLACEMENTS = List.of("", "~", "-1", "0", "99.99", "\"61.99.99\"", "true",
            "[]", "{}", "2025-02-30", "61.12", "'x'", "ADM-XX", "[ADM-KK, ADM-KK]", "\"luas_bangunan <= abc\"",
            "{id: x}", "P0D", "9999999999999999999999");

    @TempDir
    Path folder;

    static Stream<Long> seeds() {
        return IntStream.range(0, 120).mapToObj(i -> 7919L * i + 17);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void check_demoWithOneValueReplaced_reportsInsteadOfFailing(long seed) throws IOException {
        Random random = new Random(seed);
        Path config = CheckRun.copyOfDemo(folder);
        List<String> yaml = DemoConfiguration.source().files().stream().filter(f -> f.endsWith(".yaml")).toList();
        String file = yaml.get(random.nextInt(yaml.size()));
        List<String> lines = Files.readAllLines(config.resolve(file), StandardCharsets.UTF_8);
        List<Integer> valueLines = IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).matches("^\\s*(- )?[A-Za-z]+: .+$")).boxed().toList();
        int target = valueLines.get(random.nextInt(valueLines.size()));
        String line = lines.get(target);
        lines.set(target, line.substring(0, line.indexOf(": ") + 2)
                + REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())));
        Files.write(config.resolve(file), lines, StandardCharsets.UTF_8);

        CheckResult result = ConfigurationLoader.official().check(config);

        String report = result.report(Locale.ENGLISH);
        assertThat(report).isNotBlank();
        for (ConfigProblem p : result.problems()) {
            assertThat(p.line()).as(report).isLessThanOrEqualTo(lineCount(config.resolve(p.file())));
            assertThat(p.line() == 0 || !p.field().isEmpty() || p.code().startsWith("yaml.")).as(report).isTrue();
            assertThat(p.describe(Locale.ENGLISH)).doesNotContain("{0}", "{1}");
            assertThat(p.describe(Locale.forLanguageTag("id"))).doesNotContain("{0}", "{1}");
        }
        assertThat(CheckRun.of(config.toString()).exit()).isIn(0, 1);
    }

    private static int lineCount(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).size() + 1 : 0;
    }
}
