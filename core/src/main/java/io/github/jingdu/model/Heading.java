package io.github.jingdu.model;

import java.util.Objects;

/**
 * A section heading such as {@code ## **Section title**}.
 *
 * @param level 1 to 6, the number of {@code #}
 * @param text the heading as plain text
 * @param markdown the heading's inline Markdown as written, after the {@code #} marks
 * @param span where the heading stands
 * @param raw its source text
 * @since 0.1.0
 */
public record Heading(int level, String text, String markdown, SourceSpan span, String raw)
        implements Block {

    /**
     * Checks the level and that no component is null.
     *
     * @param level 1 to 6, the number of {@code #}
     * @param text the heading as plain text
     * @param markdown the heading's inline Markdown as written, after the {@code #} marks
     * @param span where the heading stands
     * @param raw its source text
     */
    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be 1 to 6: " + level);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(raw, "raw");
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
