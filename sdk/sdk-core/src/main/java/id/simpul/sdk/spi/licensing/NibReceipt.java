package id.simpul.sdk.spi.licensing;

import java.util.Objects;

/**
 * The receiver's answer to a {@link NibNotification}.
 *
 * @param outcome   accepted now, or recognised as a redelivery
 * @param reference the receiver's reference for the notification (the same for a redelivery)
 */
public record NibReceipt(Outcome outcome, String reference) {

    public NibReceipt {
        Objects.requireNonNull(outcome, "outcome");
        LicenceItem.requireText(reference, "reference");
    }

    public enum Outcome {
        /** First delivery: stored and queued for processing. */
        ACCEPTED,
        /** Same NIB and OSS request id seen before: acknowledged, not processed again. */
        DUPLICATE
    }
}
