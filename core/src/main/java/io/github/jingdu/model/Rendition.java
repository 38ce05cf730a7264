package io.github.jingdu.model;

import java.util.List;
import java.util.Objects;

/**
 * One part of a translation unit: its heading and its paragraphs.
 *
 * @param kind which part it is
 * @param level the heading's level (number of {@code #})
 * @param heading the heading's text as written, such as {@code 直译} or {@code 反思}
 * @param paragraphs its paragraphs (fence lines and {@code ***} separators left out)
 * @param fenced whether the part's text was in a code fence, as free translations sometimes are
 * @param span from its heading to its last line
 * @since 0.1.0
 */
public record Rendition(RenditionKind kind, int level, String heading, List<Paragraph> paragraphs, boolean fenced,
        SourceSpan span) {

    /**
     * Copies the list and checks that required components are present.
     *
     * @param kind which part it is
     * @param level the heading's level (number of {@code #})
     * @param heading the heading's text as written, such as {@code 直译} or {@code 反思}
     * @param paragraphs its paragraphs (fence lines and {@code ***} separators left out)
     * @param fenced whether the part's text was in a code fence, as free translations sometimes are
     * @param span from its heading to its last line
     */
    public Rendition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heading, "heading");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(span, "span");
    }
}
