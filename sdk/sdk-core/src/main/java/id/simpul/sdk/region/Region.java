package id.simpul.sdk.region;

import java.util.Objects;
import java.util.Optional;

/**
 * A region of the Kemendagri dataset: its code, official name and level.
 *
 * @param code the region code
 * @param name the official name, e.g. {@code Kabupaten Kubu Raya} or {@code Sungai Raya}
 */
public record Region(RegionCode code, String name) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw InvalidRegionException.blankName(code);
        }
    }

    public RegionLevel level() {
        return code.level();
    }

    /** Code of the enclosing region; empty for a province. */
    public Optional<RegionCode> parent() {
        return code.parent();
    }
}
