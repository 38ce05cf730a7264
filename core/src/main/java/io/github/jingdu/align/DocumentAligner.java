package io.github.jingdu.align;

import io.github.jingdu.align.internal.PlainTextSpans;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.RenditionAlignment;
import io.github.jingdu.model.RenditionKind;
import io.github.jingdu.model.TranslationUnit;
import io.github.jingdu.model.Sentence;
import io.github.jingdu.model.SentenceAlignment;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.VocabularyEntry;
import java.util.ArrayList;
import java.util.List;

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
 * <p>Immutable and thread-safe.
 */
public final class DocumentAligner {
    private final Aligner aligner;

    private DocumentAligner(Builder b) {
        this.aligner = b.aligner;
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
     * @return the same document with {@link Passage#alignment()} set where both sides exist
     */
    public NoteDocument align(NoteDocument document) {
        Aligner aligner = this.aligner.withMoreLexicon(vocabularyLexicon(document));
        List<Block> blocks = new ArrayList<>(document.blocks().size());
        for (Block block : document.blocks()) {
            if (block instanceof Passage p && !p.source().isEmpty() && !p.translation().isEmpty()) {
                blocks.add(p.withAlignment(align(aligner, p, p.source(), p.translation(), LanguagePair.EN_ZH)));
            } else if (block instanceof TranslationUnit u) {
                blocks.add(align(aligner, u));
            } else {
                blocks.add(block);
            }
        }
        return new NoteDocument(blocks, document.diagnostics());
    }

    /**
     * Aligns a translation unit: literal ↔ free by paragraphs and by sentences, and the English
     * source ↔ the free translation (or the literal one).
     */
    private static TranslationUnit align(Aligner aligner, TranslationUnit u) {
        Rendition literal = u.part(RenditionKind.LITERAL);
        Rendition free = u.part(RenditionKind.FREE);
        Rendition source = u.part(RenditionKind.SOURCE);
        RenditionAlignment renditions = null;
        if (literal != null && free != null && !literal.paragraphs().isEmpty() && !free.paragraphs().isEmpty()) {
            Alignment paragraphs = aligner.align(texts(literal.paragraphs()), texts(free.paragraphs()), LanguagePair.ZH_ZH);
            renditions = new RenditionAlignment(paragraphs.beads(),
                    align(aligner, u, literal.paragraphs(), free.paragraphs(), LanguagePair.ZH_ZH));
        }
        Rendition translation = free != null ? free : literal;
        SentenceAlignment sourceToTranslation = null;
        if (source != null && translation != null && !source.paragraphs().isEmpty()
                && !translation.paragraphs().isEmpty()) {
            sourceToTranslation = align(aligner, u, source.paragraphs(), translation.paragraphs(), LanguagePair.EN_ZH);
        }
        return u.withAlignments(renditions, sourceToTranslation);
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).toList();
    }

    static SentenceAlignment align(Aligner aligner, Block block, List<Paragraph> source, List<Paragraph> target,
            LanguagePair pair) {
        List<Sentence> s = sentences(block, source, pair.source());
        List<Sentence> t = sentences(block, target, pair.target());
        Alignment a = aligner.align(s.stream().map(Sentence::text).toList(), t.stream().map(Sentence::text).toList(), pair);
        return new SentenceAlignment(s, t, a.beads());
    }

    /** Cuts paragraphs into sentences, with their source spans when the block has a source. */
    static List<Sentence> sentences(Block block, List<Paragraph> paragraphs, Language language) {
        SentenceSegmenter segmenter = SentenceSegmenter.of(language);
        List<Sentence> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            PlainTextSpans spans = block.span().isKnown() && p.span().isKnown()
                    ? new PlainTextSpans(block.raw(), block.span(), p.span(), p.text()) : null;
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
                    for (String chinese : sense.split("[^\\p{IsHan}]+")) {
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
         * Builds the document aligner.
         *
         * @return a new immutable document aligner
         */
        public DocumentAligner build() {
            return new DocumentAligner(this);
        }
    }
}
