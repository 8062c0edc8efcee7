package id.simpul.sdk.region;

/** Whether a second-level region is a kabupaten (codes 01–69) or a kota (codes 71–99). */
public enum RegencyKind {
    /** Kabupaten, headed by a Bupati. */
    KABUPATEN,
    /** Kota, headed by a Wali Kota. */
    KOTA
}
