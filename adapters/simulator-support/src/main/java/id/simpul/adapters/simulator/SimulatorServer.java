package id.simpul.adapters.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulated external system: a real HTTP server on the loopback interface that routes requests by
 * path prefix to {@link SimHandler}s and adds the misbehaviour its {@link SimulatorKnobs} ask for, in
 * this order: outage (connection refused), latency, injected error, then the handler's answer, possibly
 * cut in half (malformed) and dripped slowly.
 *
 * <p>{@code GET /_sim/knobs} shows the knobs, {@code POST /_sim/knobs?latency=2s&error-rate=0.2} turns
 * them, {@code POST /_sim/reset} resets them; these admin requests are neither counted nor disturbed.
 * The random choices come from one seeded source, so a run can be repeated.
 */
public final class SimulatorServer implements AutoCloseable {

    static {
        // without it the JDK server delays small answers by ~40 ms (Nagle + delayed ACK)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final String ADMIN = "/_sim/";

    private final String name;
    private final Map<String, SimHandler> routes;
    private final SimulatorKnobs knobs;
    private final Random random;
    private final ExecutorService executor;
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, AtomicLong> requestsByRoute = new ConcurrentHashMap<>();
    private final Object lifecycle = new Object();
    private final java.util.function.Consumer<SimRequest> listener;
    private volatile int port;
    private HttpServer server;
    private boolean closed;

    private SimulatorServer(Builder b) {
        this.name = b.name;
        this.routes = new LinkedHashMap<>(b.routes);
        this.knobs = b.knobs;
        this.random = new Random(b.seed);
        this.port = b.port;
        this.listener = b.listener;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sim-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        routes.keySet().forEach(prefix -> requestsByRoute.put(prefix, new AtomicLong()));
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The port listened on (chosen by the system when 0 was asked). */
    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public SimulatorKnobs knobs() {
        return knobs;
    }

    /** Requests routed to a handler since start or the last {@link #resetCounts()} (admin excluded). */
    public long requests() {
        return requests.get();
    }

    public long requests(String routePrefix) {
        AtomicLong count = requestsByRoute.get(routePrefix);
        if (count == null) {
            throw new IllegalArgumentException("no route " + routePrefix + "; routes are " + routes.keySet());
        }
        return count.get();
    }

    public void resetCounts() {
        requests.set(0);
        requestsByRoute.values().forEach(c -> c.set(0));
    }

    @Override
    public void close() {
        synchronized (lifecycle) {
            closed = true;
            stopListening();
        }
        executor.shutdownNow();
    }

    private SimulatorServer start() {
        synchronized (lifecycle) {
            listen();
        }
        knobs.onOutageChange(this::applyOutage);
        if (knobs.outage()) {
            applyOutage();
        }
        return this;
    }

    private void applyOutage() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            if (knobs.outage()) {
                stopListening();
            } else if (server == null) {
                listen();
            }
        }
    }

    private void listen() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
            s.createContext("/", this::handle);
            s.setExecutor(executor);
            s.start();
            server = s;
            port = s.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("simulator " + name + " cannot listen on 127.0.0.1:" + port, e);
        }
    }

    private void stopListening() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith(ADMIN)) {
                send(exchange, admin(exchange, path), Duration.ZERO);
                return;
            }
            Map.Entry<String, SimHandler> route = route(path);
            if (route == null) {
                send(exchange, SimResponse.text(404, "no such path on simulator " + name), Duration.ZERO);
                return;
            }
            requests.incrementAndGet();
            requestsByRoute.get(route.getKey()).incrementAndGet();
            SimRequest request = read(exchange, path);
            listener.accept(request);
            pause(draw(knobs.latency()));
            if (chance(knobs.errorRate())) {
                int status = knobs.errorStatus();
                send(exchange, new SimResponse(status, "text/html; charset=utf-8",
                        "<html><body><h1>" + status + " simulated failure</h1></body></html>"), knobs.drip());
                return;
            }
            java.util.Optional<SimResponse> scripted = knobs.takeFault();
            if (scripted.isPresent()) {
                send(exchange, scripted.get(), knobs.drip());
                return;
            }
            SimResponse response;
            try {
                response = route.getValue().handle(request);
            } catch (RuntimeException e) {
                response = SimResponse.text(500, "simulator handler failed: " + e.getClass().getSimpleName());
            }
            if (knobs.takeMalformed() || chance(knobs.malformedRate())) {
                response = new SimResponse(response.status(), response.contentType(),
                        response.body().substring(0, response.body().length() / 2));
            }
            send(exchange, response, knobs.drip());
        }
    }

    private Map.Entry<String, SimHandler> route(String path) {
        for (Map.Entry<String, SimHandler> e : routes.entrySet()) {
            if (path.startsWith(e.getKey())) {
                return e;
            }
        }
        return null;
    }

    private SimResponse admin(HttpExchange exchange, String path) {
        String method = exchange.getRequestMethod();
        if (path.equals(ADMIN + "reset") && method.equals("POST")) {
            knobs.reset();
            resetCounts();
            return SimResponse.text(200, describe());
        }
        if (!path.equals(ADMIN + "knobs")) {
            return SimResponse.text(404, "admin paths: GET/POST /_sim/knobs, POST /_sim/reset");
        }
        if (method.equals("POST")) {
            List<String> problems = new ArrayList<>();
            String query = exchange.getRequestURI().getRawQuery();
            for (String pair : query == null ? new String[0] : query.split("&")) {
                String[] kv = pair.split("=", 2);
                String key = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
                try {
                    if (key.equals("outage")) {
                        problems.add("outage cannot be set over HTTP (it would close this port); use error-rate=1");
                    } else if (!knobs.apply(key, value)) {
                        problems.add("unknown knob " + key + "; knobs are " + new java.util.TreeSet<>(SimulatorKnobs.NAMES));
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
            if (!problems.isEmpty()) {
                return SimResponse.text(400, String.join("\n", problems) + "\n");
            }
        }
        return SimResponse.text(200, describe());
    }

    private String describe() {
        StringBuilder sb = new StringBuilder("simulator ").append(name).append(" on port ").append(port).append('\n');
        knobs.describe().forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        sb.append("requests=").append(requests.get()).append('\n');
        return sb.toString();
    }

    private static SimRequest read(HttpExchange exchange, String path) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String query = exchange.getRequestURI().getRawQuery();
        return new SimRequest(exchange.getRequestMethod(), path, query == null ? "" : query, headers, body);
    }

    private void send(HttpExchange exchange, SimResponse response, Duration drip) throws IOException {
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        boolean dripping = !drip.isZero() && bytes.length > 0;
        exchange.sendResponseHeaders(response.status(), dripping ? 0 : (bytes.length == 0 ? -1 : bytes.length));
        if (bytes.length == 0) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (!dripping) {
            out.write(bytes);
            return;
        }
        int chunk = knobs.dripChunk();
        for (int i = 0; i < bytes.length; i += chunk) {
            out.write(bytes, i, Math.min(chunk, bytes.length - i));
            out.flush();
            pause(drip);
        }
    }

    private Duration draw(LatencyProfile profile) {
        if (profile.isNone()) {
            return Duration.ZERO;
        }
        synchronized (random) {
            return profile.next(random);
        }
    }

    private boolean chance(double rate) {
        if (rate <= 0) {
            return false;
        }
        synchronized (random) {
            return random.nextDouble() < rate;
        }
    }

    /** The simulated system's own slowness; this is what is being simulated, not a synchronisation. */
    private static void pause(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Builds a simulator; {@link #start()} binds it to 127.0.0.1. */
    public static final class Builder {
        private final String name;
        private final Map<String, SimHandler> routes = new LinkedHashMap<>();
        private SimulatorKnobs knobs = new SimulatorKnobs();
        private long seed = 42;
        private int port;
        private java.util.function.Consumer<SimRequest> listener = request -> { };

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** 0 (the default) lets the system choose a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port is 0-65535");
            }
            this.port = port;
            return this;
        }

        public Builder knobs(SimulatorKnobs knobs) {
            this.knobs = Objects.requireNonNull(knobs, "knobs");
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Requests whose path starts with the prefix go to the handler; the first matching prefix wins. */
        public Builder route(String pathPrefix, SimHandler handler) {
            if (!pathPrefix.startsWith("/") || pathPrefix.startsWith(ADMIN)) {
                throw new IllegalArgumentException("a route starts with / and not with " + ADMIN);
            }
            routes.put(pathPrefix, Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /**
         * Sees every routed request before it is answered, e.g. for contract tests that check what an
         * adapter sends. Called on the server's threads.
         */
        public Builder onRequest(java.util.function.Consumer<SimRequest> requestListener) {
            this.listener = Objects.requireNonNull(requestListener, "requestListener");
            return this;
        }

        public SimulatorServer start() {
            return new SimulatorServer(this).start();
        }
    }
}
