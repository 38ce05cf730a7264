package io.github.jingdu.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@code 后记} (postscript): a heading {@code ## 后记} or a line {@code 后记：…}, then its text.
 *
 * @param title the heading's inline Markdown ({@code 后记}, {@code **后记**}); for a line
 *     {@code 后记：…} it is {@code 后记} and the rest of the line is the first paragraph
 * @param paragraphs the postscript's lines, each a paragraph
 * @param dateline the date, time and place read from the first paragraph that has a date, or
 *     null when none parses
 * @param span where the postscript stands
 * @param raw its source text
 * @since 0.1.0
 */
public record Postscript(String title, List<Paragraph> paragraphs, @Nullable Dateline dateline, SourceSpan span,
        String raw) implements Block {

    /**
     * Copies the list and checks that required components are present.
     *
     * @param title the heading's inline Markdown ({@code 后记}, {@code **后记**}); for a line
     *     {@code 后记：…} it is {@code 后记} and the rest of the line is the first paragraph
     * @param paragraphs the postscript's lines, each a paragraph
     * @param dateline the date, time and place read from the first paragraph that has a date, or
     *     null when none parses
     * @param span where the postscript stands
     * @param raw its source text
     */
    public Postscript {
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
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
