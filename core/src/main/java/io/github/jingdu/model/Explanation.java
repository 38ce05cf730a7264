package io.github.jingdu.model;

import java.util.Objects;

/**
 * A {@code >} quote block of explanation in the study notes.
 *
 * @param markdown the quote's content with one level of {@code >} (and the space after it)
 *     removed from each line, lines joined with {@code \n}
 * @param span where the quote stands
 */
public record Explanation(String markdown, SourceSpan span) implements StudyItem {

    /** Checks that no component is null. */
    public Explanation {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(span, "span");
    }
}
