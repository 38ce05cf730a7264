package io.github.jingdu.model;

import java.io.Serializable;

/**
 * Where an element came from in the text that was parsed.
 *
 * <p>Offsets and lengths count UTF-16 code units of the decoded input, as {@link String} does;
 * {@code line} and {@code column} are 1-based and derived from the offset (a column also counts
 * UTF-16 units, so an astral character advances it by two). Elements that were not read from a
 * text (built in code, or read from JSON without positions) carry {@link #NONE}.
 *
 * <pre>{@code
 * SourceSpan span = document.passages().get(0).span();
 * String text = input.substring(span.offset(), span.end());
 * }</pre>
 *
 * @param offset 0-based index of the first UTF-16 unit
 * @param length number of UTF-16 units covered
 * @param line 1-based line of the first unit (0 only in {@link #NONE})
 * @param column 1-based column of the first unit (0 only in {@link #NONE})
 * @serial exclude Serializable so that values can travel between workers; the form is that of
 *     one version, not a file format
 * @since 0.1.0
 */
public record SourceSpan(int offset, int length, int line, int column) implements Serializable {

    /** The span of an element that has no position in any source text. */
    public static final SourceSpan NONE = new SourceSpan(0, 0, 0, 0);

    /**
     * Checks that the span is well formed: {@code new SourceSpan(5, 3, 0, 0)} throws, because a
     * span that covers text must say where that text is.
     *
     * @param offset 0-based index of the first UTF-16 unit
     * @param length number of UTF-16 units covered
     * @param line 1-based line of the first unit, or 0 for an empty span with no position
     * @param column 1-based column of the first unit, or 0 exactly when {@code line} is 0
     * @throws IllegalArgumentException if a value is negative, if only one of line and column is
     *     0, or if a span of one unit or more has no position
     */
    public SourceSpan {
        if (offset < 0 || length < 0 || line < 0 || column < 0) {
            throw new IllegalArgumentException("negative span value: " + offset + "+" + length
                    + " at " + line + ":" + column);
        }
        if ((line == 0) != (column == 0)) {
            throw new IllegalArgumentException("a span has both a line and a column or neither: "
                    + line + ":" + column);
        }
        if (line == 0 && length > 0) {
            throw new IllegalArgumentException("a span of " + length + " units has no position;"
                    + " give its line and column, or use SourceSpan.NONE");
        }
    }

    /**
     * Returns the offset just past the last unit covered.
     *
     * @return {@code offset + length}
     */
    public int end() {
        return offset + length;
    }

    /**
     * Tells whether this span points into a source text.
     *
     * @return false for {@link #NONE}
     */
    public boolean isKnown() {
        return line > 0;
    }
}
