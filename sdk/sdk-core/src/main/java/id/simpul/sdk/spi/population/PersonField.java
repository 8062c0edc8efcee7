package id.simpul.sdk.spi.population;

/**
 * A data element that can be verified against the population registry. Fuzzy fields (names,
 * places) are compared with a similarity score against a threshold; exact fields match or not.
 */
public enum PersonField {
    /** Nomor Kartu Keluarga. */
    KK_NUMBER(false),
    /** Nama lengkap. */
    FULL_NAME(true),
    /** Tempat lahir. */
    BIRTH_PLACE(true),
    /** Tanggal lahir. */
    BIRTH_DATE(false),
    /** Jenis kelamin. */
    GENDER(false),
    /** Nama lengkap ibu kandung. */
    MOTHER_NAME(true);

    private final boolean fuzzy;

    PersonField(boolean fuzzy) {
        this.fuzzy = fuzzy;
    }

    /** Whether the registry answers with a similarity score against the threshold. */
    public boolean fuzzy() {
        return fuzzy;
    }
}
