package io.github.jingdu.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Study notes outside a {@code 原文} block: vocabulary written under the title or the standfirst,
 * or a {@code 学习} section in notes that have no {@code 原文} markers.
 *
 * @param marker the {@code 学习} marker as written, or null when the notes have none
 * @param study the items in order: vocabulary entries, explanations, figures, other text
 * @param span where the block stands
 * @param raw its source text
 * @since 0.1.0
 */
public record StudyNotes(@Nullable Marker marker, List<StudyItem> study, SourceSpan span, String raw) implements Block {

    /**
     * Copies the list and checks that required components are present.
     *
     * @param marker the {@code 学习} marker as written, or null when the notes have none
     * @param study the items in order: vocabulary entries, explanations, figures, other text
     * @param span where the block stands
     * @param raw its source text
     */
    public StudyNotes {
        study = List.copyOf(study);
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(raw, "raw");
    }

    /**
     * Returns the vocabulary entries among the items.
     *
     * @return the entries, in order
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
