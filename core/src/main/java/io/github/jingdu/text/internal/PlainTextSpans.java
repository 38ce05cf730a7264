package io.github.jingdu.text.internal;

import io.github.jingdu.model.SourceSpan;
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
    private final Lines lines;

    /**
     * Finds the spans of a paragraph's plain text, cutting the block into lines itself.
     *
     * @param blockRaw the raw text of the block that holds the paragraph
     * @param blockSpan the block's span
     * @param paragraphSpan the paragraph's span
     * @param plain the paragraph's plain text
     */
    public PlainTextSpans(String blockRaw, SourceSpan blockSpan, SourceSpan paragraphSpan, String plain) {
        this(blockRaw, blockSpan, paragraphSpan, plain, Lines.of(blockRaw));
    }

    /**
     * @param blockRaw the raw text of the block that holds the paragraph
     * @param blockSpan the block's span
     * @param paragraphSpan the paragraph's span
     * @param plain the paragraph's plain text
     * @param lines the lines of {@code blockRaw}, cut once for all the block's paragraphs
     */
    public PlainTextSpans(String blockRaw, SourceSpan blockSpan, SourceSpan paragraphSpan, String plain, Lines lines) {
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
            if (Character.isWhitespace(c)) {
                continue;
            }
            Integer missing = missingAfter.isEmpty() ? null : missingAfter.get(c);
            if (missing != null && missing <= j) {
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
        this.lines = lines;
    }

    /**
     * @param start first offset in the plain text
     * @param end offset just past the stretch
     * @return the source span from the first to the last matched character, or
     *     {@link SourceSpan#NONE} when none matched or the block has no position
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
        if (first < 0 || !origin.isKnown()) {
            return SourceSpan.NONE;
        }
        int breaks = lines.lineOf(first);
        int line = origin.line() + breaks;
        int column = breaks == 0 ? origin.column() + first : first - lines.start(breaks) + 1;
        return new SourceSpan(base + first, last - first + 1, line, column);
    }
}
