package id.simpul.sdk.region;

/** The first digit of a village code: 1 kelurahan, 2 desa, 3 desa adat. */
public enum VillageKind {
    /** Kelurahan: an urban village, part of the regency's administration. */
    KELURAHAN,
    /** Desa: a self-governing village. */
    DESA,
    /** Desa adat: a customary village (e.g. in Bali). */
    DESA_ADAT
}
