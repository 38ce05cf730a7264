package io.github.jingdu.align.internal;

import java.util.Arrays;

/**
 * Bits by key id, gathered for one sentence at a time and cleared for the next: an
 * open-addressing table of ints and longs, so that listing a sentence's keys allocates nothing
 * but its result.
 */
final class KeyBits {
    private int[] keys = new int[256];
    private long[] bits = new long[256];
    /** Slots in use, so that clearing costs what was used rather than the table's size. */
    private int[] used = new int[128];
    private int size;

    /** Forgets every key. */
    void clear() {
        for (int i = 0; i < size; i++) {
            keys[used[i]] = 0;
            bits[used[i]] = 0;
        }
        size = 0;
    }

    /**
     * Adds bits to a key, adding the key if it is new.
     *
     * @param key a non-negative id
     * @param bit the bits to add, perhaps none
     */
    void or(int key, long bit) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = find(keys, key);
        if (keys[slot] == 0) {
            keys[slot] = key + 1;
            used[size++] = slot;
        }
        bits[slot] |= bit;
    }

    /**
     * @param key an id added since the last {@link #clear()}
     * @return its bits
     */
    long bits(int key) {
        return bits[find(keys, key)];
    }

    /** @return the keys added since the last {@link #clear()}, in increasing order */
    int[] sortedKeys() {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = keys[used[i]] - 1;
        }
        Arrays.sort(out);
        return out;
    }

    /** Keys are stored plus one, so that 0 marks an empty slot. */
    private static int find(int[] table, int key) {
        int mask = table.length - 1;
        int h = (key + 1) * 0x9E3779B9;
        int slot = (h ^ (h >>> 16)) & mask;
        while (table[slot] != 0 && table[slot] != key + 1) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        long[] oldBits = bits;
        int[] oldUsed = Arrays.copyOf(used, size);
        keys = new int[oldKeys.length * 2];
        bits = new long[oldKeys.length * 2];
        used = new int[keys.length / 2];
        for (int i = 0; i < oldUsed.length; i++) {
            int slot = find(keys, oldKeys[oldUsed[i]] - 1);
            keys[slot] = oldKeys[oldUsed[i]];
            bits[slot] = oldBits[oldUsed[i]];
            used[i] = slot;
        }
    }
}
