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

    private Weights() {
    }
}
