package io.github.jingdu.anki;

import io.github.jingdu.model.Example;
import java.util.List;
import java.util.Objects;

/**
 * One flashcard: a vocabulary entry with the sentence it was learnt from.
 *
 * @param id a stable identifier (the same entry gives the same id), so that importing a deck
 *     again updates its notes instead of adding copies
 * @param word the headword
 * @param pronunciation the pronunciations, such as {@code 美 [ˈdaɪəlz]}, or an empty string
 * @param meanings the senses joined with {@code ；}, each after its domain tag ({@code [法律]}); an
 *     abbreviation's full form, or the explanation's text, when the entry gives no sense
 * @param sentence the English sentence holding the word, or an empty string when it was not found
 * @param highlightStart where the word starts in {@code sentence}, or -1
 * @param highlightEnd where it ends, or -1
 * @param translation the Chinese sentences aligned with it, or an empty string
 * @param source where the entry was written, as {@code file:line}
 * @param tags tags for the note, without spaces: {@code jingdu}, the file, each domain
 *     ({@code domain::法律}) and flag ({@code flag::注意发音})
 * @param flags the entry's reminders, such as {@code 注意发音}
 * @param examples the example sentences written with the entry
 * @param explanation the quote that explains the entry, as Markdown, or an empty string
 * @since 0.1.0
 */
public record Flashcard(String id, String word, String pronunciation, String meanings, String sentence,
        int highlightStart, int highlightEnd, String translation, String source, List<String> tags,
        List<String> flags, List<Example> examples, String explanation) {

    /**
     * Copies the list and checks that no component is null.
     *
     * @param id a stable identifier (the same entry gives the same id), so that importing a deck
     *     again updates its notes instead of adding copies
     * @param word the headword
     * @param pronunciation the pronunciations, such as {@code 美 [ˈdaɪəlz]}, or an empty string
     * @param meanings the senses joined with {@code ；}, each after its domain tag ({@code [法律]}); an
     *     abbreviation's full form, or the explanation's text, when the entry gives no sense
     * @param sentence the English sentence holding the word, or an empty string when it was not found
     * @param highlightStart where the word starts in {@code sentence}, or -1
     * @param highlightEnd where it ends, or -1
     * @param translation the Chinese sentences aligned with it, or an empty string
     * @param source where the entry was written, as {@code file:line}
     * @param tags tags for the note, without spaces: {@code jingdu}, the file, each domain
     *     ({@code domain::法律}) and flag ({@code flag::注意发音})
     * @param flags the entry's reminders, such as {@code 注意发音}
     * @param examples the example sentences written with the entry
     * @param explanation the quote that explains the entry, as Markdown, or an empty string
     */
    public Flashcard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(pronunciation, "pronunciation");
        Objects.requireNonNull(meanings, "meanings");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(translation, "translation");
        Objects.requireNonNull(source, "source");
        tags = List.copyOf(tags);
        flags = List.copyOf(flags);
        examples = List.copyOf(examples);
        Objects.requireNonNull(explanation, "explanation");
    }
}
