package io.github.jingdu.model;

import java.util.Objects;

/**
 * Study-note lines that are not a vocabulary entry, an explanation quote or a figure: comments,
 * lists, tables, code, a repeated {@code 学习：}. Kept as written.
 *
 * @param markdown the lines, joined with {@code \n}
 * @param span where they stand
 * @since 0.1.0
 */
public record StudyText(String markdown, SourceSpan span) implements StudyItem {

    /**
     * Checks that no component is null.
     *
     * @param markdown the lines, joined with {@code \n}
     * @param span where they stand
     */
    public StudyText {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(span, "span");
    }
}
