package id.simpul.federation.http;

import id.simpul.federation.internal.Bundle;
import id.simpul.sdk.SimpulRemoteException;
import id.simpul.sdk.region.RegionCode;

/**
 * A partner node did not answer with a receipt: down, slow, or failing. The message was perhaps
 * applied, perhaps not; sending the same message again (same id, fresh send time) is safe because
 * the partner deduplicates. Always retryable.
 */
public final class PartnerUnavailableException extends SimpulRemoteException {

    private static final long serialVersionUID = 1L;

    PartnerUnavailableException(RegionCode partner, String detail, Throwable cause) {
        super("federation-node", "federation.partner.unavailable",
                Bundle.message("http.partner.unavailable", partner.value(), detail), true, cause);
    }
}
