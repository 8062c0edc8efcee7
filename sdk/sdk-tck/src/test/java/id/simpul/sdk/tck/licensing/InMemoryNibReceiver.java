package id.simpul.sdk.tck.licensing;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.spi.licensing.NibNotification;
import id.simpul.sdk.spi.licensing.NibReceipt;
import id.simpul.sdk.spi.licensing.NibReceiver;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A correct receiver (atomic deduplication) and, with {@code deduplicate=false}, a broken one. */
final class InMemoryNibReceiver implements NibReceiver {

    private final RegionCode served;
    private final boolean deduplicate;
    private final Map<String, String> references = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    InMemoryNibReceiver(RegionCode served, boolean deduplicate) {
        this.served = served;
        this.deduplicate = deduplicate;
    }

    @Override
    public NibReceipt receive(NibNotification n) {
        if (!n.region().isWithin(served)) {
            throw new SimpulClientException("nib.region.unserved",
                    LocalizedMessage.of("id.simpul.sdk.spi.messages", "nib.region.unserved"));
        }
        String key = n.nib().value() + "/" + n.ossRequestId();
        if (!deduplicate) {
            return new NibReceipt(NibReceipt.Outcome.ACCEPTED, "R-" + next.incrementAndGet());
        }
        String[] created = new String[1];
        String reference = references.computeIfAbsent(key, k -> created[0] = "R-" + next.incrementAndGet());
        return new NibReceipt(created[0] != null ? NibReceipt.Outcome.ACCEPTED : NibReceipt.Outcome.DUPLICATE,
                reference);
    }
}
