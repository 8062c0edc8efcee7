package id.simpul.portal.application;

/**
 * Delivers outbox messages of some topics to where they must go (an adapter, a federation
 * partner). Implementations are CDI beans; the dispatcher finds them by {@link #handles(String)}.
 * Delivery is at least once: a handler may see a message again after a crash or a timeout, and must
 * pass the deduplication key on so the receiver can drop repeats.
 */
public interface OutboxHandler {

    boolean handles(String topic);

    /**
     * @throws id.simpul.sdk.SimpulException when delivery failed; the message is retried later with
     *                                       backoff whether or not the failure says it is retryable,
     *                                       because the outbox never drops a message
     */
    void deliver(String topic, String dedupKey, String payloadJson);
}
