package id.simpul.adapters.oss.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulator of OSS RBA's host-to-host REST interface: a real HTTP server on loopback answering
 * {@code POST /oss-rba/{inqueryNIB|receiveLicenseStatus|receiveLicense|checkLicenseStatus}} with
 * the {@code user_key} header, in OSS's JSON shapes and response codes (200, 400, 401, 403, 404,
 * 405, 500, 504), from {@link OssRecords}.
 *
 * <p>Knobs, adjustable while it runs: fixed latency plus uniform jitter, an error rate (answered
 * with 500 or 504 in OSS's shape, alternately), a full outage (connections are cut without an
 * answer), slow drip (the answer trickles out in small pieces) and malformed answers (cut in the
 * middle).
 */
public final class OssSimulator implements AutoCloseable {

    /** Base path of the operations on the simulator. */
    public static final String PATH = "/oss-rba";

    private final Builder settings;
    private final OssRecords records;
    private final OssApi api;
    private final AtomicLong errors = new AtomicLong();
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

    private OssSimulator(Builder b) {
        this.settings = b;
        this.records = OssRecords.seeded(b.seed, b.businesses);
        this.api = new OssApi(records, b.userKey);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds to loopback (the configured port, or a free one when 0) and starts answering. */
    public synchronized OssSimulator start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port), 64);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on port " + settings.port + ": " + e.getMessage(), e);
        }
        executor = Executors.newFixedThreadPool(settings.threads, r -> {
            Thread t = new Thread(r, "oss-simulator");
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

    /** The base address, e.g. {@code http://127.0.0.1:40123/oss-rba}; operations are below it. */
    public URI endpoint() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    public OssRecords records() {
        return records;
    }

    /** Pushes recorded (a repeated identical push is acknowledged but not recorded again). */
    public long recordedPushes() {
        return api.recordedPushes();
    }

    /** The last status recorded for a licence, as {@code kd_status}, if the regency pushed any. */
    public java.util.Optional<String> lastPushedStatus(String nib, String licenceId) {
        return api.latestStatus(nib, licenceId).map(OssApi.StatusEntry::status);
    }

    /** Requests received since start, including those answered by a knob. */
    public long requestCount() {
        return requests.get();
    }

    public void setLatency(Duration fixed, Duration jitter) {
        this.latency = Objects.requireNonNull(fixed, "fixed");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    /** Share of requests, 0 to 1, answered with 500 or 504. */
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
            OssApi.Answer answer = answer(exchange, failure);
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            if (malformed || failure == ScriptedFailure.MALFORMED) {
                body = java.util.Arrays.copyOf(body, body.length / 2);
            }
            exchange.getResponseHeaders().set("Content-Type", answer.body().startsWith("<html")
                    ? "text/html; charset=UTF-8" : "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length);
            write(exchange.getResponseBody(), body);
        }
    }

    private OssApi.Answer answer(HttpExchange exchange, ScriptedFailure failure) throws IOException {
        String operation = exchange.getRequestURI().getPath().substring(PATH.length()).replaceFirst("^/", "");
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (failure == ScriptedFailure.UNAVAILABLE) {
            return new OssApi.Answer(503, "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>");
        }
        if (failure == ScriptedFailure.SERVER_ERROR) {
            return new OssApi.Answer(500, "{\"respon" + operation + "\":{\"kode\":500,"
                    + "\"keterangan\":\"Terjadi kesalahan pada sistem OSS\"}}");
        }
        if (failure == ScriptedFailure.CREDENTIALS_REJECTED) {
            return new OssApi.Answer(403, "{\"respon" + operation + "\":{\"kode\":403,"
                    + "\"keterangan\":\"user_key tidak berhak mengakses layanan ini\"}}");
        }
        if (errorRate > 0 && ThreadLocalRandom.current().nextDouble() < errorRate) {
            int status = errors.incrementAndGet() % 2 == 1 ? 500 : 504;
            return new OssApi.Answer(status, "{\"respon" + operation + "\":{\"kode\":" + status
                    + ",\"keterangan\":\"" + (status == 500 ? "Terjadi kesalahan pada sistem OSS" : "Gateway timeout")
                    + "\"}}");
        }
        return api.handle(operation, exchange.getRequestMethod(),
                java.util.Optional.ofNullable(exchange.getRequestHeaders().getFirst("user_key")), body);
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
        private int businesses = 100;
        private String userKey = "kunci-simulator";
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

        public Builder businesses(int businesses) {
            this.businesses = businesses;
            return this;
        }

        /** The only {@code user_key} the simulator accepts. */
        public Builder userKey(String userKey) {
            this.userKey = Objects.requireNonNull(userKey, "userKey");
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = threads;
            return this;
        }

        public OssSimulator build() {
            return new OssSimulator(this);
        }
    }
}
