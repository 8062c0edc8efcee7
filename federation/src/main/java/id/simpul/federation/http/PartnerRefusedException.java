package id.simpul.federation.http;

import id.simpul.federation.internal.Bundle;
import id.simpul.federation.message.Receipt;
import id.simpul.federation.message.Refusal;
import id.simpul.sdk.SimpulRemoteException;
import id.simpul.sdk.region.RegionCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner node refused the message, e.g. because the agreement expired in between. The reason
 * goes back to the filing counter. {@link #receipt()} is the partner's verified signed refusal
 * when it sent one (it does whenever it could read the envelope).
 */
public final class PartnerRefusedException extends SimpulRemoteException {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;
    private final transient Receipt receipt;

    /**
     * @param detail the partner's own explanation (in the language it was asked for), never
     *               personal data: refusals name codes, dates and agreements only
     */
    PartnerRefusedException(RegionCode partner, Refusal refusal, Receipt receipt, String detail) {
        super("federation-node", "federation.partner.refused." + refusal.code(),
                Bundle.message("http.partner.refused", partner.value(), refusal.code(), detail),
                refusal.retryable(), null);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
        this.receipt = receipt;
    }

    public Refusal refusal() {
        return refusal;
    }

    public Optional<Receipt> receipt() {
        return Optional.ofNullable(receipt);
    }
}
