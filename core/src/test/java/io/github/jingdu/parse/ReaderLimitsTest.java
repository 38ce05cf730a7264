package io.github.jingdu.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.MarkdownBlock;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Severity;
import io.github.jingdu.testing.Invariants;
import io.github.jingdu.testing.SmallStack;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each limit of the reader and the aligner: what it stops, how it is reported, nothing lost. */
class ReaderLimitsTest {
    private static Diagnostic only(NoteDocument d, String code) {
        List<Diagnostic> found = d.diagnostics().stream().filter(x -> x.code().equals(code)).toList();
        assertEquals(1, found.size(), () -> code + " in " + d.diagnostics());
        return found.get(0);
    }

    @Test
    void anInputOverTheSizeLimitIsOneBlockAndAnError() {
        String text = "原文：\n\nHello there.\n\n你好。\n";
        NoteDocument d = NotesParser.builder().maxInputLength(10).build().parse(text);
        Invariants.assertLossless(text, d);
        assertEquals(1, d.blocks().size());
        Diagnostic e = only(d, "input-too-long");
        assertEquals(Severity.ERROR, e.severity());
        assertEquals("this text is 23 characters long, more than the limit of 10 (NotesParser.Builder.maxInputLength), so it is kept as one block of text and not read; split the file or raise the limit",
                e.message());
        assertEquals(1, NotesParser.builder().maxInputLength(text.length()).build().parse(text).passages().size());
    }

    @Test
    void blocksPastTheLimitAreKeptAsOneBlock() {
        String text = "原文：\n\nA.\n\n甲。\n\n原文：\n\nB.\n\n乙。\n\n原文：\n\nC.\n\n丙。\n";
        NoteDocument d = NotesParser.builder().maxBlocks(2).build().parse(text);
        Invariants.assertLossless(text, d);
        assertEquals(2, d.blocks().size());
        assertEquals(1, d.passages().size());
        MarkdownBlock rest = assertInstanceOf(MarkdownBlock.class, d.blocks().get(1));
        assertTrue(rest.raw().startsWith("原文：\n\nB."), rest.raw());
        Diagnostic e = only(d, "too-many-blocks");
        assertEquals(7, e.span().line());
        assertEquals("this text has more than 2 blocks (NotesParser.Builder.maxBlocks); from here on it is kept as one block of text and not read: split the file or raise the limit",
                e.message());
    }

    @Test
    void aLineOverTheLengthLimitIsPlainText() {
        String text = "# A heading that is long\n\nshort\n";
        NoteDocument d = NotesParser.builder().maxLineLength(10).build().parse(text);
        Invariants.assertLossless(text, d);
        assertInstanceOf(MarkdownBlock.class, d.blocks().get(0));
        Diagnostic e = only(d, "line-too-long");
        assertEquals(1, e.span().line());
        assertEquals("this line is 24 characters long, more than the limit of 10 (NotesParser.Builder.maxLineLength), so it is read as plain text; break it into lines or raise the limit",
                e.message());
    }

    @Test
    void nestingDeeperThanTheLimitKeepsItsMarkdown() {
        String text = "原文：\n\nSee [[[[x]]]] and *a*.\n\n中文。\n";
        NoteDocument shallow = NotesParser.builder().maxNestingDepth(3).build().parse(text);
        Invariants.assertLossless(text, shallow);
        assertEquals("See [[[[x]]]] and *a*.", shallow.passages().get(0).source().get(0).text());
        Diagnostic e = only(shallow, "nesting-too-deep");
        assertEquals(3, e.span().line());
        NoteDocument deep = NotesParser.create().parse(text);
        assertEquals("See [[[[x]]]] and a.", deep.passages().get(0).source().get(0).text());
        assertTrue(deep.diagnostics().isEmpty(), deep.diagnostics().toString());
    }

    @Test
    void nestingUpToTheDefaultLimitIsInterpretedOnASmallStack() {
        String markdown = "[a ".repeat(45) + "*b ".repeat(45) + "x" + " c*".repeat(45) + "](u)".repeat(45);
        String text = "原文：\n\n" + markdown + "\n\n中文。\n";
        SmallStack.run(Duration.ofMinutes(1), () -> {
            NoteDocument d = NotesParser.create().parse(text);
            String plain = d.passages().get(0).source().get(0).text();
            assertTrue(plain.indexOf('*') < 0, plain);
            assertTrue(d.diagnostics().isEmpty(), d.diagnostics().toString());
        });
    }

    @Test
    void quotesNestedDeeperThanTheLimitAreReported() {
        String text = "学习：\n>>>> deep\n> shallow\n";
        NoteDocument d = NotesParser.builder().maxNestingDepth(3).build().parse(text);
        Invariants.assertLossless(text, d);
        assertEquals(2, only(d, "nesting-too-deep").span().line());
    }

    @Test
    void limitDiagnosticsStayInSourceOrder() {
        String text = "原文：\n\nSee [[[[x]]]].\n\n中文。\n\n" + "# " + "y".repeat(40) + "\n";
        NoteDocument d = NotesParser.builder().maxNestingDepth(3).maxLineLength(20).build().parse(text);
        assertEquals(List.of("nesting-too-deep", "line-too-long"), d.diagnostics().stream().map(Diagnostic::code).toList());
    }

    @Test
    void aPassageOverTheSentenceLimitIsLeftUnaligned() {
        String text = "原文：\n\nOne. Two. Three.\n\n一。二。三。\n\n原文：\n\nFour.\n\n四。\n";
        NoteDocument d = DocumentAligner.builder().maxSentences(2).build().align(NotesParser.create().parse(text));
        List<Passage> passages = d.passages();
        assertNull(passages.get(0).alignment());
        assertEquals(1, passages.get(1).alignment().beads().size());
        Diagnostic e = only(d, "alignment-limit");
        assertEquals(1, e.span().line());
        assertEquals("this block has 3 sentences on one side and 3 on the other to align, more than the limit of 2 "
                + "(DocumentAligner.Builder.maxSentences), so it is left unaligned; split it into smaller passages or raise the limit",
                e.message());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> NotesParser.builder().maxInputLength(0));
        assertThrows(IllegalArgumentException.class, () -> NotesParser.builder().maxLineLength(-1));
        assertThrows(IllegalArgumentException.class, () -> NotesParser.builder().maxNestingDepth(0));
        assertThrows(IllegalArgumentException.class, () -> NotesParser.builder().maxBlocks(1));
        assertThrows(IllegalArgumentException.class, () -> DocumentAligner.builder().maxSentences(0));
    }
}
