package io.github.jingdu.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.SourceSpan;
import java.util.Arrays;

/** What every parsed document promises about the text it came from. */
public final class Invariants {
    private Invariants() {
    }

    /**
     * Asserts that the lossless writer gives the text back, that the blocks tile it, and that
     * every span lies inside it with the line and column of its offset.
     *
     * @param text the parsed text
     * @param d its document
     */
    public static void assertLossless(String text, NoteDocument d) {
        assertEquals(text, MarkdownWriter.lossless().write(d));
        int next = 0;
        for (Block b : d.blocks()) {
            assertEquals(next, b.span().offset(), "blocks must tile the input");
            assertEquals(text.substring(b.span().offset(), b.span().end()), b.raw());
            next = b.span().end();
        }
        assertEquals(text.length(), next, "blocks must cover the input to its end");
        int[] lineStarts = lineStarts(text);
        for (SourceSpan span : Spans.all(d)) {
            assertTrue(span.offset() >= 0 && span.end() <= text.length(), () -> "span outside input: " + span);
            int lineStart = span.offset() - (span.column() - 1);
            assertTrue(lineStart == 0 || text.charAt(lineStart - 1) == '\n' || text.charAt(lineStart - 1) == '\r',
                    () -> "column does not count from a line start: " + span);
            int found = Arrays.binarySearch(lineStarts, lineStart);
            int linesBefore = found >= 0 ? found + 1 : -found - 1;
            assertEquals(1 + linesBefore, span.line(), () -> "wrong line in " + span);
        }
    }

    /** The offsets just past each line break, in order, so that a line number is one search away. */
    private static int[] lineStarts(String s) {
        int[] starts = new int[16];
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
