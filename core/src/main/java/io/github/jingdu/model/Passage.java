package io.github.jingdu.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@code 原文} block: English source paragraphs, their Chinese translation, and the study
 * notes written under {@code 学习}.
 *
 * <pre>{@code
 * for (Passage p : document.passages()) {
 *     p.source().forEach(par -> System.out.println(par.text()));
 *     p.vocabulary().forEach(v -> System.out.println(v.headword() + " " + v.senses()));
 * }
 * }</pre>
 *
 * @param marker the {@code 原文} marker as written
 * @param source the English paragraphs, possibly empty
 * @param translation the Chinese paragraphs, possibly empty
 * @param studyMarker the {@code 学习} marker as written, or null when the notes have none
 * @param study the study notes in order: vocabulary entries, explanations, figures, other text
 * @param alignment which English sentences the Chinese ones translate, or null until a
 *     {@code DocumentAligner} has aligned the document
 * @param span where the passage stands
 * @param raw its source text
 * @since 0.1.0
 */
public record Passage(Marker marker, List<Paragraph> source, List<Paragraph> translation,
        @Nullable Marker studyMarker, List<StudyItem> study, @Nullable SentenceAlignment alignment, SourceSpan span, String raw)
        implements Block {

    /**
     * Copies the lists and checks that required components are present.
     *
     * @param marker the {@code 原文} marker as written
     * @param source the English paragraphs, possibly empty
     * @param translation the Chinese paragraphs, possibly empty
     * @param studyMarker the {@code 学习} marker as written, or null when the notes have none
     * @param study the study notes in order: vocabulary entries, explanations, figures, other text
     * @param alignment which English sentences the Chinese ones translate, or null until a
     *     {@code DocumentAligner} has aligned the document
     * @param span where the passage stands
     * @param raw its source text
     */
    public Passage {
        Objects.requireNonNull(marker, "marker");
        source = List.copyOf(source);
        translation = List.copyOf(translation);
        study = List.copyOf(study);
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(raw, "raw");
    }

    /**
     * Returns this passage with a sentence alignment.
     *
     * @param sentences the alignment of its English and Chinese sentences
     * @return a copy that carries it
     */
    public Passage withAlignment(SentenceAlignment sentences) {
        return new Passage(marker, source, translation, studyMarker, study, sentences, span, raw);
    }

    /**
     * Returns the vocabulary entries among the study notes.
     *
     * @return the entries of {@link #study()}, in order
     */
    public List<VocabularyEntry> vocabulary() {
        return StudyItem.entriesOf(study);
    }

    /**
     * Calls {@code visitor.visit(this)}.
     *
     * @param <R> what the visitor returns
     * @param visitor the visitor
     * @return what the visitor returned
     */
    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
