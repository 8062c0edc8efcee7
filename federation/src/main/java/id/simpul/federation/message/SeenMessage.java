package id.simpul.federation.message;

import id.simpul.sdk.region.RegionCode;
import java.time.Instant;
import java.util.Objects;

/**
 * A message this node accepted, remembered to recognise a retry (same content: answer with the
 * same receipt) or a replay (same id, other content: refuse).
 *
 * @param sender        the sending node
 * @param messageId     the sender's message id
 * @param contentDigest {@link Envelope#contentDigest()}
 * @param receivedAt    when it was accepted
 * @param receipt       the signed receipt given back (compact JWS)
 */
public record SeenMessage(RegionCode sender, String messageId, String contentDigest, Instant receivedAt,
        String receipt) {

    public SeenMessage {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(contentDigest, "contentDigest");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(receipt, "receipt");
    }
}
