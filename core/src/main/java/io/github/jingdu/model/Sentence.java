package io.github.jingdu.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One sentence of a paragraph, as plain text, with where it stands in the source.
 *
 * @param text the sentence's plain text
 * @param span its source characters, from its first to its last, or {@link SourceSpan#NONE}
 * @serial exclude Serializable so that values can travel between workers; the form is that of
 *     one version, not a file format
 * @since 0.1.0
 */
public record Sentence(String text, SourceSpan span) implements Serializable {

    /**
     * Checks that no component is null.
     *
     * @param text the sentence's plain text
     * @param span its source characters, from its first to its last, or {@link SourceSpan#NONE}
     */
    public Sentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
