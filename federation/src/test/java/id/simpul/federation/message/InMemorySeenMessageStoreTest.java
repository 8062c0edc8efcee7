package id.simpul.federation.message;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.region.RegionCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemorySeenMessageStoreTest extends SeenMessageStoreContract {

    @Override
    protected SeenMessageStore newStore() {
        return new InMemorySeenMessageStore();
    }

    @Test
    void forgetReceivedBefore_dropsOnlyOlderMessages() {
        InMemorySeenMessageStore store = new InMemorySeenMessageStore();
        RegionCode sender = RegionCode.parse("61.12");
        store.putIfAbsent(new SeenMessage(sender, "msg-old-0001", "d1", Instant.parse("2026-01-01T00:00:00Z"), "r1"));
        store.putIfAbsent(new SeenMessage(sender, "msg-new-0001", "d2", Instant.parse("2026-03-01T00:00:00Z"), "r2"));

        store.forgetReceivedBefore(Instant.parse("2026-02-01T00:00:00Z"));

        assertThat(store.size()).isEqualTo(1);
        assertThat(store.find(sender, "msg-new-0001")).isPresent();
    }
}
