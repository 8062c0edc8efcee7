package id.simpul.adapters.polri.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulator of the modelled Polri verification service: a real SOAP 1.1 server on loopback
 * answering {@code VerifikasiSuratKehilangan} and {@code CekStatusSkck} from {@link PolriRecords},
 * and serving its WSDL at {@code ?wsdl}.
 *
 * <p>Knobs, adjustable while it runs: fixed latency plus uniform jitter, an error rate (answered with
 * an HTTP 500 {@code soap:Server} fault), a full outage (connections are cut without an answer),
 * slow drip (the answer trickles out in small pieces) and malformed answers (cut in the middle).
 *
 * <pre>{@code
 * try (PolriSimulator sim = PolriSimulator.builder().build().start()) {
 *     URI endpoint = sim.endpoint();   // http://127.0.0.1:<port>/polri/verifikasi
 *     sim.setOutage(true);
 * }
 * }</pre>
 */
public final class PolriSimulator implements AutoCloseable {

    /** Path of the service on the simulator. */
    public static final String PATH = "/polri/verifikasi";

    private final Builder settings;
    private final PolriRecords records;
    private final VerificationService service;
    private final AtomicLong requests = new AtomicLong();
    private volatile Duration latency = Duration.ZERO;
    private volatile Duration jitter = Duration.ZERO;
    private volatile double errorRate;
    private volatile boolean outage;
    private volatile Duration dripDelay = Duration.ZERO;
    private volatile boolean malformed;
    private volatile ScriptedFailure scripted;
    private final java.util.concurrent.atomic.AtomicInteger scriptedLeft = new java.util.concurrent.atomic.AtomicInteger();
    private HttpServer server;
    private ExecutorService executor;

    private PolriSimulator(Builder b) {
        this.settings = b;
        this.records = PolriRecords.seeded(b.seed, LocalDate.now(b.clock), b.letters);
        this.service = new VerificationService(records, b.user, b.password, () -> LocalDate.now(b.clock));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds to loopback (the configured port, or a free one when 0) and starts answering. */
    public synchronized PolriSimulator start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port), 64);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on port " + settings.port + ": " + e.getMessage(), e);
        }
        executor = Executors.newFixedThreadPool(settings.threads, r -> {
            Thread t = new Thread(r, "polri-simulator");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(PATH, this::exchange);
        server.start();
        return this;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /** The service address, e.g. {@code http://127.0.0.1:40123/polri/verifikasi}. */
    public URI endpoint() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    public PolriRecords records() {
        return records;
    }

    /** Requests received since start, including those answered by a knob. */
    public long requestCount() {
        return requests.get();
    }

    public void setLatency(Duration fixed, Duration jitter) {
        this.latency = Objects.requireNonNull(fixed, "fixed");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    /** Share of requests, 0 to 1, answered with a {@code soap:Server} fault. */
    public void setErrorRate(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("error rate is between 0 and 1");
        }
        this.errorRate = rate;
    }

    public void setOutage(boolean down) {
        this.outage = down;
    }

    /** Answers trickle out in 16-byte pieces with this pause between them; zero switches it off. */
    public void setSlowDrip(Duration pauseBetweenPieces) {
        this.dripDelay = Objects.requireNonNull(pauseBetweenPieces, "pauseBetweenPieces");
    }

    public void setMalformed(boolean cutAnswers) {
        this.malformed = cutAnswers;
    }

    /**
     * The next {@code times} requests fail this way (then the simulator answers normally again);
     * {@link Integer#MAX_VALUE} for every request until {@link #reset()}.
     */
    public void failNext(ScriptedFailure failure, int times) {
        if (times < 0) {
            throw new IllegalArgumentException("times must not be negative");
        }
        scripted = java.util.Objects.requireNonNull(failure, "failure");
        scriptedLeft.set(times);
    }

    private ScriptedFailure takeScripted() {
        ScriptedFailure failure = scripted;
        while (failure != null) {
            int left = scriptedLeft.get();
            if (left <= 0) {
                return null;
            }
            if (left == Integer.MAX_VALUE || scriptedLeft.compareAndSet(left, left - 1)) {
                return failure;
            }
        }
        return null;
    }

    /** Switches every knob off, forgets scripted failures and sets the request count back to zero. */
    public void reset() {
        scripted = null;
        scriptedLeft.set(0);
        requests.set(0);
        setLatency(Duration.ZERO, Duration.ZERO);
        setErrorRate(0);
        setOutage(false);
        setSlowDrip(Duration.ZERO);
        setMalformed(false);
    }

    private void exchange(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            if (outage) {
                return;  // closed without an answer: the caller sees the connection cut
            }
            pause(latency.plusMillis(jitter.isZero() ? 0 : ThreadLocalRandom.current().nextLong(jitter.toMillis() + 1)));
            ScriptedFailure failure = takeScripted();
            VerificationService.Answer answer = failure == null ? answer(exchange) : scripted(failure, exchange);
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            if (malformed || failure == ScriptedFailure.MALFORMED) {
                body = java.util.Arrays.copyOf(body, body.length / 2);
            }
            exchange.getResponseHeaders().set("Content-Type", answer.body().startsWith("<html")
                    ? "text/html; charset=UTF-8" : "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(answer.status(), body.length);
            write(exchange.getResponseBody(), body);
        }
    }

    private VerificationService.Answer scripted(ScriptedFailure failure, HttpExchange exchange) throws IOException {
        byte[] request;
        try (InputStream in = exchange.getRequestBody()) {
            request = in.readAllBytes();
        }
        return switch (failure) {
            case UNAVAILABLE -> new VerificationService.Answer(503,
                    "<html><body><h1>503 Service Unavailable</h1></body></html>");
            case SERVER_ERROR -> VerificationService.fault(500, "soap:Server", "Kesalahan sistem, silakan coba lagi");
            case CREDENTIALS_REJECTED -> service.handle(request, true);
            case MALFORMED -> service.handle(request, false);
        };
    }

    private VerificationService.Answer answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String query = exchange.getRequestURI().getQuery();
        if ("GET".equals(method) && "wsdl".equalsIgnoreCase(query)) {
            return new VerificationService.Answer(200, wsdl(exchange));
        }
        if ("GET".equals(method) && "xsd".equalsIgnoreCase(query)) {
            return new VerificationService.Answer(200, resource(VerificationService.SCHEMA_RESOURCE));
        }
        if (!"POST".equals(method)) {
            return VerificationService.fault(405, "soap:Client", "Gunakan POST untuk SOAP, GET ?wsdl untuk WSDL");
        }
        byte[] request;
        try (InputStream in = exchange.getRequestBody()) {
            request = in.readAllBytes();
        }
        if (errorRate > 0 && ThreadLocalRandom.current().nextDouble() < errorRate) {
            return VerificationService.fault(500, "soap:Server", "Kesalahan sistem, silakan coba lagi");
        }
        return service.handle(request, false);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PolriSimulator.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String wsdl(HttpExchange exchange) throws IOException {
        {
            String text = resource("specs/wsdl/polri-verifikasi.v1.wsdl");
            String self = "http://127.0.0.1:" + exchange.getLocalAddress().getPort() + PATH;
            return text.replace("http://localhost:8083/polri/verifikasi", self)
                    .replace("schemaLocation=\"polri-verifikasi.v1.xsd\"", "schemaLocation=\"" + self + "?xsd\"");
        }
    }

    private void write(OutputStream out, byte[] body) throws IOException {
        Duration drip = dripDelay;
        if (drip.isZero()) {
            out.write(body);
            return;
        }
        for (int i = 0; i < body.length; i += 16) {
            out.write(body, i, Math.min(16, body.length - i));
            out.flush();
            pause(drip);
        }
    }

    private static void pause(Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Settings fixed at start; knobs are changed on the running simulator. */
    public static final class Builder {
        private int port;
        private long seed = 20261206L;
        private int letters = 200;
        private String user = "simpul";
        private String password = "rahasia-simulator";
        private Clock clock = Clock.system(java.time.ZoneId.of("Asia/Jakarta"));
        private int threads = 16;

        private Builder() {
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port is 0 to 65535");
            }
            this.port = port;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder letters(int letters) {
            this.letters = letters;
            return this;
        }

        /** The only account the simulator accepts. */
        public Builder credentials(String user, String password) {
            this.user = Objects.requireNonNull(user, "user");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** The clock that decides "today" (letters' validity, clearance expiry). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = threads;
            return this;
        }

        public PolriSimulator build() {
            return new PolriSimulator(this);
        }
    }
}
