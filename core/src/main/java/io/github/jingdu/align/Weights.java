package io.github.jingdu.align;

/**
 * How much evidence counts against length, in the units of the cost (negative log-probability).
 * Tuned on MAC-Dev (see docs/alignment.md): the values sit on a plateau where neighbouring
 * settings score within 0.01 strict F1.
 */
final class Weights {
    /** Reward per unit of anchors both sides share. */
    static final double ANCHOR = 0.25;
    /** Penalty per unit of anchors one side has and the other lacks. */
    static final double MISS = 2.0;
    /** Reward per unit of lexical overlap. */
    static final double LEXICAL = 0.5;
    /**
     * Reward for setting a sentence apart as untranslated, per unit of lexical items it holds and
     * of the share of them the document's translated sentences find ({@code BandedSearch.foundShare}):
     * a sentence of a close translation that finds next to nothing of its words is likelier left
     * untranslated than joined to its neighbour's translation. A fifth of {@link #LEXICAL}: from
     * half of it on, a pair of omissions outbids a translated pair. On MAC-Dev it finds omissions best between 0.05 and 0.1 (3 right of 7 set apart,
     * against 2 of 5 without), for 0.0003 of strict F1; the notes gold chose the top of that
     * range (docs/alignment.md).
     */
    static final double OMISSION = 0.1;
    /** The weight of lexical items the 1-1 beads of a first pass must hold for their found share to count. */
    static final double MIN_MEASURED = 20;

    private Weights() {
    }
}
