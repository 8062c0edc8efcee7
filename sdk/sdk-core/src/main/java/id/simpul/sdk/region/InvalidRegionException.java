package id.simpul.sdk.region;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;

/**
 * A region, or a set of regions given to {@link RegionRegistry#of}, breaks a rule: a blank name, a
 * code given twice, a region whose parent is not in the set. The message names the codes.
 */
public final class InvalidRegionException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    private InvalidRegionException(String key, Object... args) {
        super("region.invalid", LocalizedMessage.of(RegionCode.BUNDLE, key, args));
    }

    static InvalidRegionException blankName(RegionCode code) {
        return new InvalidRegionException("region.name.blank", code.value());
    }

    /** A code that appears twice in a set of regions. */
    public static InvalidRegionException repeated(String code) {
        return new InvalidRegionException("region.set.repeated", code);
    }

    /** A code that comes after a higher one where the codes must be in order. */
    public static InvalidRegionException outOfOrder(String code) {
        return new InvalidRegionException("region.set.order", code);
    }

    /** A region whose parent is not in the set. */
    public static InvalidRegionException parentMissing(String code, String parent) {
        return new InvalidRegionException("region.set.parent", code, parent);
    }
}
