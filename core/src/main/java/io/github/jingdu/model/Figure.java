package io.github.jingdu.model;

import java.util.Objects;

/**
 * An image on a line of its own, {@code ![alt](path "title")}.
 *
 * <p>A figure is a top-level block between passages, or an item of a passage's study notes.
 *
 * @param alt the alternative text
 * @param path the image's path or URL as written
 * @param title the optional title, or an empty string
 * @param span where the image line stands
 * @param raw its source text
 * @since 0.1.0
 */
public record Figure(String alt, String path, String title, SourceSpan span, String raw)
        implements Block, StudyItem {

    /**
     * Checks that no component is null.
     *
     * @param alt the alternative text
     * @param path the image's path or URL as written
     * @param title the optional title, or an empty string
     * @param span where the image line stands
     * @param raw its source text
     */
    public Figure {
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
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
