package id.simpul.sdk.request;

import java.util.Locale;
import java.util.Optional;

/** How a request reached the office where it was filed. */
public enum Channel {
    /** The counter (loket) of the office itself. */
    COUNTER("loket"),
    /** A counter in a Mal Pelayanan Publik. */
    MPP("mpp"),
    /** The kecamatan's integrated service counter (Pelayanan Administrasi Terpadu Kecamatan). */
    PATEN("paten"),
    /** A village or kelurahan office that forwards requests. */
    VILLAGE("desa"),
    /** A website or mobile application. */
    ONLINE("daring"),
    /** A mobile service unit (layanan keliling, jemput bola). */
    MOBILE_UNIT("keliling");

    private final String configName;

    Channel(String configName) {
        this.configName = configName;
    }

    /** The name used in configuration and APIs, e.g. {@code paten}. */
    public String configName() {
        return configName;
    }

    /** Finds a channel by its configuration name or enum name, ignoring case. */
    public static Optional<Channel> fromConfigName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (Channel c : values()) {
            if (c.configName.equals(n) || c.name().toLowerCase(Locale.ROOT).equals(n)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
