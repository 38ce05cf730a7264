package io.github.jingdu.align.internal;

import java.util.Arrays;
import java.util.function.BiConsumer;

/** Counts long keys with open addressing: no boxing, for the co-occurrence counts of learning. */
final class LongCounter {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys = new long[1 << 8];
    private int[] counts = new int[1 << 8];
    private int size;

    LongCounter() {
        Arrays.fill(keys, EMPTY);
    }

    void increment(long key) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = key;
            size++;
        }
        counts[i]++;
    }

    int get(long key) {
        int mask = keys.length - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return counts[i];
            }
            i = (i + 1) & mask;
        }
        return 0;
    }

    void forEach(BiConsumer<Long, Integer> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                action.accept(keys[i], counts[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldCounts.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        int mask = keys.length - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != EMPTY) {
                int i = Long.hashCode(oldKeys[k] * 0x9E3779B97F4A7C15L) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[k];
                counts[i] = oldCounts[k];
                size++;
            }
        }
    }
}
