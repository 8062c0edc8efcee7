package id.simpul.adapters.oss.simulator;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * OSS RBA's host-to-host operations as the simulator answers them, without HTTP. Each answer wraps
 * {@code kode} (the same number as the HTTP status) and {@code keterangan} in
 * {@code respon<operation>}. Pushes are recorded once: the same content sent again is acknowledged
 * with the first reference and not recorded twice. That is a modelling choice (what a careful
 * receiver does); OSS does not document how it treats a repeated push.
 */
final class OssApi {

    /** An answer: HTTP status and JSON text. */
    record Answer(int status, String body) {
    }

    /** A status the regency pushed, as recorded. */
    record StatusEntry(String nib, String licenceId, String status, String at, String reference) {
    }

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final Set<String> STATUS_CODES = Set.of("05", "09", "10", "11", "12", "20", "30", "31", "40", "41", "42",
            "43", "44", "45", "49", "50", "52", "57", "60", "70", "80", "90", "93");

    private final OssRecords records;
    private final String userKey;
    private final Map<String, StatusEntry> latest = new ConcurrentHashMap<>();
    private final Map<String, String> seenPushes = new ConcurrentHashMap<>();
    private final AtomicLong references = new AtomicLong();
    private final AtomicLong recordedPushes = new AtomicLong();

    OssApi(OssRecords records, String userKey) {
        this.records = Objects.requireNonNull(records, "records");
        this.userKey = Objects.requireNonNull(userKey, "userKey");
    }

    Answer handle(String operation, String method, Optional<String> key, String body) {
        String wrapper = "respon" + operation;
        if (!List.of("inqueryNIB", "receiveLicenseStatus", "receiveLicense", "checkLicenseStatus").contains(operation)) {
            return answer(404, wrapper, "Layanan tidak ditemukan", null);
        }
        if (!"POST".equals(method)) {
            return answer(405, wrapper, "Metode tidak diizinkan, gunakan POST", null);
        }
        if (key.isEmpty()) {
            return answer(401, wrapper, "Header user_key tidak ada", null);
        }
        if (!userKey.equals(key.get())) {
            return answer(403, wrapper, "user_key tidak berhak mengakses layanan ini", null);
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return answer(400, wrapper, "Isi permintaan bukan JSON yang sah", null);
        }
        String definition = Character.toUpperCase(operation.charAt(0)) + operation.substring(1)
                .replace("queryNIB", "queryNib") + "Request";
        List<String> problems = OssSchemas.problems(definition, body);
        if (!problems.isEmpty()) {
            return answer(400, wrapper, "Isi permintaan tidak sesuai skema: " + String.join("; ", problems), null);
        }
        try {
            return switch (operation) {
                case "inqueryNIB" -> inquireNib(wrapper, object(json, "INQUERYNIB"));
                case "receiveLicenseStatus" -> receiveStatus(wrapper, object(json, "IZINSTATUS"));
                case "receiveLicense" -> receiveLicence(wrapper, object(json, "IZINFINAL"));
                default -> checkStatus(wrapper, object(json, "CHECKLICENSESTATUS"));
            };
        } catch (BadRequest e) {
            return answer(400, wrapper, e.getMessage(), null);
        }
    }

    long recordedPushes() {
        return recordedPushes.get();
    }

    Optional<StatusEntry> latestStatus(String nib, String licenceId) {
        return Optional.ofNullable(latest.get(nib + "/" + licenceId));
    }

    private Answer inquireNib(String wrapper, JsonObject request) {
        String nib = nib(request);
        Optional<Business> found = records.business(nib);
        if (found.isEmpty()) {
            return answer(404, wrapper, "Data NIB tidak ditemukan", null);
        }
        Business b = found.get();
        var checklist = Json.createArrayBuilder();
        for (Business.Licence l : b.checklist()) {
            checklist.add(Json.createObjectBuilder().add("id_izin", l.licenceId()).add("kd_izin", l.licenceCode())
                    .add("nama_izin", l.name()).add("kewenangan", l.authority())
                    .add("kd_daerah", b.village().regency().orElseThrow().compact())
                    .add("kd_status", currentStatus(b, l)));
        }
        JsonObjectBuilder data = Json.createObjectBuilder().add("nib", b.nib()).add("nama_perseroan", b.name())
                .add("perseroan_daerah_id", b.village().compact())
                .add("penanggung_jwb", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("jns_identitas_penanggung_jwb", "01")
                        .add("no_identitas_penanggung_jwb", b.responsible().nik().value())
                        .add("nama_penanggung_jwb", b.responsible().fullName())
                        .add("jabatan_penanggung_jwb", "Direktur")
                        .add("alamat_penanggung_jwb", b.responsible().address())))
                .add("data_checklist", checklist);
        return answer(200, wrapper, "Data NIB ditemukan", Map.entry("dataNIB", data.build()));
    }

    private Answer receiveStatus(String wrapper, JsonObject request) {
        String nib = nib(request);
        String licenceId = text(request, "id_izin");
        String status = text(request, "kd_status");
        String at = text(request, "tgl_status");
        text(request, "kd_instansi");
        if (!STATUS_CODES.contains(status)) {
            throw new BadRequest("kd_status tidak dikenal");
        }
        if ("57".equals(status)) {
            throw new BadRequest("kd_status 57 ditetapkan oleh sistem OSS, tidak dapat dikirim daerah");
        }
        timestamp(at, "tgl_status");
        Optional<Business> business = records.business(nib);
        if (business.isEmpty() || OssRecords.licence(business.get(), licenceId).isEmpty()) {
            return answer(404, wrapper, "NIB atau id_izin tidak ditemukan", null);
        }
        return record(wrapper, "status|" + request, nib, licenceId, status, at);
    }

    private Answer receiveLicence(String wrapper, JsonObject request) {
        String nib = nib(request);
        String licenceId = text(request, "id_izin");
        text(request, "nomor_izin");
        String status = text(request, "status_izin");
        if (!"50".equals(status) && !"90".equals(status)) {
            throw new BadRequest("status_izin harus 50 (disetujui) atau 90 (ditolak)");
        }
        LocalDate issued = date(text(request, "tgl_terbit_izin"), "tgl_terbit_izin");
        String until = request.getString("tgl_berlaku_izin", "");
        if (!until.isEmpty() && date(until, "tgl_berlaku_izin").isBefore(issued)) {
            throw new BadRequest("tgl_berlaku_izin sebelum tgl_terbit_izin");
        }
        if (!text(request, "file_izin").startsWith("http")) {
            throw new BadRequest("file_izin harus URL http(s)");
        }
        Optional<Business> business = records.business(nib);
        if (business.isEmpty() || OssRecords.licence(business.get(), licenceId).isEmpty()) {
            return answer(404, wrapper, "NIB atau id_izin tidak ditemukan", null);
        }
        return record(wrapper, "licence|" + request, nib, licenceId, status, issued.atStartOfDay().format(TIMESTAMP));
    }

    private Answer checkStatus(String wrapper, JsonObject request) {
        String nib = nib(request);
        String licenceId = text(request, "id_izin");
        Optional<Business> business = records.business(nib);
        Optional<Business.Licence> licence = business.flatMap(b -> OssRecords.licence(b, licenceId));
        if (licence.isEmpty()) {
            return answer(404, wrapper, "NIB atau id_izin tidak ditemukan", null);
        }
        StatusEntry entry = latest.get(nib + "/" + licenceId);
        JsonObject data = Json.createObjectBuilder().add("nib", nib).add("id_izin", licenceId)
                .add("kd_status", entry == null ? licence.get().initialStatus() : entry.status())
                .add("tgl_status", entry == null ? "2026-01-05 08:00:00" : entry.at()).build();
        return answer(200, wrapper, "Status izin ditemukan", Map.entry("dataStatus", data));
    }

    private Answer record(String wrapper, String content, String nib, String licenceId, String status, String at) {
        String[] reference = new String[1];
        boolean first = seenPushes.computeIfAbsent(content, c -> {
            reference[0] = "OSS-" + String.format("%08d", references.incrementAndGet());
            recordedPushes.incrementAndGet();
            latest.put(nib + "/" + licenceId, new StatusEntry(nib, licenceId, status, at, reference[0]));
            return reference[0];
        }).equals(reference[0]);
        String ref = seenPushes.get(content);
        JsonObject extra = Json.createObjectBuilder().add("nomor_referensi", ref).build();
        return answer(200, wrapper, first ? "Data berhasil diterima" : "Data sudah pernah diterima",
                Map.entry("data", extra));
    }

    private String currentStatus(Business b, Business.Licence l) {
        StatusEntry entry = latest.get(b.nib() + "/" + l.licenceId());
        return entry == null ? l.initialStatus() : entry.status();
    }

    private static Answer answer(int code, String wrapper, String message, Map.Entry<String, JsonValue> data) {
        JsonObjectBuilder inner = Json.createObjectBuilder().add("kode", code).add("keterangan", message);
        if (data != null) {
            inner.add(data.getKey(), data.getValue());
        }
        return new Answer(code, Json.createObjectBuilder().add(wrapper, inner).build().toString());
    }

    private static JsonObject object(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (!(value instanceof JsonObject o)) {
            throw new BadRequest("Objek " + name + " tidak ada");
        }
        return o;
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (!(value instanceof JsonString s) || s.getString().isBlank()) {
            throw new BadRequest("Field " + name + " wajib diisi");
        }
        return s.getString().trim();
    }

    private static String nib(JsonObject json) {
        String nib = text(json, "nib");
        if (!nib.matches("\\d{13}")) {
            throw new BadRequest("nib harus 13 digit");
        }
        return nib;
    }

    private static void timestamp(String text, String field) {
        try {
            LocalDateTime.parse(text, TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw new BadRequest(field + " harus berformat yyyy-MM-dd HH:mm:ss");
        }
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequest(field + " harus berformat yyyy-MM-dd");
        }
    }

    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
