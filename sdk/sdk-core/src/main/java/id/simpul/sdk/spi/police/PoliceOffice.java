package id.simpul.sdk.spi.police;

import id.simpul.sdk.region.RegionCode;
import java.util.Objects;

/**
 * The office that issued a letter, e.g. {@code SPKT Polres Kubu Raya}.
 *
 * @param name   the office's name
 * @param level  Polsek, Polres or Polda
 * @param region the Kemendagri code of its area
 */
public record PoliceOffice(String name, PoliceOfficeLevel level, RegionCode region) {

    public PoliceOffice {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(region, "region");
    }
}
