package io.github.jingdu.align.internal;

import io.github.jingdu.align.Evidence;
import java.util.Set;

/**
 * How much two sentences, one from each side, share: anchors (numbers, Latin words,
 * punctuation) whose absence on the other side also counts, and softer evidence (names,
 * lexicon words, shared characters) that only rewards.
 */
public final class PairEvidence {
    private static final double LEARNED_WEIGHT = 0.4;
    /** Two renderings of one sentence share most character pairs; unrelated ones a few. */
    private static final double OVERLAP_WEIGHT = 10;
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

    /**
     * The anchor mass of a sentence: what the other side should mirror.
     *
     * @param f a sentence's features
     * @return the summed weight of its anchors
     */
    public double mass(SentenceFeatures f) {
        double m = 0;
        if (evidence.contains(Evidence.ANCHORS)) {
            for (long v : f.numbers()) {
                m += numberWeight(v);
            }
            m += f.pinyin().isEmpty() ? 0 : f.words().size();
            m += 0.5 * Integer.bitCount(f.punctuation());
        }
        return m;
    }

    /**
     * The anchors two sentences share, weighted as in {@link #mass}.
     *
     * @param a a sentence of one side
     * @param b a sentence of the other side
     * @return the shared anchor weight
     */
    public double anchors(SentenceFeatures a, SentenceFeatures b) {
        double s = 0;
        if (anchorsOn) {
            for (long v : a.numbers()) {
                if (FeatureExtractor.contains(b.numbers(), v)) {
                    s += numberWeight(v);
                }
            }
            s += latin(a, b) + latin(b, a);
            s += 0.5 * Integer.bitCount(a.punctuation() & b.punctuation());
        }
        return s;
    }

    /**
     * Evidence whose absence proves nothing: names spelt in pinyin (a translation may use a
     * pronoun), lexicon words of a Chinese sentence translated in an English one, shared
     * character pairs between two Chinese sentences.
     *
     * @param a a sentence of one side
     * @param b a sentence of the other side
     * @return the overlap weight
     */
    public double lexical(SentenceFeatures a, SentenceFeatures b) {
        double s = 0;
        if (namesOn) {
            s += names(a, b) + names(b, a);
        }
        if (lexiconOn) {
            s += lexicon(a, b) + lexicon(b, a);
        }
        if (learnedOn) {
            s += LEARNED_WEIGHT * (b.pinyin().isEmpty() ? learned.matches(a, b) : learned.matches(b, a));
        }
        if (overlapOn && !a.pinyin().isEmpty() && !b.pinyin().isEmpty()) {
            s += OVERLAP_WEIGHT * dice(a.bigrams(), b.bigrams());
        }
        return s;
    }

    private static double latin(SentenceFeatures chinese, SentenceFeatures english) {
        if (chinese.words().isEmpty() || chinese.pinyin().isEmpty() || !english.pinyin().isEmpty()) {
            return 0;
        }
        double s = 0;
        for (String w : chinese.words()) {
            if (english.words().contains(w)) {
                s += 1;
            }
        }
        return s;
    }

    private static double names(SentenceFeatures chinese, SentenceFeatures english) {
        if (chinese.pinyin().isEmpty() || english.names().isEmpty()) {
            return 0;
        }
        double s = 0;
        for (String name : english.names()) {
            if (chinese.pinyin().contains(name)) {
                s += 1;
            }
        }
        return s;
    }

    private static double lexicon(SentenceFeatures chinese, SentenceFeatures english) {
        if (chinese.lexical().isEmpty()) {
            return 0;
        }
        double s = 0;
        for (Set<String> stems : chinese.lexical()) {
            for (String stem : stems) {
                if (english.words().contains(stem)) {
                    s += 1;
                    break;
                }
            }
        }
        return s;
    }

    private static double dice(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / (a.length + b.length);
    }

    private static double numberWeight(long v) {
        return v >= 10 ? 1.0 : 0.4;
    }
}
