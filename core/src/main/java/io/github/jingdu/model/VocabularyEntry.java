package io.github.jingdu.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A word, phrase, idiom or abbreviation the notes single out and explain: a vocabulary line such as
 * {@code dials：美 [ˈdaɪəlz] 拨号盘；刻度盘；（dial的复数）} with the explanation quote and the example
 * lines that follow it, a list item such as {@code 1. **Market Maker** – /ˈmɑːrkɪt/ – 做市商}, a row
 * of a vocabulary table, or an idiom heading with its meaning. {@link #shape()} says which.
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
 * @param span the entry line (for a heading, the heading and its meaning; for a list item, the item)
 * @param partOfSpeech the part of speech given with it (a table's 词性 column), or null
 * @param expansion the full form of an abbreviation (a table's 全称 column), or null
 * @param examples the example sentences written after it, outside an explanation quote (those in
 *     the quote are the explanation's)
 * @param shape how the author wrote it
 * @param markdown the entry as written, example lines excluded (for a table row, the row); empty
 *     for a line that the canonical form writes as {@code headword：gloss}
 * @serial exclude Serializable so that values can travel between workers; the form is that of
 *     one version, not a file format
 * @since 0.1.0
 */
public record VocabularyEntry(String headword, List<String> variants, String gloss,
        List<Pronunciation> pronunciations, List<Sense> senses, @Nullable String note, @Nullable Morphology morphology,
        List<String> flags, @Nullable Explanation explanation, SourceSpan span, @Nullable String partOfSpeech, @Nullable String expansion,
        List<Example> examples, EntryShape shape, String markdown) implements StudyItem, Serializable {

    /**
     * Copies the lists and checks that required components are present.
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
     * @param span the entry line (for a heading, the heading and its meaning; for a list item, the item)
     * @param partOfSpeech the part of speech given with it (a table's 词性 column), or null
     * @param expansion the full form of an abbreviation (a table's 全称 column), or null
     * @param examples the example sentences written after it, outside an explanation quote (those in
     *     the quote are the explanation's)
     * @param shape how the author wrote it
     * @param markdown the entry as written, example lines excluded (for a table row, the row); empty
     *     for a line that the canonical form writes as {@code headword：gloss}
     */
    public VocabularyEntry {
        Objects.requireNonNull(headword, "headword");
        variants = List.copyOf(variants);
        Objects.requireNonNull(gloss, "gloss");
        pronunciations = List.copyOf(pronunciations);
        senses = List.copyOf(senses);
        flags = List.copyOf(flags);
        Objects.requireNonNull(span, "span");
        examples = List.copyOf(examples);
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(markdown, "markdown");
    }

    /**
     * An entry written as a vocabulary line, without part of speech, expansion or examples.
     *
     * @param headword the word or phrase being learnt
     * @param variants other spellings or short forms
     * @param gloss everything after the separator
     * @param pronunciations the pronunciations at the start of the gloss
     * @param senses the meanings
     * @param note a closing parenthetical, or null
     * @param morphology what the note says about the base form, or null
     * @param flags reminders written in bold
     * @param explanation the quote block after the entry, or null
     * @param span the entry line
     * @since 0.1.0
     */
    public VocabularyEntry(String headword, List<String> variants, String gloss, List<Pronunciation> pronunciations,
            List<Sense> senses, @Nullable String note, @Nullable Morphology morphology, List<String> flags,
            @Nullable Explanation explanation, SourceSpan span) {
        this(headword, variants, gloss, pronunciations, senses, note, morphology, flags, explanation, span, null,
                null, List.of(), EntryShape.LINE, "");
    }

    /**
     * Returns this entry with an explanation.
     *
     * @param quote the quote that explains it
     * @return a copy that carries it
     */
    public VocabularyEntry withExplanation(Explanation quote) {
        return new VocabularyEntry(headword, variants, gloss, pronunciations, senses, note, morphology, flags,
                quote, span, partOfSpeech, expansion, examples, shape, markdown);
    }

    /**
     * Returns this entry with one more example.
     *
     * @param example an example sentence written after it
     * @return a copy that carries it after the others
     * @since 0.1.0
     */
    public VocabularyEntry withExample(Example example) {
        List<Example> more = new java.util.ArrayList<>(examples);
        more.add(example);
        return new VocabularyEntry(headword, variants, gloss, pronunciations, senses, note, morphology, flags,
                explanation, span, partOfSpeech, expansion, more, shape, markdown);
    }

    /**
     * Returns this entry, the one it holds.
     *
     * @return a list of this entry
     */
    @Override
    public List<VocabularyEntry> entries() {
        return List.of(this);
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
