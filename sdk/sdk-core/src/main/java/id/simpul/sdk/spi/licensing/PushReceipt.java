package id.simpul.sdk.spi.licensing;

import java.time.Instant;
import java.util.Objects;

/**
 * OSS accepted a push.
 *
 * @param reference  OSS's reference for the push, if it gave one (else empty)
 * @param acceptedAt when the adapter received the acceptance
 */
public record PushReceipt(String reference, Instant acceptedAt) {

    public PushReceipt {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
