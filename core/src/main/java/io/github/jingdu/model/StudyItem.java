package io.github.jingdu.model;

/** One item of a passage's study notes (the part under {@code 学习}). */
public sealed interface StudyItem permits VocabularyEntry, Explanation, Figure, StudyText {

    /**
     * Returns where the item stands in the source.
     *
     * @return the item's span
     */
    SourceSpan span();
}
