package id.simpul.sdk.catalogue;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;

/** A service code, version or date was asked for that the catalogue has no standard for. */
public final class UnknownServiceException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    UnknownServiceException(String code, String key, Object... args) {
        super(code, LocalizedMessage.of(InvalidCatalogueException.BUNDLE, key, args));
    }
}
