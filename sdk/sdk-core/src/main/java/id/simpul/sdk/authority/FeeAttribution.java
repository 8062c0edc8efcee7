package id.simpul.sdk.authority;

import java.util.Locale;
import java.util.Optional;

/** Which region a fee or retribution paid for a cross-regency request goes to. */
public enum FeeAttribution {
    /** The region whose office decides (the usual rule for a retribution set by its Perda). */
    COMPETENT_REGION("daerah-berwenang"),
    /** The region whose counter took the request. */
    FILING_REGION("daerah-penerima"),
    /** Split between both as the agreement states. */
    SHARED("dibagi");

    private final String configName;

    FeeAttribution(String configName) {
        this.configName = configName;
    }

    /** The name used in configuration files, e.g. {@code daerah-berwenang}. */
    public String configName() {
        return configName;
    }

    /** Finds an attribution by its configuration or enum name, ignoring case. */
    public static Optional<FeeAttribution> fromConfigName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (FeeAttribution f : values()) {
            if (f.configName.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
