package id.simpul.adapters.dukcapil.internal;

import id.simpul.adapters.support.HttpFailures;
import id.simpul.adapters.support.WireLogging;
import id.simpul.sdk.identity.Gender;
import id.simpul.sdk.identity.KkNumber;
import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.identity.InvalidKkNumberException;
import id.simpul.sdk.identity.InvalidNikException;
import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.AdapterDescriptor;
import id.simpul.sdk.spi.Capability;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.Secret;
import id.simpul.sdk.spi.population.FieldVerdict;
import id.simpul.sdk.spi.population.PersonField;
import id.simpul.sdk.spi.population.PersonRecord;
import id.simpul.sdk.spi.population.PopulationRegistry;
import id.simpul.sdk.spi.population.VerificationRequest;
import id.simpul.sdk.spi.population.VerificationResult;
import id.simpul.sdk.spi.population.Verdict;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Translation between {@link PopulationRegistry} and the Dukcapil envelope. Holds no state besides its
 * configuration and the thread-safe REST client proxy.
 */
public final class DukcapilRegistry implements PopulationRegistry {

    static final String VERIFY = "CALL_VERIFY_BY_ELEMEN";
    static final String LOOKUP = "CALL_NIK";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final Pattern VERDICT = Pattern.compile("(Sesuai|Tidak Sesuai)(?:\\s*\\((\\d{1,3})\\))?");
    private static final Map<PersonField, String> ELEMENT = new EnumMap<>(Map.of(
            PersonField.KK_NUMBER, "NO_KK", PersonField.FULL_NAME, "NAMA_LGKP", PersonField.BIRTH_PLACE, "TMPT_LHR",
            PersonField.BIRTH_DATE, "TGL_LHR", PersonField.GENDER, "JENIS_KLMIN",
            PersonField.MOTHER_NAME, "NAMA_LGKP_IBU"));

    private final AdapterDescriptor descriptor;
    private final DukcapilApi api;
    private final String institution;
    private final String userId;
    private final Secret password;
    private final String ipUser;
    private final boolean lookupEnabled;
    private final String lookupKey;
    private final System.Logger log = System.getLogger("id.simpul.adapters.dukcapil");

    public DukcapilRegistry(AdapterDescriptor descriptor, URI url, String institution, String userId, Secret password,
                            String ipUser, boolean lookupEnabled, String lookupKey, Duration timeout) {
        this.descriptor = descriptor;
        this.institution = institution;
        this.userId = userId;
        this.password = password;
        this.ipUser = ipUser;
        this.lookupEnabled = lookupEnabled;
        this.lookupKey = lookupKey;
        // the resilience layer cuts the caller loose at the timeout; the socket gives up a little later
        long socketMillis = timeout.toMillis() + 1000;
        WireLogging.silence();
        this.api = RestClientBuilder.newBuilder()
                .baseUri(url)
                .connectTimeout(socketMillis, TimeUnit.MILLISECONDS)
                .readTimeout(socketMillis, TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", Boolean.TRUE)
                .property("resteasy.connectionPoolSize", 64)
                .property("resteasy.maxPooledPerRoute", 64)
                .build(DukcapilApi.class);
    }

    /**
     * Closes the REST client and its connection pool. MicroProfile REST Client proxies are
     * {@code AutoCloseable}; closing twice is harmless.
     */
    @Override
    public void close() {
        if (api instanceof AutoCloseable client) {
            try {
                client.close();
            } catch (Exception e) {
                // nothing left to release; the type alone, the message might quote an address
                log.log(System.Logger.Level.DEBUG, "closing the REST client failed: {0}", e.getClass().getName());
            }
        }
    }

    @Override
    public AdapterDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public VerificationResult verify(VerificationRequest request) {
        JsonObjectBuilder body = credentials().add("NIK", request.nik().value());
        request.kkNumber().ifPresent(kk -> body.add("NO_KK", kk.value()));
        request.fullName().ifPresent(v -> body.add("NAMA_LGKP", v));
        request.birthPlace().ifPresent(v -> body.add("TMPT_LHR", v));
        request.birthDate().ifPresent(d -> body.add("TGL_LHR", DATE.format(d)));
        request.gender().ifPresent(g -> body.add("JENIS_KLMIN", genderWord(g)));
        request.motherName().ifPresent(v -> body.add("NAMA_LGKP_IBU", v));
        body.add("TRESHOLD", String.valueOf(request.threshold()));

        Optional<JsonObject> item = call("verify", VERIFY, body);
        if (item.isEmpty()) {
            return VerificationResult.notFound(request.threshold());
        }
        List<FieldVerdict> verdicts = new ArrayList<>();
        for (PersonField field : request.fields()) {
            verdicts.add(verdict(field, text(item.get(), ELEMENT.get(field)), request.threshold()));
        }
        return VerificationResult.found(request.threshold(), verdicts);
    }

    @Override
    public Optional<PersonRecord> lookup(Nik nik) {
        if (!lookupEnabled) {
            throw AdapterConfigurationException.capabilityDisabled(descriptor.system(), Capability.POPULATION_LOOKUP,
                    lookupKey);
        }
        Optional<JsonObject> item = call("lookup", LOOKUP, credentials().add("NIK", nik.value()));
        return item.map(this::person);
    }

    private JsonObjectBuilder credentials() {
        return Json.createObjectBuilder().add("user_id", userId).add("password", password.reveal())
                .add("ip_user", ipUser);
    }

    /** The single item of {@code content}, or empty for "Data Tidak Ditemukan"; failures as exceptions. */
    private Optional<JsonObject> call(String operation, String method, JsonObjectBuilder body) {
        String answer;
        int status;
        try (Response response = api.call(institution, method, body.build().toString())) {
            status = response.getStatus();
            answer = response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (ProcessingException e) {
            RemoteFailure kind = HttpFailures.ofException(e).orElse(RemoteFailure.UNAVAILABLE);
            throw failure(operation, kind, rootName(e));
        }
        Optional<RemoteFailure> byStatus = HttpFailures.ofStatus(status);
        if (byStatus.isPresent()) {
            throw failure(operation, byStatus.get(), HttpFailures.detail(status));
        }
        JsonObject item = singleItem(operation, answer);
        if (item.containsKey("RESPONSE_CODE")) {
            String code = text(item, "RESPONSE_CODE");
            throw failure(operation, switch (code == null ? "" : code) {
                case "11", "12" -> RemoteFailure.CREDENTIALS_REJECTED;
                case "05" -> RemoteFailure.REQUEST_REFUSED;
                default -> RemoteFailure.REMOTE_ERROR;
            }, "RESPONSE_CODE " + sanitise(code));
        }
        if (item.containsKey("RESPON")) {
            String respon = text(item, "RESPON");
            if (respon != null && respon.trim().equalsIgnoreCase("Data Tidak Ditemukan")) {
                return Optional.empty();
            }
            throw failure(operation, RemoteFailure.REMOTE_ERROR, "RESPON");
        }
        return Optional.of(item);
    }

    private JsonObject singleItem(String operation, String answer) {
        try {
            JsonObject envelope = Json.createReader(new StringReader(answer)).readObject();
            JsonArray content = envelope.getJsonArray("content");
            if (content == null || content.isEmpty() || content.get(0).getValueType() != JsonValue.ValueType.OBJECT) {
                throw failure(operation, RemoteFailure.MALFORMED_ANSWER, "no item in content");
            }
            return content.getJsonObject(0);
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            // the parser's message may quote the answer: only say what was expected
            throw failure(operation, RemoteFailure.MALFORMED_ANSWER, "not a JSON page envelope");
        }
    }

    private FieldVerdict verdict(PersonField field, String text, int threshold) {
        if (text == null) {
            throw failure("verify", RemoteFailure.MALFORMED_ANSWER, "no verdict for " + ELEMENT.get(field));
        }
        Matcher m = VERDICT.matcher(text.trim());
        if (!m.matches()) {
            throw failure("verify", RemoteFailure.MALFORMED_ANSWER, "unreadable verdict for " + ELEMENT.get(field));
        }
        Verdict verdict = m.group(1).equals("Sesuai") ? Verdict.MATCH : Verdict.MISMATCH;
        if (m.group(2) == null) {
            return FieldVerdict.exact(field, verdict);
        }
        int score = Integer.parseInt(m.group(2));
        if (score > 100) {
            throw failure("verify", RemoteFailure.MALFORMED_ANSWER, "score above 100 for " + ELEMENT.get(field));
        }
        return FieldVerdict.scored(field, verdict, score);
    }

    private PersonRecord person(JsonObject item) {
        try {
            String[] parts = {text(item, "NIK"), text(item, "NO_KK"), text(item, "NAMA_LGKP"), text(item, "TMPT_LHR"),
                text(item, "TGL_LHR"), text(item, "JENIS_KLMIN"), text(item, "NAMA_LGKP_IBU"), text(item, "ALAMAT")};
            for (String part : parts) {
                if (part == null) {
                    throw failure("lookup", RemoteFailure.MALFORMED_ANSWER, "element missing");
                }
            }
            LocalDate birth = LocalDate.parse(parts[4], DATE);
            Nik nik = Nik.parse(parts[0], birth.plusYears(1));
            KkNumber kk = KkNumber.parse(parts[1]);
            String address = parts[7] + ", RT " + pad(text(item, "NO_RT")) + "/RW " + pad(text(item, "NO_RW")) + ", "
                    + orDash(text(item, "KEL_NAME")) + ", " + orDash(text(item, "KEC_NAME"));
            return new PersonRecord(nik, kk, parts[2], parts[3], birth, gender(parts[5]), parts[6], address);
        } catch (DateTimeParseException | InvalidNikException | InvalidKkNumberException | NumberFormatException e) {
            throw failure("lookup", RemoteFailure.MALFORMED_ANSWER, "unreadable element");
        }
    }

    private Gender gender(String word) {
        return switch (word.trim().toUpperCase(Locale.ROOT)) {
            case "LAKI-LAKI", "LAKI LAKI", "L" -> Gender.MALE;
            case "PEREMPUAN", "P" -> Gender.FEMALE;
            default -> throw failure("lookup", RemoteFailure.MALFORMED_ANSWER, "unknown JENIS_KLMIN");
        };
    }

    private static String genderWord(Gender g) {
        return g == Gender.MALE ? "LAKI-LAKI" : "PEREMPUAN";
    }

    private static String pad(String number) {
        return number == null ? "000" : String.format(Locale.ROOT, "%03d", Integer.parseInt(number.trim()));
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    /** An error code is echoed only when it looks like one (a few digits), never free text. */
    private static String sanitise(String code) {
        return code != null && code.matches("\\d{1,4}") ? code : "?";
    }

    private static String rootName(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private RemoteCallException failure(String operation, RemoteFailure kind, String detail) {
        log.log(System.Logger.Level.DEBUG, "dukcapil {0} failed: {1} ({2})", operation, kind, detail);
        return RemoteCallException.of(descriptor, operation, kind, detail, null);
    }

    @Override
    public String toString() {
        return "DukcapilRegistry[institution=" + institution + "]";
    }
}
