package io.github.jingdu.align.internal;

import io.github.jingdu.model.Bead;
/**
 * The cost of a bead: minus the log-probability of its shape, a length term whose ratio and
 * variance are estimated per document pair, and evidence terms.
 */
public final class CostModel {
    /** Bead shapes: source count, target count. */
    public static final int[][] SHAPES = {
        {1, 1}, {1, 2}, {2, 1}, {1, 0}, {0, 1}, {2, 2}, {1, 3}, {3, 1}, {1, 4}, {4, 1}, {2, 3}, {3, 2}, {1, 5}, {5, 1}
    };
    /**
     * Degrees of freedom of the Student-t length model: real translations have heavier tails
     * than Gale–Church's normal distribution (measured on MAC-Dev: 3 to 8 score alike).
     */
    private static final double NU = 5;
    /** Two renderings of one sentence share most character pairs; unrelated ones a few. */
    private static final double OVERLAP = 10;

    final double[] shapeCost;
    final double ratio;
    final double variance;
    final double anchorWeight;
    final double missWeight;
    final double lexicalWeight;
    final double omissionWeight;

    /**
     * @param shapePriors probability of each shape of {@link #SHAPES}
     * @param ratio target characters per source character
     * @param variance variance of the length difference per source character
     * @param anchorWeight reward per unit of shared anchors
     * @param missWeight penalty per unit of anchors left unmatched
     * @param lexicalWeight reward per unit of lexical overlap
     * @param omissionWeight reward, for a sentence left untranslated, per unit of the lexical items
     *     it holds: what the translation it lacks would have had to find
     */
    public CostModel(double[] shapePriors, double ratio, double variance, double anchorWeight,
            double missWeight, double lexicalWeight, double omissionWeight) {
        this.shapeCost = new double[shapePriors.length];
        for (int k = 0; k < shapePriors.length; k++) {
            shapeCost[k] = -Math.log(Math.max(shapePriors[k], 1e-9));
        }
        this.ratio = ratio;
        this.variance = variance;
        this.anchorWeight = anchorWeight;
        this.missWeight = missWeight;
        this.lexicalWeight = lexicalWeight;
        this.omissionWeight = omissionWeight;
    }

    /**
     * @param shape index into {@link #SHAPES}
     * @param sourceLength characters on the source side
     * @param targetLength characters on the target side
     * @param anchors anchor weight both sides share
     * @param miss anchor weight one side has and the other lacks
     * @param soft what the lexical items are worth, found or missing on the other side
     * @param overlap for two Chinese sides, the Dice coefficient of their character pairs
     * @param untranslated for a bead with one side empty, the weight of the lexical items its
     *     sentences hold; else 0
     * @return the bead's cost; lower is better
     */
    double cost(int shape, double sourceLength, double targetLength, double anchors, double miss, double soft,
            double overlap, double untranslated) {
        double c = shapeCost[shape];
        if (SHAPES[shape][0] > 0 && SHAPES[shape][1] > 0) {
            c += lengthCost(sourceLength, targetLength);
        }
        c -= omissionWeight * untranslated;
        double lexical = soft + OVERLAP * overlap;
        return c - anchorWeight * anchors + missWeight * miss - lexicalWeight * lexical;
    }

    /**
     * The length term: the difference between the target length (scaled by the ratio) and the
     * source length, normalised by the standard deviation Gale and Church model (growing with
     * the square root of the length), costed as minus the log-density of a Student-t.
     */
    double lengthCost(double sourceLength, double targetLength) {
        double scaled = targetLength / ratio;
        double mean = (sourceLength + scaled) / 2;
        double delta = (scaled - sourceLength) / Math.sqrt(variance * Math.max(mean, 1));
        return (NU + 1) / 2 * Math.log(1 + delta * delta / NU);
    }
}
