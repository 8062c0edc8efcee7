package id.simpul.adapters.dukcapil.simulator;

import id.simpul.adapters.simulator.SimRequest;
import id.simpul.adapters.simulator.SimResponse;
import id.simpul.adapters.simulator.SimulatorKnobs;
import id.simpul.adapters.simulator.SimulatorServer;
import id.simpul.adapters.simulator.SyntheticPeople;
import id.simpul.adapters.simulator.SyntheticPerson;
import id.simpul.sdk.identity.Gender;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Dukcapil simulator: {@code CALL_VERIFY_BY_ELEMEN} and {@code CALL_NIK} over a population of
 * synthetic people, behind the knobs of {@link SimulatorServer}.
 *
 * <p>Credentials are checked like the real service does: a wrong {@code user_id}/{@code password}
 * answers {@code RESPONSE_CODE 11}, an unregistered {@code ip_user} {@code 12}, both inside
 * {@code content} with HTTP 200. A missing or malformed element answers {@code 05}.
 */
public final class DukcapilSimulator implements AutoCloseable {

    public static final String DEFAULT_INSTITUTION = "simpul-demo";
    public static final String DEFAULT_USER = "simpul";
    public static final String DEFAULT_PASSWORD = "sandi-demo-simulator";
    public static final String DEFAULT_IP = "127.0.0.1";

    /** Route prefix of the service. */
    public static final String ROUTE = "/dukcapil/get_json/";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private final SimulatorServer server;
    private final List<SyntheticPerson> people;
    private final Map<String, SyntheticPerson> byNik;
    private final String institution;
    private final String user;
    private final String password;
    private final String ip;

    private DukcapilSimulator(Builder b) {
        this.people = List.copyOf(b.people != null ? b.people : SyntheticPeople.generate(b.seed, b.count));
        this.byNik = people.stream().collect(Collectors.toUnmodifiableMap(p -> p.nik().value(), Function.identity()));
        this.institution = b.institution;
        this.user = b.user;
        this.password = b.password;
        this.ip = b.ip;
        this.server = SimulatorServer.builder("dukcapil").port(b.port).seed(b.seed).knobs(b.knobs)
                .onRequest(b.listener).route(ROUTE, this::handle).start();
    }

    public static Builder builder() {
        return new Builder();
    }

    public URI baseUri() {
        return server.baseUri();
    }

    public int port() {
        return server.port();
    }

    public SimulatorKnobs knobs() {
        return server.knobs();
    }

    public SimulatorServer server() {
        return server;
    }

    public String institution() {
        return institution;
    }

    /** The synthetic people the simulated registry holds. */
    public List<SyntheticPerson> people() {
        return people;
    }

    @Override
    public void close() {
        server.close();
    }

    /** The answer to wrong credentials ({@code RESPONSE_CODE 11}). */
    public static SimResponse credentialsRejectedAnswer() {
        return error("11", "User ID atau password salah");
    }

    /** The answer to a request from an unregistered address ({@code RESPONSE_CODE 12}). */
    public static SimResponse ipRejectedAnswer() {
        return error("12", "IP tidak terdaftar");
    }

    /** The answer when the service fails inside ({@code RESPONSE_CODE 99}). */
    public static SimResponse systemErrorAnswer() {
        return error("99", "Terjadi kesalahan pada sistem, silakan coba beberapa saat lagi");
    }

    /** The answer to a missing or malformed element ({@code RESPONSE_CODE 05}). */
    public static SimResponse invalidRequestAnswer(String detail) {
        return error("05", "Parameter tidak lengkap atau tidak sah: " + detail);
    }

    private SimResponse handle(SimRequest request) {
        String[] parts = request.path().substring(ROUTE.length()).split("/");
        if (parts.length != 2 || !parts[0].equals(institution)) {
            return SimResponse.text(404, "Not Found");
        }
        if (!request.method().equals("POST")) {
            return SimResponse.text(405, "Method Not Allowed");
        }
        JsonObject body;
        try {
            body = Json.createReader(new StringReader(request.body())).readObject();
        } catch (JsonException | IllegalStateException e) {
            return invalidRequestAnswer("body bukan JSON");
        }
        if (!user.equals(text(body, "user_id")) || !password.equals(text(body, "password"))) {
            return credentialsRejectedAnswer();
        }
        if (!ip.equals(text(body, "ip_user"))) {
            return ipRejectedAnswer();
        }
        String nik = text(body, "NIK");
        if (nik == null || !nik.matches("\\d{16}")) {
            return invalidRequestAnswer("NIK harus 16 angka");
        }
        return switch (parts[1]) {
            case "CALL_VERIFY_BY_ELEMEN" -> verify(body, byNik.get(nik));
            case "CALL_NIK" -> lookup(byNik.get(nik));
            default -> SimResponse.text(404, "Not Found");
        };
    }

    private SimResponse verify(JsonObject body, SyntheticPerson person) {
        int threshold;
        try {
            threshold = Integer.parseInt(Objects.requireNonNullElse(text(body, "TRESHOLD"), "80"));
        } catch (NumberFormatException e) {
            return invalidRequestAnswer("TRESHOLD harus angka 1-100");
        }
        if (threshold < 1 || threshold > 100) {
            return invalidRequestAnswer("TRESHOLD harus angka 1-100");
        }
        String birthDate = text(body, "TGL_LHR");
        if (birthDate != null) {
            try {
                LocalDate.parse(birthDate, DATE);
            } catch (DateTimeParseException e) {
                return invalidRequestAnswer("TGL_LHR harus DD-MM-YYYY");
            }
        }
        if (person == null) {
            return page(Json.createObjectBuilder().add("RESPON", "Data Tidak Ditemukan"));
        }
        JsonObjectBuilder verdicts = Json.createObjectBuilder().add("NIK", "Sesuai");
        exact(verdicts, body, "NO_KK", person.kkNumber().value());
        fuzzy(verdicts, body, "NAMA_LGKP", person.fullName(), threshold);
        fuzzy(verdicts, body, "TMPT_LHR", person.birthPlace(), threshold);
        exact(verdicts, body, "TGL_LHR", DATE.format(person.birthDate()));
        exact(verdicts, body, "JENIS_KLMIN", genderWord(person.gender()));
        fuzzy(verdicts, body, "NAMA_LGKP_IBU", person.motherName(), threshold);
        return page(verdicts);
    }

    private SimResponse lookup(SyntheticPerson p) {
        if (p == null) {
            return page(Json.createObjectBuilder().add("RESPON", "Data Tidak Ditemukan"));
        }
        String[] address = p.address().split(", ");
        String[] rtRw = address[1].replace("RT ", "").replace("RW ", "").split("/");
        return page(Json.createObjectBuilder()
                .add("NIK", p.nik().value())
                .add("NO_KK", p.kkNumber().value())
                .add("NAMA_LGKP", p.fullName())
                .add("TMPT_LHR", p.birthPlace())
                .add("TGL_LHR", DATE.format(p.birthDate()))
                .add("JENIS_KLMIN", genderWord(p.gender()))
                .add("NAMA_LGKP_IBU", p.motherName())
                .add("ALAMAT", address[0])
                .add("NO_RT", Integer.parseInt(rtRw[0]))
                .add("NO_RW", Integer.parseInt(rtRw[1]))
                .add("KEL_NAME", address[2])
                .add("KEC_NAME", address[3])
                .add("NO_PROP", Integer.parseInt(p.village().value().substring(0, 2)))
                .add("NO_KAB", Integer.parseInt(p.village().value().substring(3, 5)))
                .add("NO_KEC", Integer.parseInt(p.village().value().substring(6, 8)))
                .add("NO_KEL", Integer.parseInt(p.village().value().substring(9))));
    }

    private static void exact(JsonObjectBuilder out, JsonObject in, String key, String recorded) {
        String given = text(in, key);
        if (given != null) {
            out.add(key, Similarity.normalise(given).equals(Similarity.normalise(recorded)) ? "Sesuai" : "Tidak Sesuai");
        }
    }

    private static void fuzzy(JsonObjectBuilder out, JsonObject in, String key, String recorded, int threshold) {
        String given = text(in, key);
        if (given != null) {
            int score = Similarity.score(given, recorded);
            out.add(key, (score >= threshold ? "Sesuai (" : "Tidak Sesuai (") + score + ")");
        }
    }

    static String genderWord(Gender g) {
        return g == Gender.MALE ? "LAKI-LAKI" : "PEREMPUAN";
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v instanceof JsonString s) {
            return s.getString().isBlank() ? null : s.getString();
        }
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v.toString();
    }

    private static SimResponse error(String code, String message) {
        return page(Json.createObjectBuilder().add("RESPONSE_CODE", code).add("RESPONSE", message));
    }

    private static SimResponse page(JsonObjectBuilder item) {
        JsonArrayBuilder content = Json.createArrayBuilder().add(item);
        JsonObject envelope = Json.createObjectBuilder()
                .add("content", content)
                .add("last", true)
                .add("totalElements", 1)
                .add("totalPages", 1)
                .addNull("sort")
                .add("first", true)
                .add("numberOfElements", 1)
                .add("size", 1)
                .add("number", 0)
                .build();
        return SimResponse.json(200, envelope.toString());
    }

    /** Builds a simulator; by default 200 synthetic people from seed 42, a free port, the default credentials. */
    public static final class Builder {
        private List<SyntheticPerson> people;
        private long seed = 42;
        private int count = 200;
        private int port;
        private SimulatorKnobs knobs = new SimulatorKnobs();
        private String institution = DEFAULT_INSTITUTION;
        private String user = DEFAULT_USER;
        private String password = DEFAULT_PASSWORD;
        private String ip = DEFAULT_IP;
        private java.util.function.Consumer<id.simpul.adapters.simulator.SimRequest> listener = r -> { };

        private Builder() {
        }

        /** Sees every request to the service before it is answered (contract tests). */
        public Builder onRequest(java.util.function.Consumer<id.simpul.adapters.simulator.SimRequest> requestListener) {
            this.listener = Objects.requireNonNull(requestListener, "requestListener");
            return this;
        }

        public Builder people(List<SyntheticPerson> people) {
            this.people = List.copyOf(people);
            return this;
        }

        /** Seed of the synthetic people and of the knobs' random choices. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder count(int count) {
            this.count = count;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder knobs(SimulatorKnobs knobs) {
            this.knobs = Objects.requireNonNull(knobs, "knobs");
            return this;
        }

        public Builder institution(String institution) {
            this.institution = Objects.requireNonNull(institution, "institution");
            return this;
        }

        /** The credentials the simulated service accepts. */
        public Builder credentials(String user, String password, String ip) {
            this.user = Objects.requireNonNull(user, "user");
            this.password = Objects.requireNonNull(password, "password");
            this.ip = Objects.requireNonNull(ip, "ip");
            return this;
        }

        public DukcapilSimulator start() {
            return new DukcapilSimulator(this);
        }
    }
}
