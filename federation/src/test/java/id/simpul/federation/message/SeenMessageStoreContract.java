package id.simpul.federation.message;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.region.RegionCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Conformance kit for {@link SeenMessageStore} implementations (the portal's database store
 * extends it with its own {@link #newStore()}). Shipped in the module's test jar.
 */
public abstract class SeenMessageStoreContract {

    private static final RegionCode KUBU_RAYA = RegionCode.parse("61.12");
    private static final RegionCode KAPUAS = RegionCode.parse("62.03");

    /** A new, empty store. */
    protected abstract SeenMessageStore newStore();

    /** If this fails, check that the store writes the entry and finds it by sender and message id. */
    @Test
    public void required_R1_storedMessageIsFound() {
        SeenMessageStore store = newStore();
        SeenMessage m = seen(KUBU_RAYA, "msg-00000001", "digest-a");

        assertThat(store.putIfAbsent(m)).isEmpty();
        assertThat(store.find(KUBU_RAYA, "msg-00000001")).contains(m);
        assertThat(store.find(KUBU_RAYA, "msg-00000002")).isEmpty();
    }

    /** If this fails, check that a second write of the same key keeps the first entry (insert, never update). */
    @Test
    public void required_R2_secondPutReturnsTheFirstAndKeepsIt() {
        SeenMessageStore store = newStore();
        SeenMessage first = seen(KUBU_RAYA, "msg-00000001", "digest-a");
        store.putIfAbsent(first);

        assertThat(store.putIfAbsent(seen(KUBU_RAYA, "msg-00000001", "digest-b"))).contains(first);
        assertThat(store.find(KUBU_RAYA, "msg-00000001")).contains(first);
    }

    /** If this fails, check that the key is (sender, message id), not the message id alone. */
    @Test
    public void required_R3_sameIdFromAnotherSenderIsAnotherMessage() {
        SeenMessageStore store = newStore();
        store.putIfAbsent(seen(KUBU_RAYA, "msg-00000001", "digest-a"));

        assertThat(store.putIfAbsent(seen(KAPUAS, "msg-00000001", "digest-a"))).isEmpty();
    }

    /** If this fails, check that remove deletes exactly the one entry. */
    @Test
    public void required_R4_removeForgetsOnlyThatMessage() {
        SeenMessageStore store = newStore();
        store.putIfAbsent(seen(KUBU_RAYA, "msg-00000001", "digest-a"));
        store.putIfAbsent(seen(KUBU_RAYA, "msg-00000002", "digest-b"));

        store.remove(KUBU_RAYA, "msg-00000001");

        assertThat(store.find(KUBU_RAYA, "msg-00000001")).isEmpty();
        assertThat(store.find(KUBU_RAYA, "msg-00000002")).isPresent();
    }

    /** If this fails, check that putIfAbsent is atomic (a unique key or an insert-if-absent statement). */
    @Test
    public void required_R5_concurrentPutsOfOneMessage_exactlyOneWins() throws Exception {
        SeenMessageStore store = newStore();
        int n = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Optional<SeenMessage>>> results = IntStream.range(0, n).mapToObj(i -> {
                Callable<Optional<SeenMessage>> put = () -> {
                    start.await();
                    return store.putIfAbsent(seen(KUBU_RAYA, "msg-00000009", "digest-" + i));
                };
                return pool.submit(put);
            }).toList();
            start.countDown();
            long winners = 0;
            for (Future<Optional<SeenMessage>> f : results) {
                winners += f.get().isEmpty() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static SeenMessage seen(RegionCode sender, String id, String digest) {
        return new SeenMessage(sender, id, digest, Instant.parse("2026-03-02T03:00:00Z"), "receipt." + digest + ".sig");
    }
}
