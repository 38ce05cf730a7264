package io.github.jingdu.align.internal;

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
        Map<Integer, Integer> zhCount = new HashMap<>();
        Map<String, Integer> enCount = new HashMap<>();
        Map<Long, Integer> together = new HashMap<>();
        Map<String, Integer> stemIds = new HashMap<>();
        List<String> stems = new java.util.ArrayList<>();
        for (BandedSearch.Step step : path) {
            if (step.sourceTo() == step.sourceFrom() || step.targetTo() == step.targetFrom()) {
                continue;
            }
            Set<Integer> zh = new HashSet<>();
            for (int x = step.sourceFrom(); x < step.sourceTo(); x++) {
                for (int g : chinese[x].bigrams()) {
                    zh.add(g);
                }
            }
            Set<String> en = new HashSet<>();
            for (int y = step.targetFrom(); y < step.targetTo(); y++) {
                en.addAll(english[y].words());
            }
            zh.forEach(g -> zhCount.merge(g, 1, Integer::sum));
            for (String e : en) {
                enCount.merge(e, 1, Integer::sum);
                int id = stemIds.computeIfAbsent(e, k -> {
                    stems.add(k);
                    return stems.size() - 1;
                });
                for (int g : zh) {
                    together.merge(((long) g << 32) | id, 1, Integer::sum);
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

    /**
     * Counts the character pairs of a Chinese sentence whose learnt English stems occur in an
     * English sentence.
     *
     * @param chinese a Chinese sentence's features
     * @param english an English sentence's features
     * @return the number of such pairs
     */
    public int matches(SentenceFeatures chinese, SentenceFeatures english) {
        if (pairs.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int g : chinese.bigrams()) {
            Set<String> stems = pairs.get(g);
            if (stems != null) {
                for (String s : stems) {
                    if (english.words().contains(s)) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }

    /** @return the number of character pairs learnt */
    public int size() {
        return pairs.size();
    }
}
