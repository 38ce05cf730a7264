package io.github.jingdu.align.internal;

/**
 * Turns a sentence bead's score into the probability that the bead is right: a logistic model of
 * the score (clipped to [-8, 2]), whether the bead is one-to-one, and how many sentences beyond
 * two it joins. Fitted by logistic regression on the beads the aligner gives, with CC-CEDICT and
 * without, for MAC-Dev chapters 001 to 003 and the even-numbered passages of the notes gold (the
 * gold says which are right); {@code BeadConfidenceTest} measures its calibration on chapters 004
 * to 006, which it never saw (docs/alignment.md has the reliability table).
 */
public final class BeadCalibration {
    private static final double INTERCEPT = 1.9073;
    private static final double SCORE = 0.2348;
    private static final double ONE_TO_ONE = 0.4289;
    private static final double PER_EXTRA_SENTENCE = -0.3798;

    private BeadCalibration() {
    }

    /**
     * @param sources the bead's source sentences
     * @param targets its target sentences
     * @param score its score from the aligner
     * @return the probability that the bead is right, in [0, 1]
     */
    public static double confidence(int sources, int targets, double score) {
        if (Double.isNaN(score)) {
            return 0;
        }
        double z = INTERCEPT + SCORE * Math.max(-8, Math.min(2, score));
        if (sources == 1 && targets == 1) {
            z += ONE_TO_ONE;
        }
        if (sources > 0 && targets > 0) {
            z += PER_EXTRA_SENTENCE * (sources + targets - 2);
        }
        return 1 / (1 + Math.exp(-z));
    }
}
