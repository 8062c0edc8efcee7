package id.simpul.adapters.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line flags of a simulator: {@code --port=8081} (or {@code --port 8081}), {@code --seed=42},
 * {@code --people=500}, every knob of {@link SimulatorKnobs} ({@code --latency=uniform:10ms..80ms},
 * {@code --error-rate=0.05}, ...) and the simulator's own extra flags. {@code --help} asks for usage.
 */
public final class SimulatorOptions {

    private final int port;
    private final long seed;
    private final int people;
    private final boolean help;
    private final SimulatorKnobs knobs;
    private final Map<String, String> extra;

    private SimulatorOptions(int port, long seed, int people, boolean help, SimulatorKnobs knobs,
                             Map<String, String> extra) {
        this.port = port;
        this.seed = seed;
        this.people = people;
        this.help = help;
        this.knobs = knobs;
        this.extra = Collections.unmodifiableMap(extra);
    }

    /**
     * @param extraFlags the simulator's own flag names (without dashes), with their default values
     * @throws IllegalArgumentException naming the flag that is unknown or malformed and listing valid ones
     */
    public static SimulatorOptions parse(String[] args, Map<String, String> extraFlags) {
        int port = 0;
        long seed = 42;
        int people = 200;
        boolean help = false;
        SimulatorKnobs knobs = new SimulatorKnobs();
        Map<String, String> extra = new LinkedHashMap<>(extraFlags);
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'; flags look like --port=8081");
            }
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else {
                name = arg.substring(2);
                boolean takesValue = !name.equals("help") && !name.equals("outage")
                        && i + 1 < list.size() && !list.get(i + 1).startsWith("--");
                value = takesValue ? list.get(++i) : "true";
            }
            try {
                switch (name) {
                    case "help" -> help = true;
                    case "port" -> port = Integer.parseInt(value);
                    case "seed" -> seed = Long.parseLong(value);
                    case "people" -> people = Integer.parseInt(value);
                    default -> {
                        if (extra.containsKey(name)) {
                            extra.put(name, value);
                        } else if (!knobs.apply(name, value)) {
                            throw new IllegalArgumentException("unknown flag --" + name + "; flags are "
                                    + flagNames(knobs, extraFlags.keySet()));
                        }
                    }
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " takes a whole number, not '" + value + "'", e);
            }
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port is 0-65535 (0 = any free port)");
        }
        if (people < 1 || people > 1_000_000) {
            throw new IllegalArgumentException("--people is 1 to 1000000");
        }
        return new SimulatorOptions(port, seed, people, help, knobs, extra);
    }

    /** Usage text listing every flag, for {@code --help} and errors. */
    public static String usage(String command, Map<String, String> extraFlags) {
        StringBuilder sb = new StringBuilder("usage: ").append(command).append(" [flags]\n")
                .append("  --port=N          port on 127.0.0.1 (0 = any free port; default 0)\n")
                .append("  --seed=N          seed of synthetic people and random misbehaviour (default 42)\n")
                .append("  --people=N        number of synthetic people (default 200)\n")
                .append("  --latency=P       50ms | uniform:10ms..200ms | lognormal:40ms:0.8\n")
                .append("  --error-rate=R    share of requests answered with --error-status (0-1)\n")
                .append("  --error-status=S  HTTP status of injected errors (default 503)\n")
                .append("  --outage          start with the port refusing connections\n")
                .append("  --drip=D          pause between 8-byte chunks of each answer, e.g. 200ms\n")
                .append("  --drip-chunk=N    bytes per chunk when dripping\n")
                .append("  --malformed-rate=R share of answers cut in half\n");
        extraFlags.forEach((k, v) -> sb.append("  --").append(k).append("=... (default ").append(v).append(")\n"));
        sb.append("Knobs can be changed while running: curl -X POST 'http://127.0.0.1:PORT/_sim/knobs?latency=2s'\n");
        return sb.toString();
    }

    private static Set<String> flagNames(SimulatorKnobs knobs, Set<String> extra) {
        Set<String> names = new java.util.TreeSet<>(Set.of("help", "port", "seed", "people"));
        names.addAll(new java.util.TreeSet<>(SimulatorKnobs.NAMES));
        names.addAll(extra);
        return names;
    }

    public int port() {
        return port;
    }

    public long seed() {
        return seed;
    }

    public int people() {
        return people;
    }

    public boolean help() {
        return help;
    }

    public SimulatorKnobs knobs() {
        return knobs;
    }

    public String extra(String name) {
        String v = extra.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no flag --" + name);
        }
        return v;
    }
}
