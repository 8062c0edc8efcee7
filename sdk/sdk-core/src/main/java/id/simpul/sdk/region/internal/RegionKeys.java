package id.simpul.sdk.region.internal;

import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;

/**
 * Region codes packed into one {@code long}, {@code PPKKCCNNNN} read as a decimal number with the
 * missing parts zero, e.g. {@code 61.12.01} is {@code 6112010000}. Numeric order is code order, a
 * parent's key is its child's key with the lower digits cut, and all descendants of a region lie
 * in {@code [key, key + span)}: lookups become binary searches over sorted primitive arrays.
 */
final class RegionKeys {

    private static final long[] SPAN = {100_000_000L, 1_000_000L, 10_000L, 1L};

    private RegionKeys() {
    }

    static long of(RegionCode code) {
        return ofDotted(code.value());
    }

    /** The key of a well-formed dotted code. */
    static long ofDotted(CharSequence dotted) {
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

    /** Width of the key range that holds a region of this level and all its descendants. */
    static long span(RegionLevel level) {
        return SPAN[level.ordinal()];
    }

    static long parent(long key, RegionLevel level) {
        long unit = SPAN[level.ordinal() - 1];
        return key - key % unit;
    }

    static String dotted(long key, RegionLevel level) {
        StringBuilder out = new StringBuilder(13);
        appendDigits(out, key / 100_000_000L, 2);
        if (level.compareTo(RegionLevel.REGENCY) >= 0) {
            appendDigits(out.append('.'), key / 1_000_000L % 100, 2);
        }
        if (level.compareTo(RegionLevel.DISTRICT) >= 0) {
            appendDigits(out.append('.'), key / 10_000L % 100, 2);
        }
        if (level == RegionLevel.VILLAGE) {
            appendDigits(out.append('.'), key % 10_000L, 4);
        }
        return out.toString();
    }

    private static void appendDigits(StringBuilder out, long value, int width) {
        for (long unit = width == 4 ? 1000 : 10; unit > 0; unit /= 10) {
            out.append((char) ('0' + value / unit % 10));
        }
    }
}
