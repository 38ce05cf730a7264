package io.github.jingdu.align.internal;

/**
 * What one sentence offers as evidence, item by item, so that a bead counts each item once
 * however many sentences of the other side hold it.
 *
 * @param items what the other side may hold, at most {@link #MAX_ITEMS}: anchors first
 * @param weights the weight of each item
 * @param hard bits of the items whose absence from the other side counts against a bead
 *     (anchors: numbers, Latin words); the others (lexicon words, names, learnt pairs) only reward
 * @param hardMass the summed weight of the hard items
 * @param flags punctuation bits of {@link SentenceFeatures}
 * @param softBase for k = 1 to {@link #MAX_OTHERS}, what the soft items are worth in a bead with k
 *     sentences of the other side when none of them is found there: minus the weight chance
 *     alone would find
 * @param softGain for k and each soft item, what finding it adds: its weight
 * @param bigrams for a Chinese sentence aligned with Chinese, its number of distinct character
 *     pairs; else 0
 */
record SentenceEvidence(Item[] items, double[] weights, long hard, double hardMass, int flags, double[] softBase,
        double[][] softGain, int bigrams) {
    /** Items a sentence can offer: the bits of a {@code long}. */
    static final int MAX_ITEMS = 64;
    /** The most sentences of one side a bead holds. */
    static final int MAX_OTHERS = 5;

    /** One thing a sentence holds that a translation of it would hold too. */
    @FunctionalInterface
    interface Item {
        /**
         * @param other a sentence of the other side
         * @return true when it holds this item
         */
        boolean foundIn(SentenceFeatures other);
    }

    /** @return how many items only reward: lexicon words, names, learnt pairs */
    int softCount() {
        return items.length - Long.bitCount(hard);
    }

    /**
     * @param found bits of the items found on the other side
     * @param others the number of sentences of the other side in the bead
     * @return what the soft items are worth
     */
    double soft(long found, int others) {
        if (others == 0) {
            return 0;
        }
        double[] gain = softGain[others];
        double sum = softBase[others];
        long bits = found & ~hard;
        while (bits != 0) {
            sum += gain[Long.numberOfTrailingZeros(bits)];
            bits &= bits - 1;
        }
        return sum;
    }

    /**
     * @param found bits of the items found on the other side
     * @return their summed weight
     */
    double weigh(long found) {
        double sum = 0;
        long bits = found;
        while (bits != 0) {
            sum += weights[Long.numberOfTrailingZeros(bits)];
            bits &= bits - 1;
        }
        return sum;
    }
}
