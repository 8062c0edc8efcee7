package id.simpul.sdk.spi.police;

/** Level of a police office. */
public enum PoliceOfficeLevel {
    /** Polsek: sector office at kecamatan level. */
    POLSEK,
    /** Polres / Polresta: regency or city office. */
    POLRES,
    /** Polda: provincial office. */
    POLDA
}
