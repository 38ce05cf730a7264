package io.github.jingdu.terms;

import io.github.jingdu.model.Sentence;
import io.github.jingdu.model.VocabularyEntry;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a vocabulary entry's headword occurs in its passage: the English sentence, the words as
 * written there, and the Chinese sentences that translate it.
 *
 * @param entry the vocabulary entry
 * @param miss why it was not found, or null when it was
 * @param sentenceIndex the index of the English sentence among the passage's sentences, or -1
 * @param sentence that sentence, or null
 * @param start where the match starts in the sentence's text, or -1
 * @param end where it ends, or -1
 * @param translation the Chinese sentences aligned with it; empty when the passage is not
 *     aligned or the sentence was left untranslated
 * @serial exclude Serializable so that values can travel between workers; the form is that of
 *     one version, not a file format
 * @since 0.1.0
 */
public record Grounding(VocabularyEntry entry, @Nullable GroundingMiss miss, int sentenceIndex, @Nullable Sentence sentence,
        int start, int end, List<Sentence> translation) implements Serializable {

    /**
     * Copies the list and checks that the entry is present.
     *
     * @param entry the vocabulary entry
     * @param miss why it was not found, or null when it was
     * @param sentenceIndex the index of the English sentence among the passage's sentences, or -1
     * @param sentence that sentence, or null
     * @param start where the match starts in the sentence's text, or -1
     * @param end where it ends, or -1
     * @param translation the Chinese sentences aligned with it; empty when the passage is not
     *     aligned or the sentence was left untranslated
     */
    public Grounding {
        Objects.requireNonNull(entry, "entry");
        translation = List.copyOf(translation);
    }

    /**
     * Returns whether the headword was found.
     *
     * @return true when {@link #miss()} is null
     */
    public boolean found() {
        return miss == null;
    }

    /**
     * Returns the words of the sentence that matched the headword, as written.
     *
     * @return the matched text, or null when not found
     */
    public @Nullable String matched() {
        return found() ? sentence.text().substring(start, end) : null;
    }
}
