package io.github.jingdu.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Passage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Unusual input parses into a document that writes back exactly. The hostile sizes (millions of
 * markers, megabyte lines) are in {@code PipelineRobustnessTest}.
 */
class ReaderRobustnessTest {
    private final NotesParser parser = NotesParser.create();

    @Test
    void crlfLoneCrAndMissingFinalNewlineAreKept() {
        String text = "原文：\r\n\r\nHello there.\r\n\r\n你好。\r学习：\rhello：你好";
        NoteDocument d = roundTrips(text);
        Passage p = d.passages().get(0);
        assertEquals("Hello there.", p.source().get(0).text());
        assertEquals("你好。", p.translation().get(0).text());
        assertEquals("hello", p.vocabulary().get(0).headword());
    }

    @Test
    void aByteOrderMarkDoesNotHideTheTitle() {
        NoteDocument d = roundTrips("\uFEFF# Title\n\n原文：\n\nHello.\n");
        assertEquals("Title", d.frontMatter().orElseThrow().title());
        assertEquals(1, d.passages().size());
    }

    @Test
    void zeroWidthAndIdeographicSpacesMakeBlankLines() {
        NoteDocument d = roundTrips("原文：\n\u200B\nHello\n\u3000\nworld.\n");
        assertEquals("Hello world.", d.passages().get(0).source().get(0).text());
    }

    @Test
    void emptyAndBlankDocumentsAreCovered() {
        assertEquals(0, roundTrips("").blocks().size());
        assertEquals(1, roundTrips("\n \n\t\n").blocks().size());
    }

    @Test
    void nulAndUnpairedSurrogatesAreKept() {
        roundTrips("原文：\n\nA\u0000B \uD800 C \uDC00.\n\n中\u0000文。\n");
    }

    @Test
    void invalidUtf8IsADiagnosticWithItsLine() {
        byte[] bytes = "原文：\n\nHello.\n\nbad \u0001 byte\n".getBytes(StandardCharsets.UTF_8);
        int bad = new String(bytes, StandardCharsets.UTF_8).indexOf('\u0001');
        bytes[bad + 2] = (byte) 0xFF;
        NoteDocument d = parser.parse(bytes);
        Diagnostic diag = d.diagnostics().get(0);
        assertEquals("invalid-utf8", diag.code());
        assertEquals(5, diag.span().line());
        assertTrue(diag.message().contains("UTF-8"), diag.message());
    }

    @Test
    void anUnclosedFenceIsReportedAndKept() {
        NoteDocument d = roundTrips("```\ncode\n原文：\n");
        assertEquals(0, d.passages().size());
        assertEquals("unclosed-code-fence", d.diagnostics().get(0).code());
        assertEquals(1, d.diagnostics().get(0).span().line());
    }

    @Test
    void anEmptyPassageIsReported() {
        NoteDocument d = roundTrips("原文：\n\n原文：\n\nHello.\n");
        assertEquals(2, d.passages().size());
        assertEquals("empty-passage", d.diagnostics().get(0).code());
        assertEquals(1, d.diagnostics().get(0).span().line());
    }

    private NoteDocument roundTrips(String text) {
        NoteDocument d = parser.parse(text);
        assertEquals(text, MarkdownWriter.lossless().write(d));
        assertEquals(d, parser.parse(text), "parsing is deterministic");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        // A text with an unpaired surrogate has no UTF-8 form (getBytes writes '?' for it).
        if (new String(utf8, StandardCharsets.UTF_8).equals(text)) {
            assertEquals(d, parser.parse(utf8), "its UTF-8 bytes read as the text does");
        }
        return d;
    }
}
