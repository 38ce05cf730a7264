package io.github.jingdu.model;

import java.util.Objects;

/**
 * Any other Markdown, kept as written: prose with no marker, lists, tables, code, quotes.
 *
 * @param kind what the block looks like, from its first line
 * @param markdown the block's lines with line endings made {@code \n} and the blank lines after
 *     it removed
 * @param span where the block stands
 * @param raw its source text
 * @since 0.1.0
 */
public record MarkdownBlock(MarkdownKind kind, String markdown, SourceSpan span, String raw)
        implements Block {

    /**
     * Checks that no component is null.
     *
     * @param kind what the block looks like, from its first line
     * @param markdown the block's lines with line endings made {@code \n} and the blank lines after
     *     it removed
     * @param span where the block stands
     * @param raw its source text
     */
    public MarkdownBlock {
        Objects.requireNonNull(kind, "kind");
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
