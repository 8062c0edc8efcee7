package id.simpul.adapters.simulator;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The command line shared by every simulator's {@code main}: parses {@link SimulatorOptions} (on a bad
 * flag prints the reason and the usage to standard error and exits with status 2; {@code --help} prints
 * the usage and returns), starts the simulator, closes it on shutdown (Ctrl+C), prints what the
 * simulator describes about itself and serves until stopped.
 */
public final class SimulatorCommand {

    /** Exit status of the process when the flags cannot be used. */
    public static final int BAD_FLAGS = 2;

    private final String command;
    private final Map<String, String> extraFlags;

    private SimulatorCommand(String command, Map<String, String> extraFlags) {
        this.command = Objects.requireNonNull(command, "command");
        this.extraFlags = new LinkedHashMap<>(Objects.requireNonNull(extraFlags, "extraFlags"));
    }

    /**
     * @param command    how the simulator is started, shown in the usage ({@code java -jar x-simulator.jar})
     * @param extraFlags the simulator's own flag names (without dashes) with their default values, in the
     *                   order the usage lists them
     */
    public static SimulatorCommand of(String command, Map<String, String> extraFlags) {
        return new SimulatorCommand(command, extraFlags);
    }

    /**
     * Runs the simulator until the process is stopped.
     *
     * @param start    builds and starts the simulator from the parsed options
     * @param describe prints the simulator's address and what to try, once it is started
     */
    public <S extends AutoCloseable> void run(String[] args, Function<SimulatorOptions, S> start,
                                              BiConsumer<S, SimulatorOptions> describe) throws InterruptedException {
        Parsed parsed = parse(args, System.out, System.err);
        if (parsed.exitStatus() == BAD_FLAGS) {
            System.exit(BAD_FLAGS);
            return;
        }
        if (parsed.options() == null) {
            return;
        }
        S simulator = start.apply(parsed.options());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeQuietly(simulator);
            stopped.countDown();
        }));
        describe.accept(simulator, parsed.options());
        stopped.await();
    }

    /**
     * Parses the flags, printing the usage on {@code out} for {@code --help} and the reason plus the
     * usage on {@code err} for a bad flag.
     */
    Parsed parse(String[] args, PrintStream out, PrintStream err) {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args, extraFlags);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(SimulatorOptions.usage(command, extraFlags));
            return new Parsed(null, BAD_FLAGS);
        }
        if (options.help()) {
            out.print(SimulatorOptions.usage(command, extraFlags));
            return new Parsed(null, 0);
        }
        return new Parsed(options, 0);
    }

    private static void closeQuietly(AutoCloseable simulator) {
        try {
            simulator.close();
        } catch (Exception e) {
            System.err.println("closing the simulator failed: " + e);
        }
    }

    /** Outcome of {@link #parse}: options to run with, or none and the exit status. */
    record Parsed(SimulatorOptions options, int exitStatus) {
    }
}
