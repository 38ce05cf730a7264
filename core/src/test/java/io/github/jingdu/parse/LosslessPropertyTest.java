package io.github.jingdu.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.testing.Fragments;
import io.github.jingdu.testing.Spans;
import org.junit.jupiter.api.Test;

/** Any string parses, its blocks tile it, and the lossless writer gives it back. */
class LosslessPropertyTest {
    private final NotesParser parser = NotesParser.create();

    @Test
    void arbitraryUnicodeRoundTrips() {
        qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 300))
                .checkAssert(this::assertLossless);
    }

    @Test
    void mixesOfFormatFragmentsRoundTrip() {
        qt().withExamples(3000).forAll(Fragments.notesLike()).checkAssert(this::assertLossless);
    }

    @Test
    void linesOfFormatFragmentsRoundTrip() {
        qt().withExamples(3000).forAll(Fragments.notesLikeLines()).checkAssert(this::assertLossless);
    }

    private void assertLossless(String s) {
        NoteDocument d = parser.parse(s);
        assertEquals(s, MarkdownWriter.lossless().write(d));
        int next = 0;
        for (Block b : d.blocks()) {
            assertEquals(next, b.span().offset(), "blocks must tile the input");
            assertEquals(s.substring(b.span().offset(), b.span().end()), b.raw());
            next = b.span().end();
        }
        assertEquals(s.length(), next, "blocks must cover the input to its end");
        for (SourceSpan span : Spans.all(d)) {
            assertTrue(span.offset() >= 0 && span.end() <= s.length(), () -> "span outside input: " + span);
            int lineStart = span.offset() - (span.column() - 1);
            assertTrue(lineStart == 0 || s.charAt(lineStart - 1) == '\n' || s.charAt(lineStart - 1) == '\r',
                    () -> "column does not count from a line start: " + span);
            assertEquals(1 + countLines(s, lineStart), span.line(), () -> "wrong line in " + span);
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
