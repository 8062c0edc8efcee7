package id.simpul.federation.tool;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The scripted walk-through of the three-node federation demo, in plain Java so that it needs
 * nothing but the JDK: a resident of Kapuas Hulu (61.06) files at the Mal Pelayanan Publik of Kubu
 * Raya (61.12) for a replacement KTP-el; Kubu Raya forwards it under the cooperation agreement;
 * Kapuas Hulu's Disdukcapil officer decides it; the decided status is visible at both counters.
 *
 * <p>Usage: {@code java -cp federation/target/simpul-directory.jar id.simpul.federation.tool.DemoWalkthrough
 * [kubuRayaBaseUrl [kapuasHuluBaseUrl]]} (defaults {@code http://127.0.0.1:8081} and
 * {@code http://127.0.0.1:8082}). Exit status 0 when every step passed, 1 at the first failed step.
 */
public final class DemoWalkthrough {

    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final String kubuRaya;
    private final String kapuasHulu;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int step;

    private DemoWalkthrough(String kubuRaya, String kapuasHulu, PrintStream out) {
        this.kubuRaya = trimSlash(kubuRaya);
        this.kapuasHulu = trimSlash(kapuasHulu);
        this.out = out;
    }

    public static void main(String[] args) {
        String kr = args.length > 0 ? args[0] : "http://127.0.0.1:8081";
        String kh = args.length > 1 ? args[1] : "http://127.0.0.1:8082";
        new DemoWalkthrough(kr, kh, System.out).run();
    }

    private void run() {
        step("Both nodes are up and federating / kedua simpul aktif dan tergabung dalam federasi");
        for (String node : List.of(kubuRaya, kapuasHulu)) {
            await(node + " ready with federation ON (see its log) / simpul siap dengan federasi aktif",
                    () -> federationOn(node));
        }

        step("The MPP officer at Kubu Raya files for a Kapuas Hulu resident / petugas MPP Kubu Raya mendaftarkan permohonan");
        String mpp = token(kubuRaya, "petugas-mpp");
        String today = LocalDate.now(WIB).toString();
        String body = "{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":\"61.06.01\",\"applicantNik\":\"6106010101900001\",\"filingPoint\":{\"channel\":\"COUNTER\"},"
                + "\"form\":{\"nik\":\"6106010101900001\",\"alasan\":\"HILANG\","
                + "\"keterangan\":\"hilang di pasar (tidak dibagikan ke Kapuas Hulu)\"},"
                + "\"documents\":[{\"code\":\"sktlk\",\"issuedOn\":\"" + today + "\"},{\"code\":\"kk\"}]}";
        HttpResponse<String> filed = send(HttpRequest.newBuilder(URI.create(kubuRaya + "/api/v1/requests"))
                .header("Authorization", "Bearer " + mpp).header("Content-Type", "application/json")
                .header("Idempotency-Key", "walkthrough-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        check(filed.statusCode() == 201, "filing refused (HTTP " + filed.statusCode() + "): " + filed.body());
        Map<String, Object> request = json(filed.body(), "the filing answer");
        out.println(filed.body());
        String id = string(request, "id");
        String registration = string(request, "registrationNumber");
        String office = String.valueOf(request.get("competentOffice"));
        check(office.contains("61.06"), "competent office " + office + " is not in Kapuas Hulu");

        step("Kubu Raya forwards it to Kapuas Hulu and holds its signed receipt / diteruskan, tanda terima bertanda tangan");
        String caseUrl = kubuRaya + "/api/v1/federation/requests/" + id;
        await("forward delivered / penerusan terkirim",
                () -> "DELIVERED".equals(json(get(caseUrl, mpp), caseUrl).get("state")));
        out.println(get(caseUrl, mpp));

        step("Kapuas Hulu received it for its Disdukcapil / diterima di Kapuas Hulu");
        await("request known at 61.06 / permohonan dikenal di 61.06",
                () -> "SUBMITTED".equals(trackedStatus(kapuasHulu, registration)));
        String disdukcapil = token(kapuasHulu, "petugas-disdukcapil");
        Map<String, Object> inbox = json(get(kapuasHulu + "/api/v1/requests?size=100", disdukcapil), "the officer's list");
        String remoteId = list(inbox, "items").stream().map(DemoWalkthrough::map)
                .filter(r -> registration.equals(r.get("registrationNumber"))).map(r -> String.valueOf(r.get("id")))
                .findFirst().orElseThrow(() -> abort("the officer at 61.06 does not see " + registration));
        out.println("Kapuas Hulu's id / id di Kapuas Hulu: " + remoteId);

        step("The Kapuas Hulu officer decides it / petugas Disdukcapil Kapuas Hulu memutuskan");
        for (String action : List.of("VERIFY", "START_PROCESSING", "COMPLETE")) {
            HttpResponse<String> moved = send(HttpRequest.newBuilder(
                    URI.create(kapuasHulu + "/api/v1/requests/" + remoteId + "/transitions"))
                    .header("Authorization", "Bearer " + disdukcapil).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "walkthrough-" + action + "-" + remoteId)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"" + action + "\"}")));
            check(moved.statusCode() == 200, action + " refused (HTTP " + moved.statusCode() + "): " + moved.body());
            out.println(action + " -> " + json(moved.body(), action).get("status"));
        }

        step("The decided status is visible at both counters / status keputusan terlihat di kedua loket");
        await("COMPLETED at 61.12 / selesai terlihat di 61.12",
                () -> "COMPLETED".equals(trackedStatus(kubuRaya, registration)));
        out.println("Kubu Raya   61.12: " + get(kubuRaya + "/api/v1/track/" + registration, null));
        out.println("Kapuas Hulu 61.06: " + get(kapuasHulu + "/api/v1/track/" + registration, null));
        out.printf("%nSelesai / done: %s filed at Kubu Raya, decided at Kapuas Hulu.%n", registration);
    }

    private boolean federationOn(String node) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(node + "/health/ready")).GET(), true);
        if (r == null || r.statusCode() != 200) {
            return false;
        }
        return list(json(r.body(), node + "/health/ready"), "checks").stream().map(DemoWalkthrough::map)
                .filter(c -> "federation".equals(c.get("name")))
                .anyMatch(c -> "ON".equals(map(c.get("data")).get("state")));
    }

    private String trackedStatus(String node, String registration) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(node + "/api/v1/track/" + registration)).GET());
        return r.statusCode() == 200 ? String.valueOf(json(r.body(), "tracking").get("status")) : "";
    }

    private String token(String node, String user) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(node + "/api/v1/demo/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\"}")));
        check(r.statusCode() == 200, "no demo token for " + user + " at " + node + " (demo mode on?) / token demo tidak ada");
        return string(json(r.body(), "the token answer"), "access_token");
    }

    private String get(String url, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> r = send(b);
        check(r.statusCode() == 200, "GET " + url + " answered HTTP " + r.statusCode() + ": " + r.body());
        return r.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, false);
    }

    /** With {@code mayBeDown}, a node that cannot be reached yet answers null instead of ending the walk-through. */
    private HttpResponse<String> send(HttpRequest.Builder request, boolean mayBeDown) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (mayBeDown) {
                return null;
            }
            throw abort("cannot reach " + request.build().uri() + " (" + e.getClass().getSimpleName()
                    + "); are the nodes running? / simpul tidak dapat dihubungi");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw abort("interrupted / dihentikan");
        }
    }

    private void await(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.get()) {
            check(System.nanoTime() < deadline, "not within " + PATIENCE.toSeconds() + " s / tidak tercapai: " + what);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw abort("interrupted / dihentikan");
            }
        }
        out.println("ok: " + what);
    }

    private void step(String title) {
        step++;
        out.printf("%n[%d] %s%n", step, title);
    }

    private void check(boolean ok, String problem) {
        if (!ok) {
            throw abort(problem);
        }
    }

    /** Says which step failed and why, and ends the walk-through with exit status 1. */
    private IllegalStateException abort(String problem) {
        System.err.println("GAGAL / FAILED at step " + step + ": " + problem);
        System.exit(1);
        return new IllegalStateException(problem);
    }

    private Map<String, Object> json(String text, String what) {
        try {
            return JSONObjectUtils.parse(text);
        } catch (ParseException e) {
            throw abort(what + " is not a JSON object: " + text);
        }
    }

    private String string(Map<String, Object> json, String field) {
        Object v = json.get(field);
        check(v instanceof String, "field " + field + " missing in " + json.keySet());
        return (String) v;
    }

    private static List<Object> list(Map<String, Object> json, String field) {
        return json.get(field) instanceof List<?> l ? List.copyOf(l) : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String trimSlash(String url) {
        Objects.requireNonNull(url, "url");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
