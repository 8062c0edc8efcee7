package id.simpul.adapters.oss.simulator;

import id.simpul.adapters.simulator.SimRequest;
import id.simpul.adapters.simulator.SimResponse;
import id.simpul.adapters.simulator.SimulatorKnobs;
import id.simpul.adapters.simulator.SimulatorServer;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A simulator of OSS RBA's host-to-host REST interface: a real HTTP server on loopback (built on
 * simulator-support's {@link SimulatorServer}) answering
 * {@code POST /oss-rba/{inqueryNIB|receiveLicenseStatus|receiveLicense|checkLicenseStatus}} with the
 * {@code user_key} header, in OSS's JSON shapes and response codes (200, 400, 401, 403, 404, 405,
 * 500, 504), from {@link OssRecords}. Requests that do not match
 * {@code specs/json-schema/oss-rba.schema.json} are refused with 400.
 *
 * <p>Misbehaviour comes from its {@link #knobs()}: latency (fixed or a distribution), error rate,
 * outage (connections refused), slow drip, malformed answers, and scripted failures for the next N
 * requests with the answers below ({@link #systemErrorAnswer()}, {@link #credentialsRejectedAnswer()}…).
 *
 * <pre>{@code
 * try (OssSimulator sim = OssSimulator.builder().userKey("k").start()) {
 *     URI base = sim.endpoint();   // http://127.0.0.1:<port>/oss-rba
 *     sim.knobs().failNext(2, OssSimulator.systemErrorAnswer());
 * }
 * }</pre>
 */
public final class OssSimulator implements AutoCloseable {

    /** Route prefix of the operations. */
    public static final String ROUTE = "/oss-rba/";
    public static final String DEFAULT_USER_KEY = "kunci-simulator";

    private final OssRecords records;
    private final OssApi api;
    private final SimulatorServer server;

    private OssSimulator(Builder b) {
        this.records = OssRecords.seeded(b.seed, b.businesses);
        this.api = new OssApi(records, b.userKey);
        OssSchemas.preload();
        this.server = SimulatorServer.builder("oss-rba").port(b.port).seed(b.seed).knobs(b.knobs)
                .route(ROUTE, this::handle).start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The base address of the operations, e.g. {@code http://127.0.0.1:40123/oss-rba}. */
    public URI endpoint() {
        return URI.create(server.baseUri() + ROUTE.substring(0, ROUTE.length() - 1));
    }

    public SimulatorKnobs knobs() {
        return server.knobs();
    }

    public SimulatorServer server() {
        return server;
    }

    public OssRecords records() {
        return records;
    }

    /** Requests received since start or the last {@link #reset()}. */
    public long requestCount() {
        return server.requests();
    }

    /** Pushes recorded (a repeated identical push is acknowledged but not recorded again). */
    public long recordedPushes() {
        return api.recordedPushes();
    }

    /** The last status recorded for a licence, as {@code kd_status}, if the regency pushed any. */
    public Optional<String> lastPushedStatus(String nib, String licenceId) {
        return api.latestStatus(nib, licenceId).map(OssApi.StatusEntry::status);
    }

    /** A healthy system again: knobs reset, request count zero. Recorded pushes stay. */
    public void reset() {
        server.knobs().reset();
        server.resetCounts();
    }

    @Override
    public void close() {
        server.close();
    }

    /** OSS's answer to a refused {@code user_key} (403). */
    public static SimResponse credentialsRejectedAnswer() {
        return SimResponse.json(403, "{\"respon\":{\"kode\":403,\"keterangan\":\"user_key tidak berhak mengakses layanan ini\"}}");
    }

    /** OSS's answer when it fails inside (500). */
    public static SimResponse systemErrorAnswer() {
        return SimResponse.json(500, "{\"respon\":{\"kode\":500,\"keterangan\":\"Terjadi kesalahan pada sistem OSS\"}}");
    }

    /** OSS's gateway giving up on its back end (504). */
    public static SimResponse gatewayTimeoutAnswer() {
        return SimResponse.json(504, "{\"respon\":{\"kode\":504,\"keterangan\":\"Gateway Timeout\"}}");
    }

    /** The gateway in front of OSS answering for a back end that is down (503, an HTML page). */
    public static SimResponse unavailableAnswer() {
        return new SimResponse(503, "text/html; charset=utf-8",
                "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>");
    }

    private SimResponse handle(SimRequest request) {
        String operation = request.path().substring(ROUTE.length());
        OssApi.Answer answer = api.handle(operation, request.method(), request.header("user_key"), request.body());
        return SimResponse.json(answer.status(), answer.body());
    }

    /** Settings fixed at start; misbehaviour is changed through {@link #knobs()} while it runs. */
    public static final class Builder {
        private int port;
        private long seed = 20261206L;
        private int businesses = 100;
        private String userKey = DEFAULT_USER_KEY;
        private SimulatorKnobs knobs = new SimulatorKnobs();

        private Builder() {
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Seed of the businesses and of the knobs' random choices. */
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

        public Builder knobs(SimulatorKnobs knobs) {
            this.knobs = Objects.requireNonNull(knobs, "knobs");
            return this;
        }

        /** Binds to 127.0.0.1 and starts answering. */
        public OssSimulator start() {
            return new OssSimulator(this);
        }
    }
}
