package id.simpul.federation.message;

import id.simpul.sdk.region.RegionCode;
import java.util.Optional;

/**
 * Service provider interface: where a node remembers the messages it accepted, keyed by sender
 * and message id. The portal implements it with a table written in the same transaction as the
 * effect of the message, so a crash never leaves a message remembered but not applied (or the
 * reverse). {@link InMemorySeenMessageStore} serves tests and single-process tools.
 *
 * <p>Keep entries for at least as long as senders may retry (an outbox retries through outages of
 * days); forgetting earlier lets a late retry be applied twice.
 */
public interface SeenMessageStore {

    Optional<SeenMessage> find(RegionCode sender, String messageId);

    /**
     * Remembers the message unless one with the same sender and id is already remembered;
     * atomic with respect to concurrent calls.
     *
     * @return the entry already there, or empty when this call stored {@code seen}
     */
    Optional<SeenMessage> putIfAbsent(SeenMessage seen);

    /**
     * Forgets a message whose effect could not be applied, so the sender's retry is applied then.
     * A transactional store may do nothing here: rolling back the transaction forgets it already.
     */
    void remove(RegionCode sender, String messageId);
}
