package id.simpul.portal.infrastructure.health;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;

/** A call to an external system this node has switched off ({@code simpul.adapters.<system>.enabled=false}). */
public final class AdapterDisabledException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    AdapterDisabledException(String system, String key) {
        super("adapters.disabled", LocalizedMessage.of("id.simpul.portal.messages", "adapters.disabled", system, key));
    }
}
