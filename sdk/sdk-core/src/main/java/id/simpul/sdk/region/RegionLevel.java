package id.simpul.sdk.region;

/** The four administrative levels of the Kemendagri region code (kode wilayah). */
public enum RegionLevel {
    /** Provinsi: {@code PP}. */
    PROVINCE(1),
    /** Kabupaten or kota: {@code PP.KK}. */
    REGENCY(2),
    /** Kecamatan (or distrik in Papua): {@code PP.KK.CC}. */
    DISTRICT(3),
    /** Kelurahan, desa or desa adat: {@code PP.KK.CC.NNNN}. */
    VILLAGE(4);

    private final int segments;

    RegionLevel(int segments) {
        this.segments = segments;
    }

    /** Number of dotted segments in a code of this level. */
    public int segments() {
        return segments;
    }

    static RegionLevel ofSegments(int segments) {
        return values()[segments - 1];
    }
}
