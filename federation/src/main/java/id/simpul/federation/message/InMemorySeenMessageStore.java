package id.simpul.federation.message;

import id.simpul.sdk.region.RegionCode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SeenMessageStore} in memory: for tests, demos and tools. Lost on restart. Thread-safe. */
public final class InMemorySeenMessageStore implements SeenMessageStore {

    private record Key(RegionCode sender, String messageId) {
    }

    private final Map<Key, SeenMessage> seen = new ConcurrentHashMap<>();

    @Override
    public Optional<SeenMessage> find(RegionCode sender, String messageId) {
        return Optional.ofNullable(seen.get(new Key(sender, messageId)));
    }

    @Override
    public Optional<SeenMessage> putIfAbsent(SeenMessage message) {
        return Optional.ofNullable(seen.putIfAbsent(new Key(message.sender(), message.messageId()), message));
    }

    @Override
    public void remove(RegionCode sender, String messageId) {
        seen.remove(new Key(sender, messageId));
    }

    /** Forgets messages received before the instant; see {@link SeenMessageStore} for how long to keep them. */
    public void forgetReceivedBefore(Instant cutoff) {
        seen.values().removeIf(m -> m.receivedAt().isBefore(cutoff));
    }

    public int size() {
        return seen.size();
    }

    @Override
    public String toString() {
        return "InMemorySeenMessageStore[" + seen.size() + " messages]";
    }
}
