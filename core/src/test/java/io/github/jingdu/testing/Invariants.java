package io.github.jingdu.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.SourceSpan;

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
        for (SourceSpan span : Spans.all(d)) {
            assertTrue(span.offset() >= 0 && span.end() <= text.length(), () -> "span outside input: " + span);
            int lineStart = span.offset() - (span.column() - 1);
            assertTrue(lineStart == 0 || text.charAt(lineStart - 1) == '\n' || text.charAt(lineStart - 1) == '\r',
                    () -> "column does not count from a line start: " + span);
            assertEquals(1 + countLines(text, lineStart), span.line(), () -> "wrong line in " + span);
        }
    }

    private static int countLines(String s, int end) {
        int lines = 0;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')) {
                lines++;
            }
        }
        return lines;
    }
}
