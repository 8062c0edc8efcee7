package id.simpul.sdk.region.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * All regions of one level as parallel primitive arrays, ordered by code: packed keys and the
 * UTF-8 names back to back. About 20 bytes per region instead of the ~200 of a map of objects.
 * The folded search text is built on the first search only, since many users never search.
 */
final class LevelTable {

    private final long[] keys;
    private final byte[] names;
    private final int[] nameEnds;
    private volatile SearchIndex searchIndex;

    private LevelTable(Builder b) {
        this.keys = Arrays.copyOf(b.keys, b.size);
        this.names = Arrays.copyOf(b.names, b.nameLength);
        this.nameEnds = Arrays.copyOf(b.nameEnds, b.size);
    }

    int size() {
        return keys.length;
    }

    long key(int index) {
        return keys[index];
    }

    String name(int index) {
        int start = nameStart(index);
        return new String(names, start, nameEnds[index] - start, StandardCharsets.UTF_8);
    }

    private int nameStart(int index) {
        return index == 0 ? 0 : nameEnds[index - 1];
    }

    /** Index of the key, or a negative number when absent. */
    int indexOf(long key) {
        return Arrays.binarySearch(keys, key);
    }

    /** Index of the first key not less than {@code key}. */
    int lowerBound(long key) {
        int i = Arrays.binarySearch(keys, key);
        return i >= 0 ? i : -i - 1;
    }

    /** Index of the first region at or after {@code from} whose folded name contains {@code folded}, or -1. */
    int nextMatch(String folded, int from) {
        return from >= keys.length ? -1 : searchIndex().nextMatch(folded, from);
    }

    private SearchIndex searchIndex() {
        SearchIndex index = searchIndex;
        if (index == null) {
            synchronized (this) {
                index = searchIndex;
                if (index == null) {
                    index = new SearchIndex(this);
                    searchIndex = index;
                }
            }
        }
        return index;
    }

    /** The folded names joined by line breaks: a search is a plain {@link String#indexOf} scan. */
    private static final class SearchIndex {
        private final String text;
        private final int[] ends;

        SearchIndex(LevelTable table) {
            StringBuilder out = new StringBuilder(table.names.length + table.size());
            ends = new int[table.size()];
            for (int i = 0; i < ends.length; i++) {
                SearchText.appendUtf8(table.names, table.nameStart(i), table.nameEnds[i], out);
                ends[i] = out.length();
                out.append('\n');
            }
            text = out.toString();
        }

        int nextMatch(String folded, int from) {
            int at = text.indexOf(folded, from == 0 ? 0 : ends[from - 1] + 1);
            if (at < 0) {
                return -1;
            }
            int i = Arrays.binarySearch(ends, at);
            return i >= 0 ? i : -i - 1;
        }
    }

    /** Collects one level in code order. */
    static final class Builder {
        private long[] keys;
        private int[] nameEnds;
        private byte[] names;
        private int size;
        private int nameLength;

        Builder(int expected) {
            int capacity = Math.max(16, expected);
            keys = new long[capacity];
            nameEnds = new int[capacity];
            names = new byte[capacity * 16];
        }

        boolean isEmpty() {
            return size == 0;
        }

        long lastKey() {
            return keys[size - 1];
        }

        /** Appends a region named by the UTF-8 bytes {@code utf8[from, to)}; keys arrive in increasing order. */
        void add(long key, byte[] utf8, int from, int to) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                nameEnds = Arrays.copyOf(nameEnds, size * 2);
            }
            int length = to - from;
            if (nameLength + length > names.length) {
                names = Arrays.copyOf(names, Math.max(names.length * 2, nameLength + length));
            }
            System.arraycopy(utf8, from, names, nameLength, length);
            nameLength += length;
            keys[size] = key;
            nameEnds[size] = nameLength;
            size++;
        }

        LevelTable build() {
            return new LevelTable(this);
        }
    }
}
