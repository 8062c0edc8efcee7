package id.simpul.federation;

import id.simpul.federation.internal.Bundle;
import id.simpul.sdk.SimpulClientException;

/**
 * A signing key file cannot be created, read or trusted (wrong permissions, wrong node, damaged).
 * The message says which file and what to do; it never contains key material.
 */
public final class NodeKeyException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    public NodeKeyException(String key, Throwable cause, Object... args) {
        super("federation.key." + key, Bundle.message("key." + key, args), cause);
    }
}
