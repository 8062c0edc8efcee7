package id.simpul.adapters.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private SimulatorCommand command() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("letters", "200");
        extra.put("user", "demo");
        return SimulatorCommand.of("java -jar x-simulator.jar", extra);
    }

    private SimulatorCommand.Parsed parse(String... args) {
        return command().parse(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void badFlag_printsReasonAndUsageOnStandardError_andAsksForStatus2() {
        SimulatorCommand.Parsed parsed = parse("--colour=red");

        assertThat(parsed.options()).isNull();
        assertThat(parsed.exitStatus()).isEqualTo(SimulatorCommand.BAD_FLAGS);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--colour").contains("java -jar x-simulator.jar")
                .contains("--letters");
        assertThat(out.size()).isZero();
    }

    @Test
    void help_printsUsageOnStandardOutput_andDoesNotStart() {
        SimulatorCommand.Parsed parsed = parse("--help");

        assertThat(parsed.options()).isNull();
        assertThat(parsed.exitStatus()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: java -jar x-simulator.jar")
                .contains("--letters").contains("--user");
        assertThat(err.size()).isZero();
    }

    @Test
    void goodFlags_giveOptionsWithTheSimulatorsExtraFlagsAndDefaults() {
        SimulatorCommand.Parsed parsed = parse("--port=0", "--letters=5");

        assertThat(parsed.options()).isNotNull();
        assertThat(parsed.options().extra("letters")).isEqualTo("5");
        assertThat(parsed.options().extra("user")).isEqualTo("demo");
        assertThat(out.size()).isZero();
        assertThat(err.size()).isZero();
    }
}
