package io.github.jingdu.lint;

import java.io.Serializable;

/**
 * A change to the text: replace {@code length} UTF-16 units at {@code offset} with
 * {@code replacement}.
 *
 * @param offset where the change starts
 * @param length how many units it replaces (0 to insert)
 * @param replacement the new text
 * @serial exclude Serializable so that values can travel between workers; the form is that of
 *     one version, not a file format
 * @since 0.1.0
 */
public record TextEdit(int offset, int length, String replacement) implements Serializable {

    /**
     * Checks the offsets.
     *
     * @param offset where the change starts
     * @param length how many units it replaces (0 to insert)
     * @param replacement the new text
     * @throws IllegalArgumentException for a negative offset or length, an end beyond
     *     {@link Integer#MAX_VALUE} or a null replacement
     */
    public TextEdit {
        if (offset < 0 || length < 0 || replacement == null) {
            throw new IllegalArgumentException("an edit needs a non-negative offset and length and a replacement");
        }
        if (length > Integer.MAX_VALUE - offset) {
            throw new IllegalArgumentException("an edit of " + length + " units at " + offset + " ends beyond any text");
        }
    }

    /**
     * Returns the offset just past the replaced text.
     *
     * @return {@code offset + length}
     */
    public int end() {
        return offset + length;
    }
}
