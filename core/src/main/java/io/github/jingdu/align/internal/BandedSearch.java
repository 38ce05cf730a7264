package io.github.jingdu.align.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the cheapest monotonic sequence of beads by dynamic programming inside a band around
 * the diagonal that sentence lengths predict. When the best path runs along the band's edge the
 * band is widened and the search repeated, so a narrow band never forces a wrong path. Time and
 * memory are proportional to the number of sentences times the band's width.
 */
public final class BandedSearch {
    private final SentenceFeatures[] source;
    private final SentenceFeatures[] target;
    private PairEvidence evidence;
    /** Pair evidence already computed, kept across searches: widening or a second pass reuse it. */
    private PairCache cache;
    private final double[] sourcePrefix;
    private final double[] targetPrefix;
    private SentenceEvidence[] sourceItems;
    private SentenceEvidence[] targetItems;
    /** What each target sentence of the bead being costed found of the source side. */
    private final long[] targetFound = new long[SentenceEvidence.MAX_OTHERS];

    /** One bead of the result: half-open ranges of source and target indices, and its cost. */
    public record Step(int sourceFrom, int sourceTo, int targetFrom, int targetTo, double cost) {
    }

    /**
     * @param source features of the source sentences
     * @param target features of the target sentences
     * @param evidence how sentence pairs are compared
     */
    public BandedSearch(SentenceFeatures[] source, SentenceFeatures[] target, PairEvidence evidence) {
        this.source = source;
        this.target = target;
        this.evidence = evidence;
        this.sourcePrefix = prefix(source);
        this.targetPrefix = prefix(target);
        prepare();
    }

    private void prepare() {
        sourceItems = evidence.prepare(source, target);
        targetItems = evidence.prepare(target, source);
    }

    /**
     * Replaces the pair evidence, for a second pass with what a first pass taught.
     *
     * @param next the new evidence
     */
    public void evidence(PairEvidence next) {
        this.evidence = next;
        prepare();
        cache = null;
    }

    /** @return total characters of the source side */
    public double sourceLength() {
        return sourcePrefix[source.length];
    }

    /** @return total characters of the target side */
    public double targetLength() {
        return targetPrefix[target.length];
    }

    /**
     * Aligns with a cost model.
     *
     * @param model the costs
     * @param initialWidth half-width of the band, in sentences
     * @param guide a previous alignment to centre the band on, or null for the diagonal that
     *     sentence lengths predict
     * @param shapes how many of {@link CostModel#SHAPES}, the most common first, to consider: a
     *     rough first pass can leave out the rare ones
     * @return the beads, in order
     */
    public List<Step> search(CostModel model, int initialWidth, List<Step> guide, int shapes) {
        int n = source.length;
        int m = target.length;
        int[] centre = guide == null ? diagonal() : centre(guide);
        int width = initialWidth;
        while (true) {
            Band band = new Band(width, centre);
            List<Step> path = run(model, band, shapes);
            if (width >= Math.max(n, m) || !band.touchesEdge(path)) {
                return path;
            }
            width *= 2;
        }
    }

    private List<Step> run(CostModel model, Band band, int shapes) {
        int n = source.length;
        double[][] cost = new double[n + 1][];
        byte[][] back = new byte[n + 1][];
        PairCache pairs = new PairCache(band, cache);
        cache = pairs;
        for (int i = 0; i <= n; i++) {
            int lo = band.lo[i];
            int size = band.hi[i] - lo + 1;
            cost[i] = new double[size];
            back[i] = new byte[size];
            Arrays.fill(cost[i], Double.POSITIVE_INFINITY);
            for (int j = lo; j <= band.hi[i]; j++) {
                if (i == 0 && j == 0) {
                    cost[0][0] = 0;
                    back[0][0] = -1;
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                int bestShape = -1;
                for (int k = 0; k < shapes; k++) {
                    int a = CostModel.SHAPES[k][0];
                    int b = CostModel.SHAPES[k][1];
                    int pi = i - a;
                    int pj = j - b;
                    if (pi < 0 || pj < 0 || pj < band.lo[pi] || pj > band.hi[pi]) {
                        continue;
                    }
                    double before = cost[pi][pj - band.lo[pi]];
                    if (before == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = before + beadCost(model, k, pi, i, pj, j, pairs);
                    if (c < best) {
                        best = c;
                        bestShape = k;
                    }
                }
                cost[i][j - lo] = best;
                back[i][j - lo] = (byte) bestShape;
            }
        }
        List<Step> path = new ArrayList<>();
        int i = n;
        int j = target.length;
        while (i > 0 || j > 0) {
            int k = back[i][j - band.lo[i]];
            int pi = i - CostModel.SHAPES[k][0];
            int pj = j - CostModel.SHAPES[k][1];
            path.add(new Step(pi, i, pj, j, cost[i][j - band.lo[i]] - cost[pi][pj - band.lo[pi]]));
            i = pi;
            j = pj;
        }
        java.util.Collections.reverse(path);
        return path;
    }

    /**
     * Costs a bead with its evidence counted once for the bead, not once per pair of its
     * sentences: an item found in two sentences of the other side is found once, and what one
     * pair shares never cancels what another pair misses.
     */
    private double beadCost(CostModel model, int shape, int i0, int i1, int j0, int j1, PairCache pairs) {
        int sources = i1 - i0;
        int targets = j1 - j0;
        double matched = 0;
        double mass = 0;
        double soft = 0;
        int sourceFlags = 0;
        int targetFlags = 0;
        int shared = 0;
        int bigrams = 0;
        for (int y = 0; y < targets; y++) {
            targetFound[y] = 0;
        }
        for (int x = i0; x < i1; x++) {
            SentenceEvidence e = sourceItems[x];
            if (targets == 1) {
                // One target sentence: what this source sentence finds was weighed with the pair.
                int k = j0 - pairs.from(x);
                targetFound[0] |= pairs.row(x)[2 * k + 1];
                shared += pairs.sharedBigrams(x, j0);
                matched += pairs.weighed(x)[4 * k];
                soft += pairs.weighed(x)[4 * k + 1];
            } else if (targets > 1) {
                long found = 0;
                long[] row = pairs.row(x);
                int at = 2 * (j0 - pairs.from(x));
                for (int y = 0; y < targets; y++, at += 2) {
                    found |= row[at];
                    targetFound[y] |= row[at + 1];
                    shared += pairs.sharedBigrams(x, j0 + y);
                }
                matched += e.weigh(found & e.hard());
                soft += e.soft(found, targets);
            }
            mass += e.hardMass();
            sourceFlags |= e.flags();
            bigrams += e.bigrams();
        }
        for (int y = j0; y < j1; y++) {
            SentenceEvidence e = targetItems[y];
            if (sources == 1) {
                int k = y - pairs.from(i0);
                matched += pairs.weighed(i0)[4 * k + 2];
                soft += pairs.weighed(i0)[4 * k + 3];
            } else if (sources > 1) {
                long found = targetFound[y - j0];
                matched += e.weigh(found & e.hard());
                soft += e.soft(found, sources);
            }
            mass += e.hardMass();
            targetFlags |= e.flags();
            bigrams += e.bigrams();
        }
        double untranslated = 0;
        if (sources == 0 || targets == 0) {
            for (int x = i0; x < i1; x++) {
                untranslated += sourceItems[x].softMass();
            }
            for (int y = j0; y < j1; y++) {
                untranslated += targetItems[y].softMass();
            }
        }
        double anchors = matched / 2 + 0.5 * Integer.bitCount(sourceFlags & targetFlags);
        double miss = mass - matched + 0.5 * Integer.bitCount(sourceFlags ^ targetFlags);
        double overlap = bigrams == 0 ? 0 : 2.0 * shared / bigrams;
        return model.cost(shape, sourcePrefix[i1] - sourcePrefix[i0], targetPrefix[j1] - targetPrefix[j0],
                anchors, miss, soft, overlap, untranslated);
    }

    /**
     * The share of their lexical items (dictionary words, names, learnt pairs) that the sentences
     * of a path's 1-1 beads find in each other: how closely this translation follows its source.
     * A close translation finds most, a free one (a novel's) few.
     *
     * @param path a path this search returned last
     * @param fallback the value to keep when the 1-1 beads hold fewer than {@code minimum} items
     * @param minimum the weight of items below which the share says too little
     * @return the found weight over the weight of all items, in [0, 1]
     */
    public double foundShare(List<Step> path, double fallback, double minimum) {
        double found = 0;
        double all = 0;
        for (Step s : path) {
            if (s.sourceTo() - s.sourceFrom() == 1 && s.targetTo() - s.targetFrom() == 1) {
                int x = s.sourceFrom();
                int y = s.targetFrom();
                double[] weighed = cache.weighed(x);
                int k = y - cache.from(x);
                // What the pair finds, before the chance the soft weights take off.
                found += weighed[4 * k + 1] - sourceItems[x].softBase()[1];
                found += weighed[4 * k + 3] - targetItems[y].softBase()[1];
                all += sourceItems[x].softMass() + targetItems[y].softMass();
            }
        }
        return all < minimum ? fallback : Math.min(1, found / all);
    }

    /**
     * Estimates the variance of the length difference from the 1-1 beads of a path, robustly:
     * the median squared normalised difference over the median of a chi-square with one degree
     * of freedom (0.455).
     *
     * @param path a first alignment
     * @param ratio target characters per source character
     * @param fallback the value to keep when the path has fewer than eight 1-1 beads
     * @return the variance per source character
     */
    public double estimateVariance(List<Step> path, double ratio, double fallback) {
        List<Double> samples = new ArrayList<>();
        for (Step s : path) {
            if (s.sourceTo() - s.sourceFrom() == 1 && s.targetTo() - s.targetFrom() == 1) {
                double ls = sourcePrefix[s.sourceTo()] - sourcePrefix[s.sourceFrom()];
                double lt = (targetPrefix[s.targetTo()] - targetPrefix[s.targetFrom()]) / ratio;
                double mean = Math.max((ls + lt) / 2, 1);
                samples.add((lt - ls) * (lt - ls) / mean);
            }
        }
        if (samples.size() < 8) {
            return fallback;
        }
        samples.sort(null);
        return Math.max(0.1, samples.get(samples.size() / 2) / 0.455);
    }

    private static double[] prefix(SentenceFeatures[] side) {
        double[] p = new double[side.length + 1];
        for (int i = 0; i < side.length; i++) {
            p[i + 1] = p[i] + side[i].length();
        }
        return p;
    }

    /** For each source position, the target position where cumulative lengths are in proportion. */
    private int[] diagonal() {
        int n = source.length;
        int m = target.length;
        int[] centre = new int[n + 1];
        double total = Math.max(sourcePrefix[n], 1);
        int j = 0;
        for (int i = 0; i <= n; i++) {
            double share = sourcePrefix[i] / total * targetPrefix[m];
            while (j < m && targetPrefix[j + 1] <= share) {
                j++;
            }
            centre[i] = j;
        }
        return centre;
    }

    /** For each source position, the target position a previous alignment passes through. */
    private int[] centre(List<Step> path) {
        int[] centre = new int[source.length + 1];
        for (Step s : path) {
            int span = Math.max(1, s.sourceTo() - s.sourceFrom());
            for (int i = s.sourceFrom(); i <= s.sourceTo(); i++) {
                centre[i] = s.targetFrom() + (i - s.sourceFrom()) * (s.targetTo() - s.targetFrom()) / span;
            }
        }
        return centre;
    }

    /** For each source position, the target positions the search considers. */
    private final class Band {
        final int[] lo;
        final int[] hi;

        Band(int width, int[] centre) {
            int n = source.length;
            int m = target.length;
            lo = new int[n + 1];
            hi = new int[n + 1];
            for (int i = 0; i <= n; i++) {
                lo[i] = Math.max(0, centre[i] - width);
                hi[i] = Math.min(m, centre[i] + width);
            }
            lo[0] = 0;
            hi[n] = m;
            for (int i = 1; i <= n; i++) {
                lo[i] = Math.max(lo[i], lo[i - 1]);
            }
            for (int i = n - 1; i >= 0; i--) {
                hi[i] = Math.min(hi[i], hi[i + 1]);
            }
            // Every cell must be reachable: each row's band starts no later than the previous row's
            // ends, so a 1-0 step enters it and 0-1 steps cross it.
            for (int i = 1; i <= n; i++) {
                lo[i] = Math.min(lo[i], hi[i - 1]);
            }
        }

        boolean touchesEdge(List<Step> path) {
            for (Step s : path) {
                int i = s.sourceTo();
                int j = s.targetTo();
                if (j == lo[i] && lo[i] > 0 || j == hi[i] && hi[i] < target.length) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * What each source–target pair the band can reach finds of the other's items, computed for
     * the whole band when the search starts: nearly every pair in it is costed, most of them many
     * times, and a lookup then costs one load.
     */
    private final class PairCache {
        private final int[] from;
        /** Per source sentence: for each target sentence from {@code from}, what each finds of the other, interleaved. */
        private final long[][] found;
        /** Per source sentence: the character pairs shared with each target sentence (Chinese–Chinese only). */
        private final int[][] shared;
        /**
         * Per source sentence, for each target sentence: what each of the pair is worth in a bead
         * whose other side is the other sentence alone (the source's matched and soft weight, then
         * the target's), so that the commonest beads weigh no items.
         */
        private final double[][] weighed;

        PairCache(Band band, PairCache previous) {
            int n = source.length;
            boolean overlap = evidence.overlap();
            from = new int[n];
            found = new long[n][];
            shared = overlap ? new int[n][] : null;
            weighed = new double[n][];
            int maxShape = SentenceEvidence.MAX_OTHERS;
            long[] pair = new long[2];
            for (int x = 0; x < n; x++) {
                // A bead ending at row i >= x starts at a row >= x - maxShape + 1, whose band begins no later.
                from[x] = band.lo[Math.max(0, x - maxShape)];
                int to = Math.min(target.length, band.hi[Math.min(n, x + maxShape)]);
                int size = Math.max(0, to - from[x]);
                long[] row = new long[2 * size];
                double[] weighedRow = new double[4 * size];
                int[] sharedRow = overlap ? new int[size] : null;
                int reuseFrom = previous == null ? 0 : Math.max(from[x], previous.from[x]);
                int reuseTo = previous == null ? 0 : Math.min(to, previous.from[x] + previous.found[x].length / 2);
                for (int y = from[x]; y < to; y++) {
                    int k = y - from[x];
                    if (y >= reuseFrom && y < reuseTo) {
                        int p = y - previous.from[x];
                        row[2 * k] = previous.found[x][2 * p];
                        row[2 * k + 1] = previous.found[x][2 * p + 1];
                        System.arraycopy(previous.weighed[x], 4 * p, weighedRow, 4 * k, 4);
                        if (overlap) {
                            sharedRow[k] = previous.shared[x][p];
                        }
                        continue;
                    }
                    PairEvidence.compare(sourceItems[x], targetItems[y], pair);
                    row[2 * k] = pair[0];
                    row[2 * k + 1] = pair[1];
                    SentenceEvidence a = sourceItems[x];
                    SentenceEvidence b = targetItems[y];
                    weighedRow[4 * k] = a.weigh(pair[0] & a.hard());
                    weighedRow[4 * k + 1] = a.soft(pair[0], 1);
                    weighedRow[4 * k + 2] = b.weigh(pair[1] & b.hard());
                    weighedRow[4 * k + 3] = b.soft(pair[1], 1);
                    if (overlap) {
                        sharedRow[k] = PairEvidence.sharedBigrams(source[x], target[y]);
                    }
                }
                found[x] = row;
                weighed[x] = weighedRow;
                if (overlap) {
                    shared[x] = sharedRow;
                }
            }
        }

        /**
         * @param x a source sentence
         * @return what it and each target sentence find of the other, from {@link #from(int)} on:
         *     the source's items at even indices, the target's at odd ones
         */
        long[] row(int x) {
            return found[x];
        }

        /**
         * @param x a source sentence
         * @return for each target sentence from {@link #from(int)} on, four weights: what the
         *     source finds of the target, matched and soft, when the target is alone on its
         *     side, then what the target finds of the source when the source is
         */
        double[] weighed(int x) {
            return weighed[x];
        }

        /** @return the first target sentence of row {@code x} */
        int from(int x) {
            return from[x];
        }

        /** @return the character pairs shared by source x and target y */
        int sharedBigrams(int x, int y) {
            return shared == null ? 0 : shared[x][y - from[x]];
        }
    }
}
