package io.github.jingdu.align;

/**
 * A sentence cut from a text, with its place in that text.
 *
 * @param text the sentence, without surrounding white space
 * @param start offset of its first character in the segmented text
 * @param end offset just past its last character
 * @since 0.1.0
 */
public record Segment(String text, int start, int end) {
}
