package io.github.jingdu.render.internal;

import java.util.List;

/**
 * Inline XHTML with a caller's elements around ranges of its text.
 *
 * @param xhtml the XHTML
 * @param marks the marks it holds, in order
 */
public record Spliced(String xhtml, List<Mark> marks) {

    /** Copies the list. */
    public Spliced {
        marks = List.copyOf(marks);
    }
}
