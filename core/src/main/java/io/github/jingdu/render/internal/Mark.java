package io.github.jingdu.render.internal;

/**
 * An element to put around a range of a paragraph's plain text, such as a sentence's
 * {@code <span>} or a link to a vocabulary note.
 *
 * @param start where the range starts in the plain text
 * @param end where it ends
 * @param open the opening tag
 * @param close the closing tag
 */
public record Mark(int start, int end, String open, String close) {
}
