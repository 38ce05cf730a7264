package io.github.jingdu.model;

import java.util.List;
import java.util.Objects;

/**
 * A vocabulary line such as {@code dials：美 [ˈdaɪəlz] 拨号盘；刻度盘；（dial的复数）}, with the
 * explanation quote that follows it.
 *
 * @param headword the word or phrase being learnt, as plain text
 * @param variants other spellings or short forms given with it: {@code emphasize} in
 *     {@code emphasise = emphasize}, {@code R&D} in {@code research and development (R&D)}
 * @param gloss everything after the separator, trimmed: the source of the fields below
 * @param pronunciations the pronunciations at the start of the gloss
 * @param senses the meanings, split on {@code ；} and {@code ;}, without empty ones
 * @param note a closing parenthetical such as {@code dial的复数}, or null
 * @param morphology what the note says about the headword's base form, or null
 * @param flags reminders written in bold, such as {@code 注意发音}
 * @param explanation the quote block after the entry, or null
 * @param span the entry line
 */
public record VocabularyEntry(String headword, List<String> variants, String gloss,
        List<Pronunciation> pronunciations, List<Sense> senses, String note, Morphology morphology,
        List<String> flags, Explanation explanation, SourceSpan span) implements StudyItem {

    /** Copies the lists and checks that required components are present. */
    public VocabularyEntry {
        Objects.requireNonNull(headword, "headword");
        variants = List.copyOf(variants);
        Objects.requireNonNull(gloss, "gloss");
        pronunciations = List.copyOf(pronunciations);
        senses = List.copyOf(senses);
        flags = List.copyOf(flags);
        Objects.requireNonNull(span, "span");
    }

    /**
     * Returns this entry with an explanation.
     *
     * @param quote the quote that explains it
     * @return a copy that carries it
     */
    public VocabularyEntry withExplanation(Explanation quote) {
        return new VocabularyEntry(headword, variants, gloss, pronunciations, senses, note, morphology, flags,
                quote, span);
    }

    /**
     * Returns the meanings as plain strings.
     *
     * @return the text of each sense, in order
     */
    public List<String> senseTexts() {
        return senses.stream().map(Sense::text).toList();
    }
}
