package io.github.jingdu.align.internal;

import io.github.jingdu.text.internal.Pinyin;
import io.github.jingdu.align.Evidence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
    /** What the passes of one alignment share: ids, chances, names, the evidence learning leaves alike. */
    private final Shared shared;

    /**
     * @param evidence the kinds of evidence to weigh
     * @param learned word pairs learnt from a first pass, or {@link LearnedLexicon#empty()}
     */
    public PairEvidence(Set<Evidence> evidence, LearnedLexicon learned) {
        this(evidence, learned, new Shared());
    }

    private PairEvidence(Set<Evidence> evidence, LearnedLexicon learned, Shared shared) {
        this.evidence = evidence;
        this.learned = learned;
        this.shared = shared;
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
        // The same sentences: what does not depend on learnt pairs is not worked out again.
        return new PairEvidence(evidence, next, shared);
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
        boolean learns = chinese && !otherChinese && learnedOn;
        SentenceEvidence[] known = shared.prepared.get(side);
        if (known != null && !learns) {
            return known;
        }
        Map<String, BitSet> names = namesOn && chinese != otherChinese
                ? names(chinese ? side : other, chinese ? other : side) : Map.of();
        Chance chance = shared.chances.computeIfAbsent(other, o -> new Chance(o, otherChinese ? names : Map.of(), shared));
        Items items = new Items();
        SentenceEvidence[] out = new SentenceEvidence[side.length];
        List<List<String>> namesHere = chinese ? namesBySentence(names, side) : null;
        for (int i = 0; i < side.length; i++) {
            out[i] = items(side[i], chance, otherChinese, chinese ? namesHere.get(i) : List.of(), items);
        }
        if (!learns) {
            shared.prepared.put(side, out);
        }
        return out;
    }

    /**
     * For each name the English side spells, the Chinese sentences whose pinyin holds it on
     * syllable boundaries. Each name is looked for once per sentence here, so that comparing two
     * sentences is a lookup of ids.
     */
    private Map<String, BitSet> names(SentenceFeatures[] chinese, SentenceFeatures[] english) {
        if (shared.nameHits == null) {
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
            shared.nameHits = hits;
        }
        return shared.nameHits;
    }

    /**
     * The names each Chinese sentence spells, read once from the sentences each name is in
     * (rather than asking every name about every sentence), and kept for the second pass.
     */
    private List<List<String>> namesBySentence(Map<String, BitSet> names, SentenceFeatures[] chinese) {
        return shared.namesBySentence.computeIfAbsent(chinese, side -> {
            List<List<String>> bySentence = new ArrayList<>(side.length);
            for (int i = 0; i < side.length; i++) {
                bySentence.add(new ArrayList<>());
            }
            names.forEach((name, hits) -> {
                for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
                    bySentence.get(i).add(name);
                }
            });
            return bySentence;
        });
    }

    private SentenceEvidence items(SentenceFeatures f, Chance chance, boolean otherChinese, List<String> namesHere,
            Items items) {
        items.clear();
        boolean chinese = isChinese(f);
        if (anchorsOn) {
            for (long v : f.numbers()) {
                items.add(shared.id(NUMBER + v), numberWeight(v), 0);
            }
            if (chinese) {
                for (String w : f.words()) {
                    items.add(shared.id(w), 1, 0);
                }
            }
        }
        int hardCount = items.size;
        if (chinese && !otherChinese) {
            if (lexiconOn) {
                for (Set<String> stems : f.lexical()) {
                    items.add(shared.ids(stems), 1, chance.ofAny(stems));
                }
            }
            if (learnedOn) {
                for (Set<String> stems : learned.predictions(f)) {
                    items.add(shared.ids(stems), LEARNED_WEIGHT, chance.ofAny(stems));
                }
            }
        }
        if (!chinese && otherChinese && lexiconOn) {
            for (String stem : f.lexicalStems()) {
                items.add(shared.id(stem), 1, chance.of(stem));
            }
        }
        if (!chinese && otherChinese && namesOn) {
            for (String name : f.names()) {
                items.add(shared.id(NAME + name), 1, chance.ofName(name));
            }
        }
        int n = Math.min(items.size, SentenceEvidence.MAX_ITEMS);
        double[] w = Arrays.copyOf(items.weights, n);
        long hard = 0;
        long unit = 0;
        double hardMass = 0;
        double softMass = 0;
        double[] base = new double[SentenceEvidence.MAX_OTHERS + 1];
        KeyBits keys = items.keys;
        for (int k = 0; k < n; k++) {
            long bit = 1L << k;
            if (w[k] == 1) {
                unit |= bit;
            }
            for (int id : items.ids[k]) {
                keys.or(id, bit);
            }
            if (k < hardCount) {
                hard |= bit;
                hardMass += w[k];
                continue;
            }
            softMass += w[k];
            double missed = 1 - items.odds[k];
            double none = missed;
            for (int others = 1; others < base.length; others++) {
                base[others] -= w[k] * (1 - none);
                none *= missed;
            }
        }
        // What the other side's items may find here: an English sentence's words; a Chinese
        // one's dictionary stems, Latin words and the names its pinyin spells; the numbers.
        for (int id : shared.ids(chinese ? f.lexicalStems() : f.words())) {
            keys.or(id, 0);
        }
        if (chinese) {
            for (int id : shared.ids(f.words())) {
                keys.or(id, 0);
            }
            namesHere.forEach(name -> keys.or(shared.id(NAME + name), 0));
        }
        for (long v : f.numbers()) {
            keys.or(shared.id(NUMBER + v), 0);
        }
        int[] sorted = keys.sortedKeys();
        long[] keyBits = new long[sorted.length];
        int withItems = 0;
        for (int i = 0; i < sorted.length; i++) {
            keyBits[i] = keys.bits(sorted[i]);
            if (keyBits[i] != 0) {
                withItems++;
            }
        }
        int[] itemKeys = new int[withItems];
        long[] itemKeyBits = new long[withItems];
        for (int i = 0, k = 0; i < sorted.length; i++) {
            if (keyBits[i] != 0) {
                itemKeys[k] = sorted[i];
                itemKeyBits[k++] = keyBits[i];
            }
        }
        int flags = anchorsOn ? f.punctuation() : 0;
        int bigrams = overlapOn && chinese && otherChinese ? f.bigrams().length : 0;
        return new SentenceEvidence(sorted, keyBits, SentenceEvidence.table(sorted), SentenceEvidence.signature(sorted),
                itemKeys, itemKeyBits, SentenceEvidence.signature(itemKeys), w, hard, hardMass, softMass, flags, base, unit,
                bigrams);
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
        private final Shared shared;
        private int[] counts = new int[1024];
        private final Map<String, BitSet> names;
        /** The odds of each set of stems, by identity: a dictionary word's set comes back in many sentences. */
        private final Map<Set<String>, Double> ofSet = new IdentityHashMap<>();

        Chance(SentenceFeatures[] side, Map<String, BitSet> names, Shared shared) {
            this.sentences = side.length;
            this.names = names;
            this.shared = shared;
            for (SentenceFeatures f : side) {
                for (int id : shared.ids(isChinese(f) ? f.lexicalStems() : f.words())) {
                    if (id >= counts.length) {
                        counts = Arrays.copyOf(counts, Math.max(id + 1, counts.length * 2));
                    }
                    counts[id]++;
                }
            }
        }

        double ofAny(Set<String> stems) {
            return ofSet.computeIfAbsent(stems, set -> {
                double n = 0;
                for (int id : shared.ids(set)) {
                    n += count(id);
                }
                return odds(n);
            });
        }

        double of(String stem) {
            return odds(count(shared.id(stem)));
        }

        double ofName(String name) {
            BitSet hits = names.get(name);
            return odds(hits == null ? 0 : hits.cardinality());
        }

        private int count(int id) {
            return id < counts.length ? counts[id] : 0;
        }

        private double odds(double count) {
            return Math.min(MAX_CHANCE, (count + 0.5) / (sentences + 1));
        }
    }

    /** What the passes over one pair of texts share. */
    private static final class Shared {
        /** Ids of the stems (and numbers and names) of this alignment: sentences compare ids. */
        private final Map<String, Integer> stemIds = new HashMap<>();
        /** Stem ids by set, by identity: a dictionary word's set of stems comes back in many sentences. */
        private final Map<Set<String>, int[]> setIds = new IdentityHashMap<>();
        /** Names the English side spells, and the Chinese sentences that hold each. */
        private Map<String, BitSet> nameHits;
        /** For each sentence of a Chinese side, the names of {@link #nameHits} it holds. */
        private final Map<SentenceFeatures[], List<List<String>>> namesBySentence = new IdentityHashMap<>();
        /** The odds of chance matches among each side's sentences. */
        private final Map<SentenceFeatures[], Chance> chances = new IdentityHashMap<>();
        /** Each side's evidence when it holds no learnt pairs: the same in every pass. */
        private final Map<SentenceFeatures[], SentenceEvidence[]> prepared = new IdentityHashMap<>();

        int[] ids(Set<String> stems) {
            int[] known = setIds.get(stems);
            if (known == null) {
                known = new int[stems.size()];
                int i = 0;
                for (String s : stems) {
                    known[i++] = id(s);
                }
                setIds.put(stems, known);
            }
            return known;
        }

        int id(String stem) {
            Integer known = stemIds.get(stem);
            if (known == null) {
                known = stemIds.size();
                stemIds.put(stem, known);
            }
            return known;
        }
    }

    /** The items of the sentence being listed, reused from one sentence to the next. */
    private static final class Items {
        private int[][] ids = new int[16][];
        private double[] weights = new double[16];
        private double[] odds = new double[16];
        private int size;
        private final KeyBits keys = new KeyBits();

        void clear() {
            size = 0;
            keys.clear();
        }

        void add(int id, double weight, double chance) {
            add(new int[] {id}, weight, chance);
        }

        void add(int[] stems, double weight, double chance) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
                odds = Arrays.copyOf(odds, size * 2);
            }
            ids[size] = stems;
            weights[size] = weight;
            odds[size++] = chance;
        }
    }
}
