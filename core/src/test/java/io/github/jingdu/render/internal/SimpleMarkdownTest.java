package io.github.jingdu.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Paragraphs of text and simple lists rendered without Flexmark: exactly Flexmark's HTML wherever
 * the shortcut answers, and no answer for anything Markdown could read otherwise.
 */
class SimpleMarkdownTest {
    /**
     * Characters and line starts that mean something to Markdown, among ordinary text (given
     * more than once, so that many texts are plain enough for the shortcut to answer).
     */
    private static final List<String> PIECES = List.of("a", "Word", " ", "\n", "\n\n", "中文", "a", "Word", " ", "\n",
            "Text, ", "说明", "  ", "\n", "\n\n", "\t", "1.", "12)", "3",
            "#", "-", "+", "*", "=", "===", "---", ">", "<", "<b>", "&", "&amp;", "\"", "'", "|", "`", "~", "_", ":",
            "- ", "\n- ", "\n+ ", "\n* ", "1. ", "\n2. ", "\n3) ", "\n01. ", "\n0. ", "\n- a", "\n1. a", "**", "**a**",
            "!", "[x]", "\\", "\r", "<1@a.cn>", "@", "a.b", "\u3000", "\u00a0", "中文", "。", "“", "\u0001", "\u007f", "ä");

    @Test
    void paragraphsAreTheirLinesEscaped() {
        assertEquals("<p>One line &amp; a b &gt; c &quot;quoted&quot; 'single'</p>\n",
                SimpleMarkdown.render("One line & a b > c \"quoted\" 'single'"));
        assertEquals("<p>first\nsecond</p>\n<p>第三段。</p>\n", SimpleMarkdown.render("\nfirst\nsecond\n\n\n第三段。\n"));
        assertEquals("", SimpleMarkdown.render(""));
    }

    @Test
    void asterisksAreBoldAndItalicsAsCommonMarkReadsThem() {
        assertEquals("<p>这里的 <strong>&quot;pan out&quot;</strong> 是指 <strong>“结果如何”</strong>。</p>\n",
                SimpleMarkdown.render("这里的 **\"pan out\"** 是指 **“结果如何”**。"));
        assertEquals("<p><strong>Summary</strong>\nof the <em>talk</em></p>\n<p>a * b</p>\n",
                SimpleMarkdown.render("**Summary**\nof the *talk*\n\na * b"));
        // A run that can both open and close, and the rule of three that keeps it from pairing.
        assertEquals("<p><em>a**b</em></p>\n", SimpleMarkdown.render("*a**b*"));
        assertEquals("<p>*<em>a</em></p>\n", SimpleMarkdown.render("**a*"));
        assertEquals("<p><strong>bold <em>and</em> more</strong></p>\n", SimpleMarkdown.render("**bold *and* more**"));
        assertEquals("<p>不配对的**星号</p>\n", SimpleMarkdown.render("不配对的**星号"));
    }

    @Test
    void tightListsOfOneLineItemsAreListsOfTheirText() {
        assertEquals("<ul>\n<li><strong>break down</strong> = 分析</li>\n<li><strong>locks down</strong> = 锁防</li>\n</ul>\n",
                SimpleMarkdown.render("- **break down** = 分析\n- **locks down** = 锁防"));
        assertEquals("<p><strong>例子</strong>：</p>\n<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n<p>after</p>\n",
                SimpleMarkdown.render("**例子**：\n\n1. one\n2. two\n\nafter"));
        assertEquals("<ol start=\"3\">\n<li>three</li>\n</ol>\n", SimpleMarkdown.render("3) three"));
        assertEquals("<ul>\n<li>a</li>\n</ul>\n", SimpleMarkdown.render("* a"));
    }

    @Test
    void anythingMarkdownCouldReadOtherwiseIsLeftToFlexmark() {
        for (String markdown : List.of("***bold***", "*", "** not bold", "* * *", "- - -", "**", "# Heading", "text\n===",
                "text\n---", "-  two spaces", "- a\nlazy", "- a\n+ b", "- a\n\n- b", "- a\n\n1. b", "text\n- item",
                "1234567890. a", "- # heading", "- > quote", "-\ta", "- ", "> quote", "    code", " indented", "hard  \nbreak", "a\tb", "a | b", "<div>", "a\r\nb",
                "line\n \nblank with a space", "[link](x)", "x\\y", "&copy;", "mail <123456@qq.com>", "a < b")) {
            assertNull(SimpleMarkdown.render(markdown), markdown);
        }
    }

    @Test
    void agreesWithFlexmarkOnMarkdownBuiltFromAwkwardPieces() {
        int answered = agreedAnswers(PIECES, 12, 10_000, html -> true);
        assertTrue(answered > 500, "the shortcut answered " + answered + " times");
    }

    @Test
    void agreesWithFlexmarkOnAsterisksAmongSpacesPunctuationAndText() {
        List<String> pieces = List.of("*", "**", "*", "**", "***", " ", "a", "中", "。", "“", "”", "\"", "(", ")",
                ".", "\n", "\n\n", "$", "©", "\u3000", "\u00a0", "—", "'", "\ud83d\ude00", "\ud83d");
        int answered = agreedAnswers(pieces, 16, 20_000, html -> html.contains("<em>") || html.contains("<strong>"));
        assertTrue(answered > 500, "the shortcut answered " + answered + " times with emphasis");
    }

    @Test
    void agreesWithFlexmarkOnListsAmongParagraphs() {
        List<String> pieces = List.of("- a", "\n- a", "\n- **b** = 中文", "\n- *c* d", "\n* 中文", "\n+ x", "\n1. a",
                "\n2) b", "\n0. c", "\n01. d", "\n12. **e**", "\npara", "\n", "\n\n", "\n\n", "\n  indented", "\n-  two",
                " *x*", "**", "\n- ", "\n-", "\n---");
        int answered = agreedAnswers(pieces, 10, 20_000, html -> html.contains("<li>"));
        assertTrue(answered > 1_000, "the shortcut answered " + answered + " times with a list");
    }

    /**
     * Texts of up to {@code most} pieces, each rendered by the shortcut and, where it answers,
     * compared with Flexmark.
     *
     * @return how many of the answers {@code counted} accepts
     */
    private static int agreedAnswers(List<String> pieces, int most, int examples, Predicate<String> counted) {
        MarkdownXhtml markdown = MarkdownXhtml.get();
        int[] answered = {0};
        qt().withExamples(examples)
                .forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, most))
                .checkAssert(list -> {
                    StringBuilder text = new StringBuilder();
                    list.forEach(i -> text.append(pieces.get(i)));
                    String simple = SimpleMarkdown.render(text.toString());
                    if (simple != null) {
                        answered[0] += counted.test(simple) ? 1 : 0;
                        assertEquals(markdown.flexmarkWithExtensions(text.toString()), simple, text::toString);
                    }
                });
        return answered[0];
    }

    @Test
    void agreesWithFlexmarkOnEveryParagraphAndLineOfTheCorpus() throws Exception {
        MarkdownXhtml markdown = MarkdownXhtml.get();
        int answered = 0;
        List<CorpusPieces.Piece> differ = new ArrayList<>();
        for (CorpusPieces.Piece piece : CorpusPieces.of("the plain paragraphs test over the corpus")) {
            String plain = SimpleMarkdown.render(piece.markdown());
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
