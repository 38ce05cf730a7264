package io.github.jingdu.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A {@code >} quote block of explanation in the study notes.
 *
 * @param markdown the quote's content with one level of {@code >} (and the space after it)
 *     removed from each line, lines joined with {@code \n}
 * @param examples the bilingual example sentences found in it, in order
 * @param span where the quote stands
 * @serial exclude Serializable so that values can travel between workers; the form is that of
 *     one version, not a file format
 * @since 0.1.0
 */
public record Explanation(String markdown, List<Example> examples, SourceSpan span) implements StudyItem, Serializable {

    /**
     * Copies the list and checks that no component is null.
     *
     * @param markdown the quote's content with one level of {@code >} (and the space after it)
     *     removed from each line, lines joined with {@code \n}
     * @param examples the bilingual example sentences found in it, in order
     * @param span where the quote stands
     */
    public Explanation {
        Objects.requireNonNull(markdown, "markdown");
        examples = List.copyOf(examples);
        Objects.requireNonNull(span, "span");
    }
}
