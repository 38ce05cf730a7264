package io.github.jingdu.model;

import java.util.Objects;

/**
 * One paragraph of prose, English or Chinese.
 *
 * <p>{@code markdown} is the paragraph as one line of Markdown: hard-wrapped source lines are
 * joined (see {@code docs/format.md}), escapes and emphasis are kept. {@code text} is the same
 * paragraph as plain text, with escapes resolved and emphasis markers removed: the form to
 * segment, align and search.
 *
 * @param text plain text
 * @param markdown inline Markdown, on one line
 * @param span the source lines the paragraph was read from
 * @since 0.1.0
 */
public record Paragraph(String text, String markdown, SourceSpan span) {

    /**
     * Checks that no component is null.
     *
     * @param text plain text
     * @param markdown inline Markdown, on one line
     * @param span the source lines the paragraph was read from
     */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(span, "span");
    }
}
