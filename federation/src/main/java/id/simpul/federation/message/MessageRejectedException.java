package id.simpul.federation.message;

import id.simpul.federation.internal.Bundle;
import id.simpul.sdk.SimpulClientException;
import java.util.Objects;
import java.util.Optional;

/**
 * A federation message (or a receipt) was refused; {@link #refusal()} says why. When the message
 * was readable enough to answer, {@link #receipt()} holds the receiver's signed refusal to send
 * back, so the filing counter learns the reason from the partner itself.
 */
public final class MessageRejectedException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;
    private final transient Receipt receipt;

    MessageRejectedException(Refusal refusal, Receipt receipt, Object... args) {
        super("federation.message." + Objects.requireNonNull(refusal, "refusal").code(),
                Bundle.message("message." + refusal.code(), args));
        this.refusal = refusal;
        this.receipt = receipt;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The signed refusal receipt, when one could be made. */
    public Optional<Receipt> receipt() {
        return Optional.ofNullable(receipt);
    }

    MessageRejectedException withReceipt(Receipt signed) {
        MessageRejectedException e = new MessageRejectedException(refusal, signed, localizedMessage().args().toArray());
        e.setStackTrace(getStackTrace());
        return e;
    }

    @Override
    public boolean retryable() {
        return refusal.retryable();
    }
}
