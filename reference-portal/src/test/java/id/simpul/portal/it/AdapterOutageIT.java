package id.simpul.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.adapters.dukcapil.simulator.DukcapilSimulator;
import id.simpul.adapters.oss.simulator.Business;
import id.simpul.adapters.oss.simulator.OssSimulator;
import id.simpul.adapters.polri.simulator.PolriSimulator;
import id.simpul.adapters.simulator.SyntheticPerson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal with Dukcapil, OSS RBA and Polri as separate simulators on loopback (in this test JVM),
 * which the tests take down and bring back with the simulators' outage knob: the portal keeps serving
 * citizens while a neighbour is down, stays in rotation with the neighbour's circuit OPEN in
 * {@code /health/ready}, and finishes the remote work from the outbox when the neighbour is back —
 * verifications recorded, OSS status pushes recorded exactly once each and in order. Short outbox
 * polls and a small circuit window keep the waits to seconds.
 */
class AdapterOutageIT {

    private static final long DUKCAPIL_SEED = 42;
    private static final int PEOPLE = 200;
    /** Well formed, but no synthetic resident of the simulator has it. */
    private static final String UNKNOWN_NIK = PortalApiContract.NIK;
    private static final Duration LIMIT = Duration.ofSeconds(90);

    private static DukcapilSimulator dukcapil;
    private static OssSimulator oss;
    private static PolriSimulator polri;
    private static PortalProcess portal;
    private static Api api;

    @BeforeAll
    static void start() {
        dukcapil = DukcapilSimulator.builder().seed(DUKCAPIL_SEED).count(PEOPLE).start();
        oss = OssSimulator.builder().start();
        polri = PolriSimulator.builder().start();
        Map<String, String> env = new HashMap<>();
        env.put("SIMPUL_OUTBOX_POLL_SECONDS", "1");
        env.put("SIMPUL_OUTBOX_BACKOFF_INITIAL_SECONDS", "1");
        env.put("SIMPUL_OUTBOX_BACKOFF_MAX_SECONDS", "2");
        env.put("SIMPUL_ADAPTERS_DUKCAPIL_URL", dukcapil.baseUri().toString());
        env.put("SIMPUL_ADAPTERS_DUKCAPIL_INSTITUTION", DukcapilSimulator.DEFAULT_INSTITUTION);
        env.put("SIMPUL_ADAPTERS_DUKCAPIL_USER_ID", DukcapilSimulator.DEFAULT_USER);
        env.put("SIMPUL_ADAPTERS_DUKCAPIL_PASSWORD", DukcapilSimulator.DEFAULT_PASSWORD);
        env.put("SIMPUL_ADAPTERS_DUKCAPIL_IP_USER", DukcapilSimulator.DEFAULT_IP);
        env.put("SIMPUL_ADAPTERS_OSS_URL", oss.endpoint().toString());
        env.put("SIMPUL_ADAPTERS_OSS_USER_KEY", OssSimulator.DEFAULT_USER_KEY);
        env.put("SIMPUL_ADAPTERS_OSS_INSTITUTION", "DPMPTSP-6112");
        env.put("SIMPUL_ADAPTERS_OSS_REGION", "61.12");
        env.put("SIMPUL_ADAPTERS_POLRI_URL", polri.endpoint().toString());
        env.put("SIMPUL_ADAPTERS_POLRI_USER", PolriSimulator.DEFAULT_USER);
        env.put("SIMPUL_ADAPTERS_POLRI_PASSWORD", PolriSimulator.DEFAULT_PASSWORD);
        env.put("SIMPUL_ADAPTERS_POLRI_INSTITUTION", "DISDUKCAPIL-6112");
        for (String system : List.of("DUKCAPIL", "OSS")) {
            env.put("SIMPUL_ADAPTERS_" + system + "_CIRCUIT_WINDOW", "4");
            env.put("SIMPUL_ADAPTERS_" + system + "_CIRCUIT_MINIMUM_CALLS", "4");
            env.put("SIMPUL_ADAPTERS_" + system + "_CIRCUIT_OPEN_WAIT", "2s");
        }
        portal = new PortalProcess(Portals.workDir().resolve("outage-data"), env).start();
        api = new Api(portal.base());
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.stop();
        }
        for (AutoCloseable c : new AutoCloseable[] {dukcapil, oss, polri}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // the JVM ends with the test run
            }
        }
    }

    @Test
    void dukcapilDownDuringABurst_everySubmissionAccepted_verifiedFromTheOutboxWhenItIsBack() throws Exception {
        List<SyntheticPerson> residents = dukcapil.people().stream()
                .filter(p -> p.nik().value().startsWith("6112")).limit(12).toList();
        assertThat(residents).hasSizeGreaterThanOrEqualTo(6);
        Map<String, String> expected = new LinkedHashMap<>();
        dukcapil.knobs().outage(true);
        long requestsBefore = dukcapil.server().requests();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        List<String> niks = new ArrayList<>();
        residents.forEach(p -> niks.add(p.nik().value()));
        for (int i = 0; i < 4; i++) {
            niks.add(UNKNOWN_NIK);
        }
        for (String nik : niks) {
            replies.add(pool.submit(() -> api.submit("warga", PortalApiContract.key(), ktpBodyFor(nik))));
        }
        for (int i = 0; i < replies.size(); i++) {
            Api.Reply r = replies.get(i).get();
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            assertThat(r.json()).containsEntry("verification", "PENDING");
            expected.put((String) r.json().get("id"), UNKNOWN_NIK.equals(niks.get(i)) ? "FAILED" : "VERIFIED");
        }
        pool.shutdown();

        awaitTrue("the Dukcapil circuit opens", () -> "OPEN".equals(readiness().get("dukcapil.circuit")));
        Api.Reply ready = api.get("/health/ready", null);
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"");
        awaitTrue("a later call is refused by the open circuit",
                () -> metric("adapter_calls_total", "system", "dukcapil", "outcome", "rejected") > 0);
        assertThat(metric("outbox_depth", "topic", "population.verify")).isGreaterThanOrEqualTo(expected.size());
        assertThat(dukcapil.server().requests()).as("an outage refuses connections").isEqualTo(requestsBefore);
        for (String id : expected.keySet()) {
            assertThat(verification(id)).isEqualTo("PENDING");
        }

        dukcapil.knobs().outage(false);
        awaitTrue("every verification is settled",
                () -> expected.keySet().stream().noneMatch(id -> "PENDING".equals(verification(id))));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(verification(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(api.get("/api/v1/audit/verify", "admin").json()).containsEntry("intact", true);
        assertThat(readiness().get("dukcapil.circuit")).isNotEqualTo("OPEN");
    }

    @Test
    void ossStatusPush_eachChangeRecordedExactlyOnceInOrder_evenWhenOssWasDownForAWhile() {
        Business business = oss.records().find(b -> b.village().value().startsWith("61.12.")).orElseThrow();
        String licence = business.checklist().get(0).licenceId();
        long pushesBefore = oss.recordedPushes();
        Api.Reply filed = api.submit("warga", PortalApiContract.key(), pbgBody(business.nib(), licence));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = (String) filed.json().get("id");
        String officer = "Bearer " + TestTokens.officer(portal.dataDir(), "petugas-perizinan",
                (String) filed.json().get("competentOffice"));
        awaitTrue("OSS records the submission", () -> Optional.of("05").equals(oss.lastPushedStatus(business.nib(), licence)));

        oss.knobs().outage(true);
        assertThat(transition(id, officer, "VERIFY").status()).isEqualTo(200);
        assertThat(transition(id, officer, "START_PROCESSING").status()).isEqualTo(200);
        awaitTrue("the OSS circuit opens", () -> "OPEN".equals(readiness().get("oss.circuit")));
        assertThat(api.get("/health/ready", null).status()).isEqualTo(200);
        assertThat(metric("outbox_depth", "topic", "request.status-changed")).isGreaterThanOrEqualTo(2);
        assertThat(oss.lastPushedStatus(business.nib(), licence)).contains("05");

        oss.knobs().outage(false);
        assertThat(transition(id, officer, "COMPLETE").status()).isEqualTo(200);
        awaitTrue("OSS records the approval", () -> Optional.of("50").equals(oss.lastPushedStatus(business.nib(), licence)));
        awaitTrue("the status outbox drains", () -> metric("outbox_depth", "topic", "request.status-changed")
                == metric("outbox_blocked", "topic", "request.status-changed"));

        assertThat(oss.recordedPushes() - pushesBefore).as("05, 45, 20 and 50, once each").isEqualTo(4);
        assertThat(metric("adapter_calls_total", "system", "oss", "outcome", "failure")
                + metric("adapter_calls_total", "system", "oss", "outcome", "rejected")).isPositive();
        assertThat(readiness()).containsEntry("polri.circuit", "CLOSED");
    }

    @Test
    void ossStatusPush_licenceUnknownToOss_isBlockedVisiblyWhileTheCounterStaysInRotation() {
        Business business = oss.records().find(b -> b.village().value().startsWith("61.12.")).orElseThrow();
        double blockedBefore = metric("outbox_blocked", "topic", "request.status-changed");
        long pushesBefore = oss.recordedPushes();

        Api.Reply filed = api.submit("warga", PortalApiContract.key(), pbgBody(business.nib(), "I-999999999999"));

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        awaitTrue("the push is counted as blocked",
                () -> metric("outbox_blocked", "topic", "request.status-changed") > blockedBefore);
        // the message stays pending and is aged like any other (metric() fails when the gauge is missing)
        assertThat(metric("outbox_oldest_age_seconds", "topic", "request.status-changed")).isGreaterThanOrEqualTo(0);
        assertThat(api.get("/health/ready", null).status()).isEqualTo(200);
        assertThat(oss.recordedPushes()).isEqualTo(pushesBefore);
    }

    @Test
    void payaraRuntimeFolder_isTheOneGivenUnderTarget_notANewOneInTheSystemTempFolder() throws Exception {
        String log = java.nio.file.Files.readString(portal.log());

        assertThat(log).contains("Payara Micro Runtime directory is located at " + portal.runtimeDir());
        assertThat(portal.runtimeDir()).isDirectory();
        assertThat(log).doesNotContain("Payara Micro Runtime directory is located at "
                + java.nio.file.Path.of(System.getProperty("java.io.tmpdir")).resolve("payaramicro-rt"));
    }

    private static Api.Reply transition(String id, String authorization, String action) {
        return api.withAuthorization("POST", "/api/v1/requests/" + id + "/transitions", authorization,
                "{\"action\":\"" + action + "\"}");
    }

    /** The contract tests' KTP replacement request, for another applicant. */
    private static String ktpBodyFor(String nik) {
        return PortalApiContract.ktpBody("HILANG").replace(PortalApiContract.NIK, nik);
    }

    /** A small-building approval linked to an OSS licence, its form filled from the served catalogue. */
    @SuppressWarnings("unchecked")
    private static String pbgBody(String nib, String licence) {
        Api.Reply service = api.get("/api/v1/services/KEC-PBG-KECIL", null);
        assertThat(service.status()).as(service.toString()).isEqualTo(200);
        StringBuilder form = new StringBuilder("\"nib\":\"" + nib + "\",\"id_izin\":\"" + licence + "\"");
        for (Object o : (List<Object>) service.json().get("form")) {
            Map<String, Object> a = (Map<String, Object>) o;
            if (!Boolean.TRUE.equals(a.get("required"))) {
                continue;
            }
            String type = String.valueOf(a.get("type"));
            String value = switch (type) {
                case "NUMBER" -> "\"50\"";
                case "DATE" -> "\"" + PortalApiContract.today() + "\"";
                case "SINGLE_VALUE_LIST", "MULTI_VALUE_LIST" -> "[\"" + lastValue((List<Object>) a.get("values")) + "\"]";
                default -> "\"Jalan Contoh Nomor 1\"";
            };
            form.append(",\"").append(a.get("code")).append("\":").append(value);
        }
        StringBuilder documents = new StringBuilder();
        for (Object o : (List<Object>) service.json().get("documents")) {
            Map<String, Object> d = (Map<String, Object>) o;
            documents.append(documents.isEmpty() ? "" : ",").append("{\"code\":\"").append(d.get("code"))
                    .append("\",\"issuedOn\":\"").append(PortalApiContract.today()).append("\"}");
        }
        return "{\"service\":\"KEC-PBG-KECIL\",\"subjectRegion\":\"61.12.01\",\"form\":{" + form + "},\"documents\":["
                + documents + "]}";
    }

    /** The last allowed value of a list (for a building: business use, which OSS licences concern). */
    @SuppressWarnings("unchecked")
    private static Object lastValue(List<Object> values) {
        return ((Map<String, Object>) values.get(values.size() - 1)).get("code");
    }

    private static String verification(String id) {
        Api.Reply r = api.get("/api/v1/requests/" + id, "warga");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return (String) r.json().get("verification");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readiness() {
        Api.Reply r = api.get("/health/ready", null);
        for (Object check : (List<Object>) r.json().get("checks")) {
            Map<String, Object> c = (Map<String, Object>) check;
            if ("adapters".equals(c.get("name"))) {
                assertThat(c).containsEntry("status", "UP");
                return (Map<String, Object>) c.get("data");
            }
        }
        throw new AssertionError("no adapters check in " + r);
    }

    /** One value of the application's Prometheus metrics, found by name and labels. */
    private static double metric(String name, String... labels) {
        String text = api.get("/metrics?scope=application", null).body();
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(text);
        while (m.find()) {
            boolean all = true;
            for (int i = 0; i < labels.length; i += 2) {
                all &= m.group(1).contains(labels[i] + "=\"" + labels[i + 1] + "\"");
            }
            if (all) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new AssertionError("no metric " + name + " " + String.join(",", labels) + " in:\n" + text);
    }

    /** Polls until the condition holds (bounded by {@link #LIMIT}); the outbox works on its own clock. */
    private static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + LIMIT + ": " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
        }
    }

}
