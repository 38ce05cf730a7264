package io.github.jingdu.align.internal;

import io.github.jingdu.model.SourceSpan;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds where stretches of a paragraph's plain text stand in the source. The plain text is the
 * source with line breaks joined and Markdown syntax removed, so its characters other than white
 * space appear in the source in the same order; each is matched to the next equal source
 * character. Both the matching and the line numbers take time linear in the block, so that a
 * paragraph of millions of characters costs no more than its length.
 */
public final class PlainTextSpans {
    private final int base;
    private final SourceSpan origin;
    private final int[] offsets;
    private final int[] lineStarts;

    /**
     * @param blockRaw the raw text of the block that holds the paragraph
     * @param blockSpan the block's span
     * @param paragraphSpan the paragraph's span
     * @param plain the paragraph's plain text
     */
    public PlainTextSpans(String blockRaw, SourceSpan blockSpan, SourceSpan paragraphSpan, String plain) {
        this.base = blockSpan.offset();
        this.origin = blockSpan;
        this.offsets = new int[plain.length()];
        int from = paragraphSpan.offset() - blockSpan.offset();
        int to = Math.min(blockRaw.length(), from + paragraphSpan.length());
        // A character not found after position p is not found after any later position either:
        // remembering that keeps characters missing from the source (an entity decoded to a
        // character) from rescanning the rest of the block each time.
        Map<Character, Integer> missingAfter = new HashMap<>();
        int j = from;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            offsets[i] = -1;
            Integer missing = missingAfter.get(c);
            if (Character.isWhitespace(c) || missing != null && missing <= j) {
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
                missingAfter.put(c, j);
            }
        }
        this.lineStarts = lineStarts(blockRaw, to);
    }

    /** Returns the offsets at which the block's second, third… lines start, up to {@code to}. */
    private static int[] lineStarts(String text, int to) {
        int[] starts = new int[16];
        int count = 0;
        for (int k = 0; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' && (k + 1 >= text.length() || text.charAt(k + 1) != '\n')) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = k + 1;
            }
        }
        return Arrays.copyOf(starts, count);
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
        int found = Arrays.binarySearch(lineStarts, first);
        int breaks = found >= 0 ? found + 1 : -found - 1;
        int line = origin.line() + breaks;
        int column = breaks == 0 ? origin.column() + first : first - lineStarts[breaks - 1] + 1;
        return new SourceSpan(base + first, last - first + 1, line, column);
    }
}
