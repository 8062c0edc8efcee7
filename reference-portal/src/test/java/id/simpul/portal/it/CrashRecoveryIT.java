package id.simpul.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Kills the portal (H2 file database) with SIGKILL in the middle of a burst of submissions,
 * restarts it on the same data folder and checks that every request answered with 201 is there,
 * exactly once, that retrying the unanswered ones with their keys files each at most once, and
 * that the audit chain is intact.
 */
class CrashRecoveryIT {

    private static final int WRITERS = 6;
    private static final int KILL_AFTER = 40;

    @Test
    void killDuringABurst_everyAnsweredRequestSurvivesExactlyOnce() throws Exception {
        java.nio.file.Path dataDir = Portals.workDir().resolve("crash-data");
        PortalProcess first = new PortalProcess(dataDir, Map.of()).start();
        Api api = new Api(first.base());
        api.token("warga");
        Map<String, String> answered = new ConcurrentHashMap<>();
        Set<String> unanswered = ConcurrentHashMap.newKeySet();
        CountDownLatch enough = new CountDownLatch(KILL_AFTER);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    String key = PortalApiContract.key();
                    try {
                        Api.Reply r = api.submit("warga", key, PortalApiContract.ktpBody("HILANG"));
                        if (r.status() == 201) {
                            answered.put(key, (String) r.json().get("id"));
                            enough.countDown();
                        } else {
                            unanswered.add(key);
                        }
                    } catch (UncheckedIOException e) {
                        unanswered.add(key);
                    }
                }
            });
        }
        assertThat(enough.await(5, TimeUnit.MINUTES)).isTrue();
        first.kill();
        stop.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        PortalProcess second = new PortalProcess(dataDir, Map.of()).start();
        try {
            Api after = new Api(second.base());
            List<Object> ids = allRequestIds(after);
            for (String id : answered.values()) {
                assertThat(ids.stream().filter(id::equals).count()).as(id).isEqualTo(1);
            }
            int filedOnRetry = 0;
            for (String key : unanswered) {
                Api.Reply retry = after.submit("warga", key, PortalApiContract.ktpBody("HILANG"));
                assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
                if ("false".equals(retry.header("Idempotent-Replayed"))) {
                    filedOnRetry++;
                }
                Api.Reply again = after.submit("warga", key, PortalApiContract.ktpBody("HILANG"));
                assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
                assertThat(again.json().get("id")).isEqualTo(retry.json().get("id"));
            }
            assertThat(allRequestIds(after)).hasSize(ids.size() + filedOnRetry).doesNotHaveDuplicates();
            assertThat(after.get("/api/v1/audit/verify", "admin").json()).containsEntry("intact", true);
        } finally {
            second.stop();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> allRequestIds(Api api) {
        List<Object> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            Api.Reply r = api.get("/api/v1/requests?size=100&page=" + page, "admin");
            List<Object> items = (List<Object>) r.json().get("items");
            ids.addAll(PortalApiContract.values(items, "id"));
            if (items.size() < 100) {
                return ids;
            }
        }
    }
}
