package id.simpul.adapters.oss.internal;

import id.simpul.adapters.oss.OssSettings;
import id.simpul.adapters.support.HttpFailures;
import id.simpul.adapters.support.WireLogging;
import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.spi.AdapterDescriptor;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.licensing.AuthorityLevel;
import id.simpul.sdk.spi.licensing.FinalLicence;
import id.simpul.sdk.spi.licensing.LicenceItem;
import id.simpul.sdk.spi.licensing.LicenceStatusCode;
import id.simpul.sdk.spi.licensing.LicenceStatusReport;
import id.simpul.sdk.spi.licensing.LicenceStatusUpdate;
import id.simpul.sdk.spi.licensing.LicensingGateway;
import id.simpul.sdk.spi.licensing.Nib;
import id.simpul.sdk.spi.licensing.NibRecord;
import id.simpul.sdk.spi.licensing.PushReceipt;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * {@link LicensingGateway} over OSS RBA's host-to-host REST interface, without resilience: one port
 * call is one HTTP request. Builds OSS's JSON, reads OSS's answers ({@code respon<operation>} with
 * {@code kode} and {@code keterangan}) and turns every failure into a {@link RemoteCallException}.
 * OSS's own words ({@code keterangan}) never enter an exception: they may quote what was sent.
 */
public final class RestLicensingGateway implements LicensingGateway {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AdapterDescriptor descriptor;
    private final OssSettings settings;
    private final OssRbaApi api;
    private final Clock clock;

    public RestLicensingGateway(AdapterDescriptor descriptor, OssSettings settings, Clock clock) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        WireLogging.silence();
        this.api = RestClientBuilder.newBuilder()
                .baseUri(settings.url().toString().endsWith("/") ? settings.url() : java.net.URI.create(settings.url() + "/"))
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", Boolean.TRUE)
                .property("resteasy.connectionPoolSize", 64)
                .property("resteasy.maxPooledPerRoute", 64)
                .build(OssRbaApi.class);
    }

    /**
     * Closes the REST client and its connection pool (MicroProfile REST Client proxies are
     * {@code AutoCloseable}); closing twice is harmless.
     */
    @Override
    public void close() {
        try {
            api.close();
        } catch (Exception e) {
            // nothing left to release; the type alone, the message might quote an address
            System.getLogger("id.simpul.adapters.oss").log(System.Logger.Level.DEBUG,
                    "closing the REST client failed: {0}", e.getClass().getName());
        }
    }

    @Override
    public AdapterDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Optional<NibRecord> inquireNib(Nib nib) {
        Objects.requireNonNull(nib, "nib");
        String body = Json.createObjectBuilder().add("INQUERYNIB", Json.createObjectBuilder().add("nib", nib.value()))
                .build().toString();
        return call("inquireNib", "inqueryNIB", OssRbaApi::inqueryNib, body, true)
                .map(answer -> translate("inquireNib", () -> nibRecord(answer.getJsonObject("dataNIB"))));
    }

    @Override
    public PushReceipt pushLicenceStatus(LicenceStatusUpdate update) {
        Objects.requireNonNull(update, "update");
        String body = Json.createObjectBuilder().add("IZINSTATUS", Json.createObjectBuilder()
                .add("nib", update.nib().value())
                .add("id_izin", update.licenceId())
                .add("kd_instansi", settings.institution())
                .add("kd_status", update.status().code())
                .add("tgl_status", update.at().atZoneSameInstant(WIB).format(TIMESTAMP))
                .add("nip_status", settings.officerId())
                .add("keterangan", update.note())).build().toString();
        JsonObject answer = call("pushLicenceStatus", "receiveLicenseStatus", OssRbaApi::receiveLicenseStatus, body,
                false).orElseThrow();
        return receipt(answer);
    }

    @Override
    public PushReceipt pushLicence(FinalLicence licence) {
        Objects.requireNonNull(licence, "licence");
        String body = Json.createObjectBuilder().add("IZINFINAL", Json.createObjectBuilder()
                .add("nib", licence.nib().value())
                .add("id_izin", licence.licenceId())
                .add("kd_daerah", settings.region())
                .add("kewenangan", AuthorityLevel.REGENCY.code())
                .add("nomor_izin", licence.licenceNumber())
                .add("tgl_terbit_izin", licence.issuedOn().toString())
                .add("tgl_berlaku_izin", licence.validUntil().map(Object::toString).orElse(""))
                .add("nip_ttd", settings.officerId())
                .add("status_izin", licence.status().code())
                .add("file_izin", licence.document().toString())
                .add("keterangan", "")).build().toString();
        JsonObject answer = call("pushLicence", "receiveLicense", OssRbaApi::receiveLicense, body, false).orElseThrow();
        return receipt(answer);
    }

    @Override
    public Optional<LicenceStatusReport> checkLicenceStatus(Nib nib, String licenceId) {
        Objects.requireNonNull(nib, "nib");
        requireLicenceId(licenceId);
        String body = Json.createObjectBuilder().add("CHECKLICENSESTATUS", Json.createObjectBuilder()
                .add("nib", nib.value()).add("id_izin", licenceId)).build().toString();
        return call("checkLicenceStatus", "checkLicenseStatus", OssRbaApi::checkLicenseStatus, body, true)
                .map(answer -> translate("checkLicenceStatus", () -> {
                    JsonObject data = answer.getJsonObject("dataStatus");
                    LicenceStatusCode status = LicenceStatusCode.fromCode(data.getString("kd_status")).orElseThrow();
                    return new LicenceStatusReport(Nib.parse(data.getString("nib")), data.getString("id_izin"), status,
                            LocalDateTime.parse(data.getString("tgl_status"), TIMESTAMP).atZone(WIB).toOffsetDateTime());
                }));
    }

    /** @throws SimpulClientException ({@code oss.licence-id.invalid}) without repeating the input */
    private static void requireLicenceId(String licenceId) {
        String trimmed = licenceId == null ? "" : licenceId.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100 || !trimmed.chars().allMatch(c -> c >= 0x20 && c != 0x7f)) {
            throw new SimpulClientException("oss.licence-id.invalid",
                    LocalizedMessage.of("id.simpul.adapters.oss.messages", "oss.licence-id.invalid", trimmed.length()));
        }
    }

    /** One OSS operation of {@link OssRbaApi}. */
    @FunctionalInterface
    private interface Operation {
        Response send(OssRbaApi api, String userKey, String body);
    }

    /**
     * Sends one request and reads the answer's inner object; empty for 404 when the operation is an
     * inquiry (OSS knows no such NIB or licence).
     */
    private Optional<JsonObject> call(String operation, String ossOperation, Operation request,
                                      String body, boolean notFoundIsEmpty) {
        int status;
        String text;
        try (Response response = request.send(api, settings.userKey().reveal(), body)) {
            status = response.getStatus();
            text = response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (ProcessingException e) {
            RemoteFailure kind = HttpFailures.ofException(e).orElse(RemoteFailure.MALFORMED_ANSWER);
            throw failure(operation, kind, ossOperation, kind == RemoteFailure.MALFORMED_ANSWER ? null : e);
        } catch (RuntimeException e) {
            throw failure(operation, RemoteFailure.MALFORMED_ANSWER, ossOperation, null);
        }
        Optional<JsonObject> inner = parse(text, "respon" + ossOperation);
        int code = inner.map(RestLicensingGateway::code).orElse(status);
        if (code == 404 && notFoundIsEmpty && inner.isPresent()) {
            // only OSS's own "not found" answer; a bare 404 means a wrong address, not an unknown NIB
            return Optional.empty();
        }
        if (code == 200 && status == 200) {
            return Optional.of(inner.orElseThrow(() ->
                    failure(operation, RemoteFailure.MALFORMED_ANSWER, ossOperation + " HTTP 200", null)));
        }
        int effective = code == 200 ? status : code;
        RemoteFailure kind = effective == 404 ? RemoteFailure.REQUEST_REFUSED
                : HttpFailures.ofStatus(effective).orElse(RemoteFailure.MALFORMED_ANSWER);
        throw failure(operation, kind, ossOperation + " " + HttpFailures.detail(effective), null);
    }

    private static Optional<JsonObject> parse(String text, String wrapper) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readObject().get(wrapper);
            return value instanceof JsonObject o ? Optional.of(o) : Optional.empty();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static int code(JsonObject inner) {
        JsonValue kode = inner.get("kode");
        if (kode instanceof JsonNumber n) {
            return n.intValue();
        }
        if (kode instanceof JsonString s && s.getString().matches("\\d{3}")) {
            return Integer.parseInt(s.getString());
        }
        return -1;
    }

    private PushReceipt receipt(JsonObject answer) {
        JsonValue data = answer.get("data");
        String reference = data instanceof JsonObject o ? o.getString("nomor_referensi", "") : "";
        return new PushReceipt(reference, clock.instant());
    }

    private static NibRecord nibRecord(JsonObject data) {
        List<LicenceItem> licences = new ArrayList<>();
        for (JsonValue v : data.getJsonArray("data_checklist")) {
            JsonObject item = v.asJsonObject();
            licences.add(new LicenceItem(item.getString("id_izin"), item.getString("kd_izin"),
                    item.getString("nama_izin"), AuthorityLevel.fromCode(item.getString("kewenangan")).orElseThrow(),
                    LicenceStatusCode.fromCode(item.getString("kd_status", ""))));
        }
        return new NibRecord(Nib.parse(data.getString("nib")), data.getString("nama_perseroan"),
                RegionCode.parse(data.getString("perseroan_daerah_id")), licences);
    }

    private <T> T translate(String operation, java.util.function.Supplier<T> translation) {
        try {
            return translation.get();
        } catch (RuntimeException e) {
            throw failure(operation, RemoteFailure.MALFORMED_ANSWER, "unexpected content", null);
        }
    }

    private RemoteCallException failure(String operation, RemoteFailure kind, String detail, Throwable cause) {
        return RemoteCallException.of(descriptor, operation, kind, detail, cause);
    }
}
