package io.github.jingdu.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One item of a passage's study notes (the part under {@code 学习}).
 *
 * @since 0.1.0
 */
public sealed interface StudyItem permits VocabularyEntry, VocabularyTable, VocabularyList, Explanation, Figure, StudyText {

    /**
     * Returns where the item stands in the source.
     *
     * @return the item's span
     */
    SourceSpan span();

    /**
     * Returns the vocabulary entries the item holds: itself for an entry, a row each for a table,
     * the terms of a list, none for other items.
     *
     * @return the entries, in order
     * @since 0.1.0
     */
    default List<VocabularyEntry> entries() {
        return List.of();
    }

    /**
     * Returns the vocabulary entries of study notes, in order, tables and lists included.
     *
     * @param study study items
     * @return their entries
     * @since 0.1.0
     */
    static List<VocabularyEntry> entriesOf(List<StudyItem> study) {
        List<VocabularyEntry> out = new ArrayList<>();
        for (StudyItem item : study) {
            out.addAll(item.entries());
        }
        return List.copyOf(out);
    }
}
