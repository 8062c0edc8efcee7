package id.simpul.sdk.region.internal;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;

/**
 * The region dataset inside the jar is missing or damaged: a packaging fault (a shaded jar that
 * dropped resources, a hand-edited file), never the caller's input. Not retryable.
 */
public final class RegionDatasetException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    static final String BUNDLE = "id.simpul.sdk.region.messages";

    private RegionDatasetException(String key, Throwable cause, Object... args) {
        super("region.dataset.invalid", LocalizedMessage.of(BUNDLE, key, args), cause);
    }

    static RegionDatasetException missing(String resource) {
        return new RegionDatasetException("region.dataset.missing", null, resource);
    }

    static RegionDatasetException unreadable(String resource, Throwable cause) {
        return new RegionDatasetException("region.dataset.unreadable", cause, resource, String.valueOf(cause));
    }

    static RegionDatasetException corrupt(String resource, int line, String detail) {
        return new RegionDatasetException("region.dataset.corrupt", null, resource, String.valueOf(line), detail);
    }
}
