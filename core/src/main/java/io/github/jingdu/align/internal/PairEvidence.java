package io.github.jingdu.align.internal;

import io.github.jingdu.align.Evidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a sentence offers as evidence and what a sentence of the other side finds of it: anchors
 * (numbers, Latin words) whose absence from a bead's other side also counts, and softer items
 * (lexicon words, names, learnt pairs) that only reward, less what chance alone would find.
 */
public final class PairEvidence {
    /** A learnt pair counts as much as a dictionary's word (on MAC-Dev 0.4 scores 0.01 lower, 1.5 too). */
    private static final double LEARNED_WEIGHT = 1.0;
    /** A chance match is likelier than this only for words too common to tell anything. */
    private static final double MAX_CHANCE = 0.95;
    private final Set<Evidence> evidence;
    private final LearnedLexicon learned;
    private final boolean anchorsOn;
    private final boolean namesOn;
    private final boolean lexiconOn;
    private final boolean learnedOn;
    private final boolean overlapOn;

    /**
     * @param evidence the kinds of evidence to weigh
     * @param learned word pairs learnt from a first pass, or {@link LearnedLexicon#empty()}
     */
    public PairEvidence(Set<Evidence> evidence, LearnedLexicon learned) {
        this.evidence = evidence;
        this.learned = learned;
        this.anchorsOn = evidence.contains(Evidence.ANCHORS);
        this.namesOn = evidence.contains(Evidence.NAMES);
        this.lexiconOn = evidence.contains(Evidence.LEXICON);
        this.learnedOn = evidence.contains(Evidence.LEARNED) && learned.size() > 0;
        this.overlapOn = evidence.contains(Evidence.OVERLAP);
    }

    /**
     * @param next word pairs learnt from a first pass
     * @return evidence of the same kinds that also weighs those pairs
     */
    public PairEvidence with(LearnedLexicon next) {
        return new PairEvidence(evidence, next);
    }

    /** @return true when Chinese–Chinese pairs are compared by their shared character pairs */
    boolean overlap() {
        return overlapOn;
    }

    /**
     * Lists what each sentence of one side offers, with the chance of finding each soft item in
     * a sentence of the other side measured on that side's sentences.
     *
     * @param side the sentences whose items to list
     * @param other the sentences of the other side
     * @return one entry per sentence of {@code side}
     */
    SentenceEvidence[] prepare(SentenceFeatures[] side, SentenceFeatures[] other) {
        Chance chance = new Chance(other);
        SentenceEvidence[] out = new SentenceEvidence[side.length];
        for (int i = 0; i < side.length; i++) {
            out[i] = items(side[i], chance, other.length > 0 && isChinese(other[0]));
        }
        return out;
    }

    private SentenceEvidence items(SentenceFeatures f, Chance chance, boolean otherChinese) {
        List<SentenceEvidence.Item> items = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<Double> odds = new ArrayList<>();
        boolean chinese = isChinese(f);
        if (anchorsOn) {
            for (long v : f.numbers()) {
                add(items, weights, odds, other -> FeatureExtractor.contains(other.numbers(), v), numberWeight(v), 0);
            }
            if (chinese) {
                for (String w : f.words()) {
                    add(items, weights, odds, other -> other.words().contains(w), 1, 0);
                }
            }
        }
        int hardCount = items.size();
        if (chinese && !otherChinese) {
            if (lexiconOn) {
                for (Set<String> stems : f.lexical()) {
                    add(items, weights, odds, other -> containsAny(other.words(), stems), 1, chance.ofAny(stems));
                }
            }
            if (learnedOn) {
                for (Set<String> stems : learned.predictions(f)) {
                    add(items, weights, odds, other -> containsAny(other.words(), stems), LEARNED_WEIGHT,
                            chance.ofAny(stems));
                }
            }
        }
        if (!chinese && otherChinese && lexiconOn) {
            for (String stem : f.lexicalStems()) {
                add(items, weights, odds, other -> other.lexicalStems().contains(stem), 1, chance.of(stem));
            }
        }
        if (!chinese && otherChinese && namesOn) {
            for (String name : f.names()) {
                add(items, weights, odds, other -> Pinyin.containsSyllables(other.pinyin(), other.syllableStarts(), name),
                        1, chance.ofName(name));
            }
        }
        int n = Math.min(items.size(), SentenceEvidence.MAX_ITEMS);
        double[] w = new double[n];
        long hard = 0;
        double hardMass = 0;
        double[] base = new double[SentenceEvidence.MAX_OTHERS + 1];
        double[][] gain = new double[SentenceEvidence.MAX_OTHERS + 1][n];
        for (int k = 0; k < n; k++) {
            w[k] = weights.get(k);
            if (k < hardCount) {
                hard |= 1L << k;
                hardMass += w[k];
                continue;
            }
            for (int others = 1; others < base.length; others++) {
                base[others] -= w[k] * (1 - Math.pow(1 - odds.get(k), others));
                gain[others][k] = w[k];
            }
        }
        int flags = anchorsOn ? f.punctuation() : 0;
        int bigrams = overlapOn && chinese && otherChinese ? f.bigrams().length : 0;
        return new SentenceEvidence(items.subList(0, n).toArray(new SentenceEvidence.Item[0]), w, hard, hardMass, flags,
                base, gain, bigrams);
    }

    private static void add(List<SentenceEvidence.Item> items, List<Double> weights, List<Double> odds,
            SentenceEvidence.Item item, double weight, double chance) {
        items.add(item);
        weights.add(weight);
        odds.add(chance);
    }

    /**
     * Which items of a sentence a sentence of the other side holds.
     *
     * @param e what it offers
     * @param other a sentence of the other side
     * @return bits of {@code e}'s items found in {@code other}
     */
    static long found(SentenceEvidence e, SentenceFeatures other) {
        long bits = 0;
        SentenceEvidence.Item[] items = e.items();
        for (int k = 0; k < items.length; k++) {
            if (items[k].foundIn(other)) {
                bits |= 1L << k;
            }
        }
        return bits;
    }

    /**
     * The character pairs two Chinese sentences share.
     *
     * @param a a sentence
     * @param b another
     * @return the number of distinct pairs both hold
     */
    static int sharedBigrams(SentenceFeatures a, SentenceFeatures b) {
        int[] x = a.bigrams();
        int[] y = b.bigrams();
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                shared++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    private static boolean isChinese(SentenceFeatures f) {
        return !f.pinyin().isEmpty();
    }

    private static boolean containsAny(Set<String> words, Set<String> stems) {
        for (String s : stems) {
            if (words.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static double numberWeight(long v) {
        return v >= 10 ? 1.0 : 0.4;
    }

    /** How often the sentences of one side hold a word or a name: the odds of a chance match. */
    private static final class Chance {
        private final SentenceFeatures[] side;
        private final Map<String, Integer> wordCounts = new HashMap<>();
        private final Map<String, Double> names = new HashMap<>();

        Chance(SentenceFeatures[] side) {
            this.side = side;
            for (SentenceFeatures f : side) {
                for (String w : isChinese(f) ? f.lexicalStems() : f.words()) {
                    wordCounts.merge(w, 1, Integer::sum);
                }
            }
        }

        double ofAny(Set<String> stems) {
            double n = 0;
            for (String s : stems) {
                n += wordCounts.getOrDefault(s, 0);
            }
            return Math.min(MAX_CHANCE, (n + 0.5) / (side.length + 1));
        }

        double of(String stem) {
            return Math.min(MAX_CHANCE, (wordCounts.getOrDefault(stem, 0) + 0.5) / (side.length + 1));
        }

        double ofName(String name) {
            return names.computeIfAbsent(name, x -> {
                int n = 0;
                for (SentenceFeatures f : side) {
                    if (Pinyin.containsSyllables(f.pinyin(), f.syllableStarts(), x)) {
                        n++;
                    }
                }
                return Math.min(MAX_CHANCE, (n + 0.5) / (side.length + 1));
            });
        }
    }
}
