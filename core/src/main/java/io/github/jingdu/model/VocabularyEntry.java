package io.github.jingdu.model;

import java.util.List;
import java.util.Objects;

/**
 * A vocabulary line such as {@code dials：美 [ˈdaɪəlz] 拨号盘；刻度盘；（dial的复数）}, with the
 * explanation quote that follows it.
 *
 * @param headword the word or phrase being learnt, as plain text
 * @param gloss everything after the separator, trimmed: the source of the fields below
 * @param pronunciations the pronunciations at the start of the gloss
 * @param senses the meanings, split on {@code ；} and {@code ;}, without empty ones
 * @param note a closing parenthetical such as {@code dial的复数}, or null
 * @param explanation the quote block after the entry, or null
 * @param span the entry line
 */
public record VocabularyEntry(String headword, String gloss, List<Pronunciation> pronunciations,
        List<String> senses, String note, Explanation explanation, SourceSpan span)
        implements StudyItem {

    /** Copies the lists and checks that required components are present. */
    public VocabularyEntry {
        Objects.requireNonNull(headword, "headword");
        Objects.requireNonNull(gloss, "gloss");
        pronunciations = List.copyOf(pronunciations);
        senses = List.copyOf(senses);
        Objects.requireNonNull(span, "span");
    }
}
