package id.simpul.sdk.spi.population;

/** The registry's answer for one field: {@code Sesuai} or {@code Tidak Sesuai}. */
public enum Verdict {
    /** Sesuai: the given value matches the record (for fuzzy fields: score at or above the threshold). */
    MATCH,
    /** Tidak Sesuai: the given value does not match. */
    MISMATCH
}
