package io.github.jingdu.lint;

import io.github.jingdu.model.NoteDocument;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A note as a rule sees it: its text, its parse and the file it came from. The linter makes one
 * for each note and gives it to every rule; a rule reads it and never keeps it.
 *
 * <p>Made by the linter only: implementations outside Jingdu are not supported.
 *
 * @since 0.1.0
 */
public interface RuleContext {
    /**
     * Returns the whole text: offsets given to a {@link RuleReporter} count its characters.
     *
     * @return the text
     */
    String text();

    /**
     * Returns the text parsed: passages, translations, vocabulary, each with its
     * {@link io.github.jingdu.model.SourceSpan}.
     *
     * @return the document
     */
    NoteDocument document();

    /**
     * Returns the file the text came from (for paths relative to it, such as images).
     *
     * @return the file, or null for text without one (standard input, an editor's new buffer)
     */
    @Nullable Path file();

    /**
     * Says whether a character is inside code (spans and fenced blocks), a URL, a link target, an
     * e-mail address or an HTML comment or tag: text that is not prose, which typography rules
     * leave alone.
     *
     * @param offset a character's offset in {@link #text()}
     * @return true for such a character
     * @throws IndexOutOfBoundsException for an offset below 0 or past the text's length
     */
    boolean isProtected(int offset);
}
