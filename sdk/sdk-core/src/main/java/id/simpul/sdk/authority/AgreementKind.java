package id.simpul.sdk.authority;

import java.util.Locale;
import java.util.Optional;

/** The two kinds of cooperation between regions (kerja sama daerah dengan daerah lain, PP 28/2018). */
public enum AgreementKind {
    /** KSDD wajib: mandatory cooperation for affairs whose effects cross regional borders. */
    MANDATORY("wajib"),
    /** KSDD sukarela: voluntary cooperation the regions choose to enter. */
    VOLUNTARY("sukarela");

    private final String configName;

    AgreementKind(String configName) {
        this.configName = configName;
    }

    /** The name used in configuration files: {@code wajib} or {@code sukarela}. */
    public String configName() {
        return configName;
    }

    /** Finds a kind by its configuration or enum name, ignoring case. */
    public static Optional<AgreementKind> fromConfigName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (AgreementKind k : values()) {
            if (k.configName.equals(n) || k.name().toLowerCase(Locale.ROOT).equals(n)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
