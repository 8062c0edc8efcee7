package id.simpul.sdk.authority.internal;

import id.simpul.sdk.region.RegionCode;

/**
 * A region code as a number {@code PPKKCCNNNN} (missing levels as zeros), so that the code of an
 * ancestor is plain arithmetic: no parsing, no allocation. Unique across levels because Kemendagri
 * never uses 00 for a regency or kecamatan, or 0000 for a village.
 */
public final class RegionKey {

    private static final long[] LEVEL_DIVISOR = {100_000_000L, 1_000_000L, 10_000L, 1L};

    private RegionKey() {
    }

    /** The key of a region code. */
    public static long of(RegionCode code) {
        String dotted = code.value();
        long key = 0;
        int digits = 0;
        for (int i = 0; i < dotted.length(); i++) {
            char c = dotted.charAt(i);
            if (c != '.') {
                key = key * 10 + (c - '0');
                digits++;
            }
        }
        for (; digits < 10; digits++) {
            key *= 10;
        }
        return key;
    }

    /** The key cut to a level given by its number of segments (1 province … 4 village). */
    public static long truncate(long key, int segments) {
        long divisor = LEVEL_DIVISOR[segments - 1];
        return key - key % divisor;
    }

    /** The regency part {@code PPKK} (or {@code PP00} for a province), four digits. */
    public static int area(long key) {
        return (int) (key / 1_000_000L);
    }

    /** A key combining an index (e.g. of a service) with a region key. */
    public static long withIndex(int index, long regionKey) {
        return (index + 1L) * 10_000_000_000L + regionKey;
    }

    /** A key for an unordered pair of areas. */
    public static long pair(int areaA, int areaB) {
        return areaA <= areaB ? areaA * 10_000L + areaB : areaB * 10_000L + areaA;
    }
}
