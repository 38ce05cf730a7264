package io.github.jingdu.align;

import io.github.jingdu.model.Bead;
import io.github.jingdu.align.internal.BandedSearch;
import io.github.jingdu.align.internal.CostModel;
import io.github.jingdu.align.internal.FeatureExtractor;
import io.github.jingdu.align.internal.PairEvidence;
import io.github.jingdu.align.internal.SentenceFeatures;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Aligns two lists of sentences (a text and its translation, or two translations) into beads.
 *
 * <p>Scoring combines a length model whose ratio and variance are estimated for each document
 * pair, the probability of each bead shape (1-1 to 1-5 and 5-1, with 0-1 and 1-0 for sentences
 * one side leaves out), anchors (numbers, Latin words inside Chinese, names spelt in pinyin,
 * question and exclamation marks, quotations), and lexical evidence from a {@link Lexicon} (for
 * Chinese–Chinese pairs: shared characters). The search is a dynamic programme in a band around
 * the diagonal, widened when the path reaches its edge: time and memory grow linearly with the
 * input. No neural model, no network.
 *
 * <pre>{@code
 * Aligner aligner = Aligner.builder().lexicon(lexicon).build();
 * Alignment a = aligner.align(chineseSentences, englishSentences, LanguagePair.ZH_EN);
 * for (Bead b : a.beads()) {
 *     System.out.println(b.toGoldFormat());
 * }
 * }</pre>
 *
 * <p>An aligner is immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class Aligner {
    /**
     * The first pass's 1-1 beads were chosen partly because their lengths matched, so the
     * variance measured on them is too small; scaling it restores the spread of real
     * translations (measured on MAC-Dev: strict F1 falls off on both sides of 2 to 3).
     */
    private static final double VARIANCE_SCALE = 2.5;
    /**
     * The second pass searches near the first one's path; as in the first, its band widens
     * whenever the best path runs along its edge, so the result never depends on a band that was
     * too narrow.
     */
    private static final int SECOND_PASS_WIDTH = 12;
    /**
     * The first pass only guides the second and gives it statistics: it considers the seven
     * commonest shapes (1-1 to 1-3, about 97% of MAC's beads), which halves its work.
     */
    private static final int FIRST_PASS_SHAPES = 7;
    /**
     * How much text the usual length ratio weighs as, in Chinese characters: a few sentences.
     * On MAC-Dev's chapters (about 6,850 Chinese characters each) it changes little; 50 to 1,000 score alike.
     */
    private static final double PRIOR_CHINESE_CHARACTERS = 150;

    private final Lexicon lexicon;
    private final Set<Evidence> evidence;
    private final int bandWidth;

    private Aligner(Builder b) {
        this(b.installed ? Lexicon.installed().merge(b.lexicon) : b.lexicon, b.evidence, b.bandWidth);
    }

    private Aligner(Lexicon lexicon, Set<Evidence> evidence, int bandWidth) {
        this.lexicon = lexicon;
        this.evidence = Set.copyOf(evidence);
        this.bandWidth = bandWidth;
    }

    /**
     * Returns an aligner like this one whose lexicon also holds the given entries.
     *
     * @param more entries to add, such as a document's own vocabulary
     * @return a new aligner
     */
    public Aligner withMoreLexicon(Lexicon more) {
        return new Aligner(lexicon.merge(more), evidence, bandWidth);
    }

    /**
     * Returns an aligner with all evidence and the installed dictionaries ({@link Lexicon#installed()}).
     *
     * @return a new aligner
     */
    public static Aligner create() {
        return builder().build();
    }

    /**
     * Starts building an aligner.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Aligns two lists of sentences.
     *
     * @param source the source side's sentences
     * @param target the target side's sentences
     * @param pair the languages of the two sides
     * @return beads covering every sentence of both sides once, in order
     */
    public Alignment align(List<String> source, List<String> target, LanguagePair pair) {
        return align(source, target, pair, extractor());
    }

    /** @return a feature extractor with this aligner's lexicon, to share between calls on one thread */
    FeatureExtractor extractor() {
        return new FeatureExtractor(lexicon.layers());
    }

    /** As {@link #align(List, List, LanguagePair)}, with an extractor that may have seen other sentences. */
    Alignment align(List<String> source, List<String> target, LanguagePair pair, FeatureExtractor extractor) {
        if (source.isEmpty() || target.isEmpty()) {
            return trivial(source.size(), target.size());
        }
        SentenceFeatures[] s = source.stream().map(x -> extractor.of(x, pair.source())).toArray(SentenceFeatures[]::new);
        SentenceFeatures[] t = target.stream().map(x -> extractor.of(x, pair.target())).toArray(SentenceFeatures[]::new);
        PairEvidence pairs = new PairEvidence(evidence, io.github.jingdu.align.internal.LearnedLexicon.empty());
        BandedSearch search = new BandedSearch(s, t, pairs);
        double ratio = lengthRatio(search, pair);
        double[] priors = ShapePriors.of(pair);
        CostModel first = model(priors, ratio, ShapePriors.initialVariance(pair), 0);
        List<BandedSearch.Step> path = search.search(first, bandWidth, null, FIRST_PASS_SHAPES);
        // The second pass knows how closely the translation follows: what it takes to set a sentence apart.
        CostModel second = model(priors, ratio,
                VARIANCE_SCALE * search.estimateVariance(path, ratio, ShapePriors.initialVariance(pair)),
                Weights.OMISSION * search.foundShare(path, 0, Weights.MIN_MEASURED));
        PairEvidence next = pairs;
        if (evidence.contains(Evidence.LEARNED) && pair != LanguagePair.ZH_ZH) {
            next = pairs.with(pair == LanguagePair.ZH_EN
                    ? io.github.jingdu.align.internal.LearnedLexicon.learn(s, t, path)
                    : io.github.jingdu.align.internal.LearnedLexicon.learn(t, s, swap(path)));
        }
        search.evidence(next);
        path = search.search(second, SECOND_PASS_WIDTH, path, CostModel.SHAPES.length);

        List<Bead> beads = new ArrayList<>(path.size());
        for (BandedSearch.Step step : path) {
            beads.add(new Bead(range(step.sourceFrom(), step.sourceTo()), range(step.targetFrom(), step.targetTo()),
                    -step.cost()));
        }
        return new Alignment(beads);
    }

    /**
     * The length ratio of the two sides, drawn towards the usual one by as much text as
     * {@link #PRIOR_CHINESE_CHARACTERS} hold: a passage whose translation stops early says little
     * about how long a translation is, and taken alone its ratio would make one bead of all it holds.
     */
    private static double lengthRatio(BandedSearch search, LanguagePair pair) {
        double usual = ShapePriors.lengthRatio(pair);
        double weight = PRIOR_CHINESE_CHARACTERS * (pair == LanguagePair.EN_ZH ? 1 / usual : 1);
        return (Math.max(search.targetLength(), 1) + weight * usual) / (Math.max(search.sourceLength(), 1) + weight);
    }

    private CostModel model(double[] priors, double ratio, double variance, double omission) {
        return new CostModel(priors, ratio, variance, Weights.ANCHOR, Weights.MISS, Weights.LEXICAL, omission);
    }

    private static List<BandedSearch.Step> swap(List<BandedSearch.Step> path) {
        return path.stream().map(st -> new BandedSearch.Step(st.targetFrom(), st.targetTo(), st.sourceFrom(),
                st.sourceTo(), st.cost())).toList();
    }

    private static Alignment trivial(int sources, int targets) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            beads.add(new Bead(List.of(i), List.of(), 0));
        }
        for (int j = 0; j < targets; j++) {
            beads.add(new Bead(List.of(), List.of(j), 0));
        }
        return new Alignment(beads);
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    /** Sets the options of an {@link Aligner}. */
    public static final class Builder {
        private Lexicon lexicon = Lexicon.empty();
        private boolean installed = true;
        private Set<Evidence> evidence = EnumSet.allOf(Evidence.class);
        private int bandWidth = 64;

        private Builder() {
        }

        /**
         * Sets whether the dictionaries installed beside Jingdu ({@link Lexicon#installed()}, such
         * as the {@code jingdu-lexicon-cedict} artifact) add to the lexicon. Default: true.
         *
         * @param use false to align with the {@link #lexicon(Lexicon)} alone
         * @return this builder
         * @since 0.1.0
         */
        public Builder installedLexicons(boolean use) {
            this.installed = use;
            return this;
        }

        /**
         * Sets the word pairs used as lexical evidence, besides the installed dictionaries.
         * Default: none.
         *
         * @param lexicon the lexicon
         * @return this builder
         */
        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = lexicon;
            return this;
        }

        /**
         * Sets which evidence to weigh besides length. Default: all.
         *
         * @param kinds the kinds of evidence; empty for length alone (Gale–Church)
         * @return this builder
         */
        public Builder evidence(Set<Evidence> kinds) {
            this.evidence = kinds.isEmpty() ? EnumSet.noneOf(Evidence.class) : EnumSet.copyOf(kinds);
            return this;
        }

        /**
         * Sets the initial half-width of the search band, in sentences. The band widens by
         * itself when needed; a wider start costs time, a narrower one may cost a second search.
         * Default: 64.
         *
         * @param sentences at least 1
         * @return this builder
         */
        public Builder bandWidth(int sentences) {
            if (sentences < 1) {
                throw new IllegalArgumentException("bandWidth must be at least 1: " + sentences);
            }
            this.bandWidth = sentences;
            return this;
        }

        /**
         * Builds the aligner.
         *
         * @return a new immutable aligner
         */
        public Aligner build() {
            return new Aligner(this);
        }
    }
}
