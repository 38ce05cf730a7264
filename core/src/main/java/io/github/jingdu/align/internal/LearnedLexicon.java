package io.github.jingdu.align.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chinese character pairs and English stems that co-occur in the beads of a first alignment
 * more often than chance: a small lexicon learnt from the document pair itself. A pair is kept
 * when it shares at least {@link #MIN_TOGETHER} beads and its Dice coefficient reaches
 * {@link #MIN_DICE}.
 */
public final class LearnedLexicon {
    private static final int MIN_TOGETHER = 3;
    private static final double MIN_DICE = 0.5;
    private static final LearnedLexicon EMPTY = new LearnedLexicon(Map.of());

    private final Map<Integer, Set<String>> pairs;

    private LearnedLexicon(Map<Integer, Set<String>> pairs) {
        this.pairs = pairs;
    }

    /** @return a lexicon that knows nothing */
    public static LearnedLexicon empty() {
        return EMPTY;
    }

    /**
     * Learns from a first alignment of Chinese (source) and English (target) sentences.
     *
     * @param chinese features of the Chinese side
     * @param english features of the English side
     * @param path the first alignment
     * @return the pairs found
     */
    public static LearnedLexicon learn(SentenceFeatures[] chinese, SentenceFeatures[] english, List<BandedSearch.Step> path) {
        // A pair must share MIN_TOGETHER beads: a short passage has too few to learn anything.
        if (path.stream().filter(LearnedLexicon::bothSides).count() < MIN_TOGETHER) {
            return EMPTY;
        }
        List<int[]> zhBeads = new ArrayList<>();
        List<Set<String>> enBeads = new ArrayList<>();
        LongCounter zhCount = new LongCounter();
        Map<String, Integer> enCount = new HashMap<>();
        for (BandedSearch.Step step : path) {
            if (!bothSides(step)) {
                continue;
            }
            int[] zh = chinese[step.sourceFrom()].bigrams();
            for (int x = step.sourceFrom() + 1; x < step.sourceTo(); x++) {
                zh = union(zh, chinese[x].bigrams());
            }
            Set<String> en = english[step.targetFrom()].words();
            if (step.targetTo() - step.targetFrom() > 1) {
                en = new HashSet<>(en);
                for (int y = step.targetFrom() + 1; y < step.targetTo(); y++) {
                    en.addAll(english[y].words());
                }
            }
            for (int g : zh) {
                zhCount.increment(g);
            }
            en.forEach(e -> enCount.merge(e, 1, Integer::sum));
            zhBeads.add(zh);
            enBeads.add(en);
        }
        // Only items seen in enough beads can pair: counting the rest would cost most of the time.
        LongCounter together = new LongCounter();
        Map<String, Integer> stemIds = new HashMap<>();
        List<String> stems = new ArrayList<>();
        for (int k = 0; k < zhBeads.size(); k++) {
            int[] ids = enBeads.get(k).stream().filter(e -> enCount.get(e) >= MIN_TOGETHER)
                    .mapToInt(e -> stemIds.computeIfAbsent(e, x -> {
                        stems.add(x);
                        return stems.size() - 1;
                    })).toArray();
            int[] ce = new int[ids.length];
            for (int q = 0; q < ids.length; q++) {
                ce[q] = enCount.get(stems.get(ids[q]));
            }
            for (int g : zhBeads.get(k)) {
                int cz = zhCount.get(g);
                if (cz < MIN_TOGETHER) {
                    continue;
                }
                for (int q = 0; q < ids.length; q++) {
                    if (ce[q] <= 3 * cz && cz <= 3 * ce[q]) {
                        together.increment(((long) g << 32) | ids[q]);
                    }
                }
            }
        }
        Map<Integer, Set<String>> pairs = new HashMap<>();
        together.forEach((key, n) -> {
            if (n < MIN_TOGETHER) {
                return;
            }
            int g = (int) (key >>> 32);
            String e = stems.get((int) (key & 0xFFFFFFFFL));
            double dice = 2.0 * n / (zhCount.get(g) + enCount.get(e));
            if (dice >= MIN_DICE) {
                pairs.computeIfAbsent(g, k -> new HashSet<>()).add(e);
            }
        });
        return new LearnedLexicon(pairs);
    }

    /** The distinct values of two sorted arrays of distinct values, sorted. */
    private static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || i < a.length && a[i] < b[j]) {
                out[n++] = a[i++];
            } else if (i == a.length || b[j] < a[i]) {
                out[n++] = b[j++];
            } else {
                out[n++] = a[i++];
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean bothSides(BandedSearch.Step step) {
        return step.sourceTo() > step.sourceFrom() && step.targetTo() > step.targetFrom();
    }

    /**
     * Lists, for each character pair of a Chinese sentence that was learnt, the English stems it
     * predicts.
     *
     * @param chinese a Chinese sentence's features
     * @return one set of stems per learnt pair it holds
     */
    public List<Set<String>> predictions(SentenceFeatures chinese) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<Set<String>> out = new ArrayList<>();
        for (int g : chinese.bigrams()) {
            Set<String> stems = pairs.get(g);
            if (stems != null) {
                out.add(stems);
            }
        }
        return out;
    }

    /** @return the number of character pairs learnt */
    public int size() {
        return pairs.size();
    }
}
