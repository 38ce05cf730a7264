package io.github.jingdu.align.internal;

/**
 * What one sentence offers as evidence, item by item, so that a bead counts each item once
 * however many sentences of the other side hold it.
 *
 * @param keys ids of what this sentence holds (the stems of its words, or of its dictionary
 *     words' translations; its numbers; the names its pinyin spells): two sentences compare them
 *     by lookups
 * @param keyBits for each of {@code keys}, the bits of the items that stem stands for
 * @param keyTable {@code keys} in an open-addressing table of a power-of-two size: each slot holds
 *     an index into {@code keys} plus one, or 0
 * @param signature one bit per key, by its hash: two sentences whose signatures do not meet
 *     share no key
 * @param itemKeys those of {@code keys} that stand for some of this sentence's items
 * @param itemKeyBits the bits of each of {@code itemKeys}
 * @param itemSignature the signature of {@code itemKeys}
 * @param weights the weight of each item, at most {@link #MAX_ITEMS}: anchors first
 * @param hard bits of the items whose absence from the other side counts against a bead
 *     (anchors: numbers, Latin words); the others (lexicon words, names, learnt pairs) only reward
 * @param hardMass the summed weight of the hard items
 * @param softMass the summed weight of the other items
 * @param flags punctuation bits of {@link SentenceFeatures}
 * @param softBase for k = 1 to {@link #MAX_OTHERS}, what the soft items are worth in a bead with k
 *     sentences of the other side when none of them is found there: minus the weight chance
 *     alone would find
 * @param unit bits of the items whose weight is 1, most of them: summed by counting bits
 * @param bigrams for a Chinese sentence aligned with Chinese, its number of distinct character
 *     pairs; else 0
 */
record SentenceEvidence(int[] keys, long[] keyBits, int[] keyTable, long signature, int[] itemKeys, long[] itemKeyBits,
        long itemSignature, double[] weights, long hard, double hardMass, double softMass, int flags, double[] softBase,
        long unit, int bigrams) {
    /** Items a sentence can offer: the bits of a {@code long}. */
    static final int MAX_ITEMS = 64;
    /** The most sentences of one side a bead holds. */
    static final int MAX_OTHERS = 5;

    /**
     * @param keys stem ids
     * @return the table {@code keyTable} expects
     */
    static int[] table(int[] keys) {
        int[] table = new int[Integer.highestOneBit(Math.max(keys.length, 1)) * 4];
        int mask = table.length - 1;
        for (int i = 0; i < keys.length; i++) {
            int slot = mix(keys[i]) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
        return table;
    }

    /**
     * @param keys stem ids
     * @return a bit for each, by its hash
     */
    static long signature(int[] keys) {
        long bits = 0;
        for (int key : keys) {
            bits |= 1L << (mix(key) >>> 26);
        }
        return bits;
    }

    /**
     * @param key a stem id
     * @return its index in {@code keys}, or -1
     */
    int indexOf(int key) {
        int mask = keyTable.length - 1;
        int slot = mix(key) & mask;
        int at;
        while ((at = keyTable[slot]) != 0) {
            if (keys[at - 1] == key) {
                return at - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * @param found bits of the items found on the other side
     * @param others the number of sentences of the other side in the bead
     * @return what the soft items are worth
     */
    double soft(long found, int others) {
        return others == 0 ? 0 : softBase[others] + weigh(found & ~hard);
    }

    /**
     * @param found bits of the items found on the other side
     * @return their summed weight
     */
    double weigh(long found) {
        double sum = Long.bitCount(found & unit);
        long bits = found & ~unit;
        while (bits != 0) {
            sum += weights[Long.numberOfTrailingZeros(bits)];
            bits &= bits - 1;
        }
        return sum;
    }
}
