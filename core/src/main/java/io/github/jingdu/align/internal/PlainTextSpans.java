package io.github.jingdu.align.internal;

import io.github.jingdu.model.SourceSpan;

/**
 * Finds where stretches of a paragraph's plain text stand in the source. The plain text is the
 * source with line breaks joined and Markdown syntax removed, so its characters other than white
 * space appear in the source in the same order; each is matched to the next equal source
 * character.
 */
public final class PlainTextSpans {
    private final String source;
    private final int base;
    private final SourceSpan origin;
    private final int[] offsets;

    /**
     * @param blockRaw the raw text of the block that holds the paragraph
     * @param blockSpan the block's span
     * @param paragraphSpan the paragraph's span
     * @param plain the paragraph's plain text
     */
    public PlainTextSpans(String blockRaw, SourceSpan blockSpan, SourceSpan paragraphSpan, String plain) {
        this.source = blockRaw;
        this.base = blockSpan.offset();
        this.origin = blockSpan;
        this.offsets = new int[plain.length()];
        int from = paragraphSpan.offset() - blockSpan.offset();
        int to = Math.min(blockRaw.length(), from + paragraphSpan.length());
        int j = from;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isWhitespace(c)) {
                offsets[i] = -1;
                continue;
            }
            int k = j;
            while (k < to && blockRaw.charAt(k) != c) {
                k++;
            }
            if (k < to) {
                offsets[i] = k;
                j = k + 1;
            } else {
                offsets[i] = -1;
            }
        }
    }

    /**
     * @param start first offset in the plain text
     * @param end offset just past the stretch
     * @return the source span from the first to the last matched character, or
     *     {@link SourceSpan#NONE} when none matched
     */
    public SourceSpan span(int start, int end) {
        int first = -1;
        int last = -1;
        for (int i = start; i < end; i++) {
            if (offsets[i] >= 0) {
                if (first < 0) {
                    first = offsets[i];
                }
                last = offsets[i];
            }
        }
        if (first < 0) {
            return SourceSpan.NONE;
        }
        int line = origin.line();
        int lineStart = -1;
        for (int k = 0; k < first; k++) {
            char c = source.charAt(k);
            if (c == '\n' || c == '\r' && (k + 1 >= source.length() || source.charAt(k + 1) != '\n')) {
                line++;
                lineStart = k + 1;
            }
        }
        int column = lineStart < 0 ? origin.column() + first : first - lineStart + 1;
        return new SourceSpan(base + first, last - first + 1, line, column);
    }
}
