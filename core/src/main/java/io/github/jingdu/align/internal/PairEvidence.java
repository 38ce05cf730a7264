package io.github.jingdu.align.internal;

import io.github.jingdu.align.Evidence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a sentence offers as evidence and what a sentence of the other side finds of it: anchors
 * (numbers, Latin words) whose absence from a bead's other side also counts, and softer items
 * (lexicon words, names, learnt pairs) that only reward, less what chance alone would find. One
 * instance serves one alignment, on one thread.
 */
public final class PairEvidence {
    /** A learnt pair counts as much as a dictionary's word (on MAC-Dev 0.4 scores 0.01 lower, 1.5 too). */
    private static final double LEARNED_WEIGHT = 1.0;
    /** A chance match is likelier than this only for words too common to tell anything. */
    private static final double MAX_CHANCE = 0.95;
    /** Keys of numbers and names, apart from English stems: they hold characters no word has. */
    private static final String NUMBER = "\u0001";
    private static final String NAME = "\u0002";
    private final Set<Evidence> evidence;
    private final LearnedLexicon learned;
    private final boolean anchorsOn;
    private final boolean namesOn;
    private final boolean lexiconOn;
    private final boolean learnedOn;
    private final boolean overlapOn;
    /** Ids of the English stems of this alignment: sentences compare sorted ids. */
    private final Map<String, Integer> stemIds = new HashMap<>();
    /** Names the English side spells, and the Chinese sentences that hold each; made once. */
    private Map<String, BitSet> nameHits;
    /** Stem ids by set: a dictionary word's set of stems comes back in many sentences. */
    private final Map<Set<String>, int[]> setIds = new java.util.IdentityHashMap<>();

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
        PairEvidence e = new PairEvidence(evidence, next);
        // The same sentences: the names each Chinese sentence spells need not be looked for again.
        e.nameHits = nameHits;
        return e;
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
        boolean chinese = side.length > 0 && isChinese(side[0]);
        boolean otherChinese = other.length > 0 && isChinese(other[0]);
        Map<String, BitSet> names = namesOn && chinese != otherChinese
                ? names(chinese ? side : other, chinese ? other : side) : Map.of();
        Chance chance = new Chance(other, otherChinese ? names : Map.of());
        SentenceEvidence[] out = new SentenceEvidence[side.length];
        for (int i = 0; i < side.length; i++) {
            List<String> namesHere = new ArrayList<>();
            if (chinese) {
                int at = i;
                names.forEach((name, hits) -> {
                    if (hits.get(at)) {
                        namesHere.add(name);
                    }
                });
            }
            out[i] = items(side[i], chance, otherChinese, namesHere);
        }
        return out;
    }

    /**
     * For each name the English side spells, the Chinese sentences whose pinyin holds it on
     * syllable boundaries. Each name is looked for once per sentence here, so that comparing two
     * sentences is a lookup of ids.
     */
    private Map<String, BitSet> names(SentenceFeatures[] chinese, SentenceFeatures[] english) {
        if (nameHits == null) {
            Map<String, BitSet> hits = new HashMap<>();
            for (SentenceFeatures f : english) {
                for (String name : f.names()) {
                    hits.computeIfAbsent(name, n -> {
                        BitSet b = new BitSet(chinese.length);
                        for (int i = 0; i < chinese.length; i++) {
                            if (Pinyin.containsSyllables(chinese[i].pinyin(), chinese[i].syllableStarts(), n)) {
                                b.set(i);
                            }
                        }
                        return b;
                    });
                }
            }
            nameHits = hits;
        }
        return nameHits;
    }

    private SentenceEvidence items(SentenceFeatures f, Chance chance, boolean otherChinese, List<String> namesHere) {
        List<Set<String>> keyed = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<Double> odds = new ArrayList<>();
        boolean chinese = isChinese(f);
        if (anchorsOn) {
            for (long v : f.numbers()) {
                add(keyed, weights, odds, Set.of(NUMBER + v), numberWeight(v), 0);
            }
            if (chinese) {
                for (String w : f.words()) {
                    add(keyed, weights, odds, Set.of(w), 1, 0);
                }
            }
        }
        int hardCount = keyed.size();
        if (chinese && !otherChinese) {
            if (lexiconOn) {
                for (Set<String> stems : f.lexical()) {
                    add(keyed, weights, odds, stems, 1, chance.ofAny(stems));
                }
            }
            if (learnedOn) {
                for (Set<String> stems : learned.predictions(f)) {
                    add(keyed, weights, odds, stems, LEARNED_WEIGHT, chance.ofAny(stems));
                }
            }
        }
        if (!chinese && otherChinese && lexiconOn) {
            for (String stem : f.lexicalStems()) {
                add(keyed, weights, odds, Set.of(stem), 1, chance.of(stem));
            }
        }
        if (!chinese && otherChinese && namesOn) {
            for (String name : f.names()) {
                add(keyed, weights, odds, Set.of(NAME + name), 1, chance.ofName(name));
            }
        }
        int n = Math.min(keyed.size(), SentenceEvidence.MAX_ITEMS);
        double[] w = new double[n];
        long hard = 0;
        long unit = 0;
        double hardMass = 0;
        double[] base = new double[SentenceEvidence.MAX_OTHERS + 1];
        Map<Integer, Long> bitsByStem = new HashMap<>();
        for (int k = 0; k < n; k++) {
            w[k] = weights.get(k);
            long bit = 1L << k;
            if (w[k] == 1) {
                unit |= bit;
            }
            for (int id : ids(keyed.get(k))) {
                bitsByStem.merge(id, bit, (x, y) -> x | y);
            }
            if (k < hardCount) {
                hard |= bit;
                hardMass += w[k];
                continue;
            }
            for (int others = 1; others < base.length; others++) {
                base[others] -= w[k] * (1 - Math.pow(1 - odds.get(k), others));
            }
        }
        // What the other side's items may find here: an English sentence's words; a Chinese
        // one's dictionary stems, Latin words and the names its pinyin spells; the numbers.
        for (String stem : chinese ? f.lexicalStems() : f.words()) {
            bitsByStem.putIfAbsent(id(stem), 0L);
        }
        if (chinese) {
            f.words().forEach(stem -> bitsByStem.putIfAbsent(id(stem), 0L));
            namesHere.forEach(name -> bitsByStem.putIfAbsent(id(NAME + name), 0L));
        }
        for (long v : f.numbers()) {
            bitsByStem.putIfAbsent(id(NUMBER + v), 0L);
        }
        int[] keys = bitsByStem.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        long[] keyBits = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keyBits[i] = bitsByStem.get(keys[i]);
        }
        int flags = anchorsOn ? f.punctuation() : 0;
        int bigrams = overlapOn && chinese && otherChinese ? f.bigrams().length : 0;
        int[] itemKeys = java.util.stream.IntStream.range(0, keys.length).filter(i -> keyBits[i] != 0).toArray();
        long[] itemKeyBits = new long[itemKeys.length];
        for (int i = 0; i < itemKeys.length; i++) {
            itemKeyBits[i] = keyBits[itemKeys[i]];
            itemKeys[i] = keys[itemKeys[i]];
        }
        return new SentenceEvidence(keys, keyBits, SentenceEvidence.table(keys), SentenceEvidence.signature(keys),
                itemKeys, itemKeyBits, SentenceEvidence.signature(itemKeys), w, hard, hardMass, flags, base, unit,
                bigrams);
    }

    private int[] ids(Set<String> stems) {
        return setIds.computeIfAbsent(stems, set -> set.stream().mapToInt(this::id).toArray());
    }

    private int id(String stem) {
        return stemIds.computeIfAbsent(stem, k -> stemIds.size());
    }

    private static void add(List<Set<String>> keyed, List<Double> weights, List<Double> odds, Set<String> stems,
            double weight, double chance) {
        keyed.add(stems);
        weights.add(weight);
        odds.add(chance);
    }

    /**
     * Finds which items of two sentences, one of each side, the other holds.
     *
     * @param a what a sentence offers
     * @param b what a sentence of the other side offers
     * @param found receives the bits of {@code a}'s items found in {@code b}, then of {@code b}'s in {@code a}
     */
    static void compare(SentenceEvidence a, SentenceEvidence b, long[] found) {
        if ((a.itemSignature() & b.signature()) == 0 && (b.itemSignature() & a.signature()) == 0) {
            // Most pairs a search considers share nothing: their signatures say so at once.
            found[0] = 0;
            found[1] = 0;
            return;
        }
        if (a.itemKeys().length + b.itemKeys().length <= Math.min(a.keys().length, b.keys().length)) {
            // Few items on either side (no dictionary): look each item up on the other side.
            found[0] = lookUp(a, b);
            found[1] = lookUp(b, a);
            return;
        }
        // Look the shorter list of keys up in the longer one's table: an English sentence has a
        // few words, a Chinese one the many translations of its dictionary words.
        boolean aShorter = a.keys().length <= b.keys().length;
        SentenceEvidence shorter = aShorter ? a : b;
        SentenceEvidence longer = aShorter ? b : a;
        long inShorter = 0;
        long inLonger = 0;
        int[] keys = shorter.keys();
        for (int i = 0; i < keys.length; i++) {
            int at = longer.indexOf(keys[i]);
            if (at >= 0) {
                inLonger |= shorter.keyBits()[i];
                inShorter |= longer.keyBits()[at];
            }
        }
        found[0] = aShorter ? inLonger : inShorter;
        found[1] = aShorter ? inShorter : inLonger;
    }

    /** The bits of {@code e}'s items that {@code other} holds. */
    private static long lookUp(SentenceEvidence e, SentenceEvidence other) {
        long bits = 0;
        int[] keys = e.itemKeys();
        for (int i = 0; i < keys.length; i++) {
            if (other.indexOf(keys[i]) >= 0) {
                bits |= e.itemKeyBits()[i];
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

    private static double numberWeight(long v) {
        return v >= 10 ? 1.0 : 0.4;
    }

    /** How often the sentences of one side hold a word or a name: the odds of a chance match. */
    private static final class Chance {
        private final int sentences;
        private final Map<String, Integer> wordCounts = new HashMap<>();
        private final Map<String, BitSet> names;

        Chance(SentenceFeatures[] side, Map<String, BitSet> names) {
            this.sentences = side.length;
            this.names = names;
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
            return odds(n);
        }

        double of(String stem) {
            return odds(wordCounts.getOrDefault(stem, 0));
        }

        double ofName(String name) {
            BitSet hits = names.get(name);
            return odds(hits == null ? 0 : hits.cardinality());
        }

        private double odds(double count) {
            return Math.min(MAX_CHANCE, (count + 0.5) / (sentences + 1));
        }
    }
}
