package io.github.jingdu.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Paragraphs of text rendered without Flexmark: exactly Flexmark's HTML wherever the shortcut
 * answers, and no answer for anything Markdown could read otherwise.
 */
class PlainParagraphsTest {
    /**
     * Characters and line starts that mean something to Markdown, among ordinary text (given
     * more than once, so that many texts are plain enough for the shortcut to answer).
     */
    private static final List<String> PIECES = List.of("a", "Word", " ", "\n", "\n\n", "中文", "a", "Word", " ", "\n",
            "Text, ", "说明", "  ", "\n", "\n\n", "\t", "1.", "12)", "3",
            "#", "-", "+", "*", "=", "===", "---", ">", "<", "<b>", "&", "&amp;", "\"", "'", "|", "`", "~", "_", ":",
            "!", "[x]", "\\", "\r", "<1@a.cn>", "@", "a.b", "\u3000", "\u00a0", "中文", "。", "“", "\u0001", "\u007f", "ä");

    @Test
    void paragraphsAreTheirLinesEscaped() {
        assertEquals("<p>One line &amp; a b &gt; c &quot;quoted&quot; 'single'</p>\n",
                PlainParagraphs.render("One line & a b > c \"quoted\" 'single'"));
        assertEquals("<p>first\nsecond</p>\n<p>第三段。</p>\n", PlainParagraphs.render("\nfirst\nsecond\n\n\n第三段。\n"));
        assertEquals("", PlainParagraphs.render(""));
    }

    @Test
    void asterisksAreBoldAndItalicsAsCommonMarkReadsThem() {
        assertEquals("<p>这里的 <strong>&quot;pan out&quot;</strong> 是指 <strong>“结果如何”</strong>。</p>\n",
                PlainParagraphs.render("这里的 **\"pan out\"** 是指 **“结果如何”**。"));
        assertEquals("<p><strong>Summary</strong>\nof the <em>talk</em></p>\n<p>a * b</p>\n",
                PlainParagraphs.render("**Summary**\nof the *talk*\n\na * b"));
        // A run that can both open and close, and the rule of three that keeps it from pairing.
        assertEquals("<p><em>a**b</em></p>\n", PlainParagraphs.render("*a**b*"));
        assertEquals("<p>*<em>a</em></p>\n", PlainParagraphs.render("**a*"));
        assertEquals("<p><strong>bold <em>and</em> more</strong></p>\n", PlainParagraphs.render("**bold *and* more**"));
        assertEquals("<p>不配对的**星号</p>\n", PlainParagraphs.render("不配对的**星号"));
    }

    @Test
    void anythingMarkdownCouldReadOtherwiseIsLeftToFlexmark() {
        for (String markdown : List.of("***bold***", "* item", "*", "** not bold", "* * *", "**", "# Heading", "text\n===", "text\n---", "- item", "1. item",
                "2) item", "> quote", "    code", " indented", "hard  \nbreak", "a\tb", "a | b", "<div>", "a\r\nb",
                "line\n \nblank with a space", "[link](x)", "x\\y", "&copy;", "mail <123456@qq.com>", "a < b")) {
            assertNull(PlainParagraphs.render(markdown), markdown);
        }
    }

    @Test
    void agreesWithFlexmarkOnMarkdownBuiltFromAwkwardPieces() {
        MarkdownXhtml markdown = MarkdownXhtml.get();
        int[] answered = {0};
        qt().withExamples(10_000)
                .forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 12))
                .checkAssert(pieces -> {
                    StringBuilder text = new StringBuilder();
                    pieces.forEach(i -> text.append(PIECES.get(i)));
                    String plain = PlainParagraphs.render(text.toString());
                    if (plain != null) {
                        answered[0]++;
                        assertEquals(markdown.flexmarkWithExtensions(text.toString()), plain, text::toString);
                    }
                });
        assertTrue(answered[0] > 500, "the shortcut answered " + answered[0] + " times");
    }

    @Test
    void agreesWithFlexmarkOnAsterisksAmongSpacesPunctuationAndText() {
        List<String> pieces = List.of("*", "**", "*", "**", "***", " ", "a", "中", "。", "“", "”", "\"", "(", ")",
                ".", "\n", "\n\n", "$", "©", "\u3000", "\u00a0", "—", "'", "\ud83d\ude00", "\ud83d");
        MarkdownXhtml markdown = MarkdownXhtml.get();
        int[] answered = {0};
        qt().withExamples(20_000)
                .forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 16))
                .checkAssert(list -> {
                    StringBuilder text = new StringBuilder();
                    list.forEach(i -> text.append(pieces.get(i)));
                    String plain = PlainParagraphs.render(text.toString());
                    if (plain != null && text.indexOf("*") >= 0) {
                        answered[0]++;
                        assertEquals(markdown.flexmarkWithExtensions(text.toString()), plain, text::toString);
                    }
                });
        assertTrue(answered[0] > 2_000, "the shortcut answered " + answered[0] + " times with asterisks");
    }

    @Test
    void agreesWithFlexmarkOnEveryParagraphAndLineOfTheCorpus() throws Exception {
        MarkdownXhtml markdown = MarkdownXhtml.get();
        int answered = 0;
        List<CorpusPieces.Piece> differ = new ArrayList<>();
        for (CorpusPieces.Piece piece : CorpusPieces.of("the plain paragraphs test over the corpus")) {
            String plain = PlainParagraphs.render(piece.markdown());
            if (plain != null) {
                answered++;
                if (!plain.equals(markdown.flexmarkWithExtensions(piece.markdown()))) {
                    differ.add(piece);
                }
            }
        }
        assertTrue(answered > 10_000, "the shortcut answered " + answered + " times");
        assertEquals(List.of(), differ.stream().limit(5).toList(), differ.size() + " pieces differ");
    }
}
