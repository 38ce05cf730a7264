package io.github.jingdu.align;

/**
 * How often each bead shape occurs, and how long a translation is. Chinese–English figures follow
 * the measured MAC statistics (English splits Chinese sentences far more often than it joins
 * them), except omissions: MAC-Dev leaves 6 sentences of 1,343 beads untranslated, chapters of
 * other books about 2%, and study notes 4% (8 of the 207 beads of the notes gold, where a
 * translation often stops before its passage ends); 5% finds them on both without costing
 * MAC-Dev's score. A Chinese–Chinese pair is mostly 1-1.
 */
final class ShapePriors {
    /** In the order of {@code CostModel.SHAPES}: 1-1 1-2 2-1 1-0 0-1 2-2 1-3 3-1 1-4 4-1 2-3 3-2 1-5 5-1. */
    private static final double[] ZH_EN = {
        0.60, 0.21, 0.05, 0.05, 0.05, 0.02, 0.055, 0.006, 0.022, 0.002, 0.009, 0.003, 0.003, 0.0005};
    private static final double[] ZH_ZH = {
        0.85, 0.05, 0.05, 0.01, 0.01, 0.01, 0.008, 0.008, 0.002, 0.002, 0.002, 0.002, 0.0005, 0.0005};

    private ShapePriors() {
    }

    static double[] of(LanguagePair pair) {
        return switch (pair) {
            case ZH_EN -> ZH_EN.clone();
            case EN_ZH -> swapped(ZH_EN);
            case ZH_ZH -> ZH_ZH.clone();
        };
    }

    /**
     * Target characters (other than white space) per source character, before the texts say
     * otherwise: MAC-Dev's English has 3.38 letters per Chinese character.
     */
    static double lengthRatio(LanguagePair pair) {
        return switch (pair) {
            case ZH_EN -> 3.38;
            case EN_ZH -> 1 / 3.38;
            case ZH_ZH -> 1.0;
        };
    }

    /** A first guess at the variance per source character, before it is estimated. */
    static double initialVariance(LanguagePair pair) {
        return switch (pair) {
            case ZH_EN -> 2.0;
            case EN_ZH -> 6.0;
            case ZH_ZH -> 0.5;
        };
    }

    private static double[] swapped(double[] priors) {
        double[] out = priors.clone();
        int[][] pairs = {{1, 2}, {3, 4}, {6, 7}, {8, 9}, {10, 11}, {12, 13}};
        for (int[] p : pairs) {
            out[p[0]] = priors[p[1]];
            out[p[1]] = priors[p[0]];
        }
        return out;
    }
}
