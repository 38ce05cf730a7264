package io.github.jingdu.align;

import io.github.jingdu.align.internal.FeatureExtractor;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.RenditionAlignment;
import io.github.jingdu.model.RenditionKind;
import io.github.jingdu.model.Sentence;
import io.github.jingdu.model.SentenceAlignment;
import io.github.jingdu.model.Severity;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.TranslationUnit;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.text.internal.Lines;
import io.github.jingdu.text.internal.PlainTextSpans;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Adds sentence alignments to a document: each passage's English sentences paired with its
 * Chinese sentences, and in each translation unit the literal translation paired with the free
 * one (paragraphs and sentences) and the English source with the translation. The document's
 * own vocabulary entries (headword ↔ Chinese senses) serve as lexical evidence, together with
 * any user lexicon.
 *
 * <pre>{@code
 * NoteDocument aligned = DocumentAligner.create().align(NotesParser.create().parse(text));
 * SentenceAlignment a = aligned.passages().get(0).alignment();
 * }</pre>
 *
 * <p>A passage with more sentences (or a translation unit with more paragraphs) on one side
 * than {@link Builder#maxSentences(int)} is left unaligned and reported with the code
 * {@link #LIMIT_CODE} ({@code alignment-limit}), which bounds the time and memory one hostile passage can take.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DocumentAligner {
    /**
     * The code of the diagnostic for a passage left unaligned because it is beyond
     * {@link Builder#maxSentences(int)}: the only diagnostic the aligner adds.
     *
     * @since 0.1.0
     */
    public static final String LIMIT_CODE = "alignment-limit";
    /** The default of {@link Builder#maxSentences}: far above any real passage. */
    public static final int DEFAULT_MAX_SENTENCES = 10_000;
    private static final Pattern NOT_HAN = Pattern.compile("[^\\p{IsHan}]+");
    private final Aligner aligner;
    private final int maxSentences;

    private DocumentAligner(Builder b) {
        this.aligner = b.aligner;
        this.maxSentences = b.maxSentences;
    }

    /**
     * Returns a document aligner with the default settings.
     *
     * @return a new document aligner
     */
    public static DocumentAligner create() {
        return builder().build();
    }

    /**
     * Starts building a document aligner.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Aligns every passage that has both English and Chinese.
     *
     * @param document a parsed document
     * @return the same document with {@link Passage#alignment()} set where both sides exist,
     *     and an {@code alignment-limit} diagnostic for each passage left unaligned
     */
    public NoteDocument align(NoteDocument document) {
        Run run = new Run(aligner.withMoreLexicon(vocabularyLexicon(document)), maxSentences);
        List<Block> blocks = new ArrayList<>(document.blocks().size());
        for (Block block : document.blocks()) {
            if (block instanceof Passage p && !p.source().isEmpty() && !p.translation().isEmpty()) {
                SentenceAlignment a = run.align(p, p.source(), p.translation(), LanguagePair.EN_ZH);
                blocks.add(a == null ? p : p.withAlignment(a));
            } else if (block instanceof TranslationUnit u) {
                blocks.add(run.align(u));
            } else {
                blocks.add(block);
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>(document.diagnostics());
        if (!run.limited.isEmpty()) {
            diagnostics.addAll(run.limited);
            diagnostics.sort(Comparator.comparingInt(d -> d.span().offset()));
        }
        return new NoteDocument(blocks, diagnostics);
    }

    /** One call of {@link #align(NoteDocument)}: the aligner with the document's lexicon, and what was left unaligned. */
    private static final class Run {
        private final Aligner aligner;
        private final FeatureExtractor extractor;
        private final int maxSentences;
        private final List<Diagnostic> limited = new ArrayList<>();

        Run(Aligner aligner, int maxSentences) {
            this.aligner = aligner;
            this.extractor = aligner.extractor();
            this.maxSentences = maxSentences;
        }

        /**
         * Aligns a translation unit: literal ↔ free by paragraphs and by sentences, and the
         * English source ↔ the free translation (or the literal one).
         */
        TranslationUnit align(TranslationUnit u) {
            Rendition literal = u.part(RenditionKind.LITERAL);
            Rendition free = u.part(RenditionKind.FREE);
            Rendition source = u.part(RenditionKind.SOURCE);
            RenditionAlignment renditions = null;
            if (literal != null && free != null && !literal.paragraphs().isEmpty() && !free.paragraphs().isEmpty()
                    && within(u, literal.paragraphs().size(), free.paragraphs().size(), "paragraph")) {
                SentenceAlignment sentences = align(u, literal.paragraphs(), free.paragraphs(), LanguagePair.ZH_ZH);
                if (sentences != null) {
                    Alignment paragraphs = aligner.align(texts(literal.paragraphs()), texts(free.paragraphs()),
                            LanguagePair.ZH_ZH, extractor);
                    renditions = new RenditionAlignment(paragraphs.beads(), sentences);
                }
            }
            Rendition translation = free != null ? free : literal;
            SentenceAlignment sourceToTranslation = null;
            if (source != null && translation != null && !source.paragraphs().isEmpty()
                    && !translation.paragraphs().isEmpty()) {
                sourceToTranslation = align(u, source.paragraphs(), translation.paragraphs(), LanguagePair.EN_ZH);
            }
            return u.withAlignments(renditions, sourceToTranslation);
        }

        /** Aligns two lists of paragraphs sentence by sentence, or returns null over the limit. */
        SentenceAlignment align(Block block, List<Paragraph> source, List<Paragraph> target, LanguagePair pair) {
            List<Sentence> s = sentences(block, source, pair.source());
            List<Sentence> t = sentences(block, target, pair.target());
            if (!within(block, s.size(), t.size(), "sentence")) {
                return null;
            }
            Alignment a = aligner.align(s.stream().map(Sentence::text).toList(),
                    t.stream().map(Sentence::text).toList(), pair, extractor);
            return new SentenceAlignment(s, t, a.beads());
        }

        /** Whether both sides are within the limit; when not, says so. {@code what}: a singular noun. */
        private boolean within(Block block, int sourceCount, int targetCount, String what) {
            if (sourceCount <= maxSentences && targetCount <= maxSentences) {
                return true;
            }
            limited.add(new Diagnostic(Severity.WARNING, LIMIT_CODE, "this block has " + sourceCount + " " + what
                    + (sourceCount == 1 ? "" : "s") + " on one side and " + targetCount
                    + " on the other to align, more than the limit of " + maxSentences
                    + " (DocumentAligner.Builder.maxSentences), so it is left"
                    + " unaligned; split it into smaller passages or raise the limit", block.span()));
            return false;
        }
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).toList();
    }

    /** Cuts paragraphs into sentences, with their source spans when the block has a source. */
    static List<Sentence> sentences(Block block, List<Paragraph> paragraphs, Language language) {
        SentenceSegmenter segmenter = SentenceSegmenter.of(language);
        List<Sentence> out = new ArrayList<>();
        Lines lines = block.span().isKnown() ? Lines.of(block.raw()) : null;
        for (Paragraph p : paragraphs) {
            PlainTextSpans spans = lines != null && p.span().isKnown()
                    ? new PlainTextSpans(block.raw(), block.span(), p.span(), p.text(), lines) : null;
            for (Segment s : segmenter.segment(p.text())) {
                out.add(new Sentence(s.text(), spans == null ? SourceSpan.NONE : spans.span(s.start(), s.end())));
            }
        }
        return out;
    }

    /** The document's vocabulary as a lexicon: each Chinese sense translates its headword. */
    static Lexicon vocabularyLexicon(NoteDocument document) {
        Lexicon.Builder b = Lexicon.builder();
        for (Passage p : document.passages()) {
            for (VocabularyEntry v : p.vocabulary()) {
                for (String sense : v.senseTexts()) {
                    for (String chinese : NOT_HAN.split(sense)) {
                        if (chinese.length() >= 2) {
                            b.add(chinese, v.headword());
                        }
                    }
                }
            }
        }
        return b.build();
    }

    /** Sets the options of a {@link DocumentAligner}. */
    public static final class Builder {
        private Aligner aligner = Aligner.create();
        private int maxSentences = DEFAULT_MAX_SENTENCES;

        private Builder() {
        }

        /**
         * Sets the aligner to use, with its lexicon (for example CC-CEDICT) and evidence. The
         * document's own vocabulary is added to its lexicon. Default: {@link Aligner#create()}.
         *
         * @param aligner the aligner
         * @return this builder
         */
        public Builder aligner(Aligner aligner) {
            this.aligner = aligner;
            return this;
        }

        /**
         * Sets the most sentences (paragraphs, for literal ↔ free translations) one side of a
         * passage may have to be aligned; larger passages are left unaligned with an
         * {@code alignment-limit} diagnostic. Default: {@link #DEFAULT_MAX_SENTENCES}.
         *
         * @param count a positive number
         * @return this builder
         */
        public Builder maxSentences(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("maxSentences must be positive: " + count);
            }
            this.maxSentences = count;
            return this;
        }

        /**
         * Builds the document aligner.
         *
         * @return a new immutable document aligner
         */
        public DocumentAligner build() {
            return new DocumentAligner(this);
        }
    }
}
