package id.simpul.sdk.region;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;

/** A text is not a well-formed Kemendagri region code. */
public final class InvalidRegionCodeException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    InvalidRegionCodeException(String reasonKey, String input) {
        super("region.code.invalid", LocalizedMessage.of(RegionCode.BUNDLE, reasonKey, input));
    }
}
