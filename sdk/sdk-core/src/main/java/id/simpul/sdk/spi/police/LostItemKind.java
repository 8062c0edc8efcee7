package id.simpul.sdk.spi.police;

/** What was reported lost; identity documents first, since a reprint depends on the letter. */
public enum LostItemKind {
    /** KTP-el. */
    KTP_EL,
    /** Kartu Keluarga. */
    FAMILY_CARD,
    /** Surat Izin Mengemudi. */
    DRIVING_LICENCE,
    /** STNK (vehicle registration). */
    VEHICLE_REGISTRATION,
    /** BPKB (vehicle ownership book). */
    VEHICLE_OWNERSHIP_BOOK,
    /** Paspor. */
    PASSPORT,
    /** Kartu ATM / buku tabungan. */
    BANK_CARD,
    /** Ijazah, sertifikat, akta. */
    CERTIFICATE,
    /** Anything else. */
    OTHER
}
