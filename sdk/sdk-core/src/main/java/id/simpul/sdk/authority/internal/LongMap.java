package id.simpul.sdk.authority.internal;

import java.util.Arrays;

/**
 * A map from non-zero {@code long} keys to values, with open addressing: no boxing and no
 * allocation on lookup. Filled once, then only read; safe to share between threads once published
 * through a final field.
 *
 * @param <V> the value type
 */
public final class LongMap<V> {

    private long[] keys;
    private Object[] values;
    private int size;

    public LongMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new Object[capacity];
    }

    /** Associates the value with the key, replacing any previous value. */
    public void put(long key, V value) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** The value for the key, or null. */
    @SuppressWarnings("unchecked")
    public V get(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        long k;
        while ((k = keys[i]) != 0) {
            if (k == key) {
                return (V) values[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    /** Calls {@code action} with every value, in no particular order. */
    @SuppressWarnings("unchecked")
    public void forEachValue(java.util.function.Consumer<? super V> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                action.accept((V) values[i]);
            }
        }
    }

    public boolean containsKey(long key) {
        return get(key) != null;
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                @SuppressWarnings("unchecked")
                V v = (V) oldValues[i];
                put(oldKeys[i], v);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public String toString() {
        return "LongMap[" + size + " of " + Arrays.stream(keys).filter(k -> k != 0).count() + "]";
    }
}
