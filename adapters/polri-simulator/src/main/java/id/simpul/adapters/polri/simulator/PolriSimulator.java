package id.simpul.adapters.polri.simulator;

import id.simpul.adapters.simulator.SimRequest;
import id.simpul.adapters.simulator.SimResponse;
import id.simpul.adapters.simulator.SimulatorKnobs;
import id.simpul.adapters.simulator.SimulatorServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A simulator of the modelled Polri verification service: a real SOAP 1.1 server on loopback (built
 * on simulator-support's {@link SimulatorServer}) answering {@code VerifikasiSuratKehilangan} and
 * {@code CekStatusSkck} from {@link PolriRecords}, validating every request against the model
 * schema, and serving its WSDL at {@code ?wsdl}.
 *
 * <p>Misbehaviour comes from its {@link #knobs()}: latency (fixed or a distribution), error rate,
 * outage (connections refused), slow drip, malformed answers, and scripted failures for the next N
 * requests with the answers below ({@link #systemErrorAnswer()}, {@link #unavailableAnswer()}), plus
 * {@link #refuseCredentialsNext(int)} for the service's own "access refused" answer.
 *
 * <pre>{@code
 * try (PolriSimulator sim = PolriSimulator.builder().start()) {
 *     URI endpoint = sim.endpoint();   // http://127.0.0.1:<port>/polri/verifikasi
 *     sim.knobs().outage(true);
 * }
 * }</pre>
 */
public final class PolriSimulator implements AutoCloseable {

    /** Path of the service on the simulator. */
    public static final String PATH = "/polri/verifikasi";
    public static final String DEFAULT_USER = "simpul";
    public static final String DEFAULT_PASSWORD = "rahasia-simulator";

    private final PolriRecords records;
    private final VerificationService service;
    private final SimulatorServer server;
    private final java.util.concurrent.atomic.AtomicInteger credentialRefusals =
            new java.util.concurrent.atomic.AtomicInteger();

    private PolriSimulator(Builder b) {
        this.records = PolriRecords.seeded(b.seed, LocalDate.now(b.clock), b.letters);
        this.service = new VerificationService(records, b.user, b.password, () -> LocalDate.now(b.clock));
        this.server = SimulatorServer.builder("polri").port(b.port).seed(b.seed).knobs(b.knobs)
                .route(PATH, this::handle).start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The service address, e.g. {@code http://127.0.0.1:40123/polri/verifikasi}. */
    public URI endpoint() {
        return URI.create(server.baseUri() + PATH);
    }

    public SimulatorKnobs knobs() {
        return server.knobs();
    }

    public SimulatorServer server() {
        return server;
    }

    public PolriRecords records() {
        return records;
    }

    /** Requests received since start or the last {@link #reset()}, WSDL downloads included. */
    public long requestCount() {
        return server.requests();
    }

    /**
     * The next {@code times} operations are answered {@code kodeRespon 90} (access refused) whatever
     * the credentials; {@link SimulatorKnobs#FOREVER} for all of them.
     */
    public void refuseCredentialsNext(int times) {
        if (times < 0) {
            throw new IllegalArgumentException("times is not negative");
        }
        credentialRefusals.set(times);
    }

    /** A healthy system again: knobs reset, no scripted refusal, request count zero. */
    public void reset() {
        server.knobs().reset();
        credentialRefusals.set(0);
        server.resetCounts();
    }

    @Override
    public void close() {
        server.close();
    }

    /** The service failing inside: HTTP 500 with a {@code soap:Server} fault. */
    public static SimResponse systemErrorAnswer() {
        VerificationService.Answer a = VerificationService.fault(500, "soap:Server", "Kesalahan sistem, silakan coba lagi");
        return SimResponse.xml(a.status(), a.body());
    }

    /** The gateway in front of the service answering for a back end that is down (503, an HTML page). */
    public static SimResponse unavailableAnswer() {
        return new SimResponse(503, "text/html; charset=utf-8", "<html><body><h1>503 Service Unavailable</h1></body></html>");
    }

    private SimResponse handle(SimRequest request) {
        if (!request.path().equals(PATH)) {
            return SimResponse.text(404, "Not Found");
        }
        if ("GET".equals(request.method()) && "wsdl".equalsIgnoreCase(request.query())) {
            return SimResponse.xml(200, wsdl());
        }
        if ("GET".equals(request.method()) && "xsd".equalsIgnoreCase(request.query())) {
            return SimResponse.xml(200, resource(VerificationService.SCHEMA_RESOURCE));
        }
        if (!"POST".equals(request.method())) {
            VerificationService.Answer a = VerificationService.fault(405, "soap:Client",
                    "Gunakan POST untuk SOAP, GET ?wsdl untuk WSDL");
            return SimResponse.xml(a.status(), a.body());
        }
        VerificationService.Answer answer = service.handle(request.body().getBytes(StandardCharsets.UTF_8),
                takeRefusal());
        return SimResponse.xml(answer.status(), answer.body());
    }

    private boolean takeRefusal() {
        while (true) {
            int left = credentialRefusals.get();
            if (left <= 0) {
                return false;
            }
            if (left == SimulatorKnobs.FOREVER || credentialRefusals.compareAndSet(left, left - 1)) {
                return true;
            }
        }
    }

    private String wsdl() {
        String self = endpoint().toString();
        return resource("specs/wsdl/polri-verifikasi.v1.wsdl")
                .replace("http://localhost:8083/polri/verifikasi", self)
                .replace("schemaLocation=\"polri-verifikasi.v1.xsd\"", "schemaLocation=\"" + self + "?xsd\"");
    }

    private static String resource(String name) {
        try (InputStream in = PolriSimulator.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath (simpul-specs jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings fixed at start; misbehaviour is changed through {@link #knobs()} while it runs. */
    public static final class Builder {
        private int port;
        private long seed = 20261206L;
        private int letters = 200;
        private String user = DEFAULT_USER;
        private String password = DEFAULT_PASSWORD;
        private Clock clock = Clock.system(ZoneId.of("Asia/Jakarta"));
        private SimulatorKnobs knobs = new SimulatorKnobs();

        private Builder() {
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Seed of the records and of the knobs' random choices. */
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

        public Builder knobs(SimulatorKnobs knobs) {
            this.knobs = Objects.requireNonNull(knobs, "knobs");
            return this;
        }

        /** Binds to 127.0.0.1 and starts answering. */
        public PolriSimulator start() {
            return new PolriSimulator(this);
        }
    }
}
