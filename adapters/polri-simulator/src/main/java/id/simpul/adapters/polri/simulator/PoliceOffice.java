package id.simpul.adapters.polri.simulator;

import id.simpul.sdk.region.RegionCode;
import java.util.Objects;

/**
 * A police office in the simulated world: a Polsek (kepolisian sektor) per kecamatan, a Polres or
 * Polresta (kepolisian resor, resor kota) per kabupaten or kota.
 *
 * @param code   model code, level and region digits, e.g. {@code POLSEK-611201}
 * @param name   e.g. {@code Polsek Batu Ampar}
 * @param level  {@code POLSEK}, {@code POLRES} or {@code POLRESTA}
 * @param region the Kemendagri code of the office's area
 */
public record PoliceOffice(String code, String name, String level, RegionCode region) {

    public PoliceOffice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(region, "region");
    }
}
