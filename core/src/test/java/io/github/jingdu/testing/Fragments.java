package io.github.jingdu.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators of notes-like text: random sequences of the pieces real files are made of, line
 * breaks of every kind, and arbitrary Unicode (lone surrogates and NUL included).
 */
public final class Fragments {
    private static final List<String> PIECES = List.of(
            "原文：", "原文:", "原文", " 原文：", "原文 ：", "原文；", "原文：For too long, we waited.",
            ">**原文**：", "学习：", "学习:", "学习", "学习；", "。学习：", "\n", "\n", "\n", "\r\n", "\r",
            "\n\n", "\r\n\r\n", "Type in a question to ChatGPT and an answer will", "materialise.",
            "into DALL\\-E 3 and an image will emerge.", "reverse-", "engineer", "—such as words",
            "166. Indeed, it was", "**M**ASAYOSHI SON", "\\$4bn", "\\2022.", "■",
            "在ChatGPT上输入一个问题，答案就会出现。", "所有这些都是由人工智能(AI)模型驱动的。",
            "type in: 键入；输入；", "dials：美 [ˈdaɪəlz] 拨号盘；刻度盘；（dial的复数）", "melt-up：",
            "one-off一次性的", "[天文]织女星", "**注意发音**", ">\"Ream\" 在这里指大量的数据。", ">", ">>",
            ">- 例子：大型语言模型。(Large models.)", "# How AI models are getting smarter", "## **Section**",
            "### 后记", "## 后记", "# 后记", "**后记：2024年11月14日下午于上海。**", "后记：",
            "2024年8月12日17点51分于上海。", "2024年2月30日", "![image](./assets/a.png)", "![](<a b.png> \"t\")",
            "```", "~~~", "    code", "| a | b |", "|---|---|", "- item", "* item", "1. first", "***",
            "Link: [https://example.com](https://example.com)", "Speaker: Fei-Fei Li", "Date: 2024",
            "@[toc]", "<!-- comment -->", "\uFEFF", "\u200B", "\u3000", "\t", "   ", "          ",
            "\u0000", "\uD800", "\uDC00", "😀", "*", "**", "[", "]", "`", "_", "\\", "&amp;", "<b>",
            "### 直译", "### 意译", "{", "}", "{{直译结果}}");

    private Fragments() {
    }

    /**
     * Text made of up to {@code most} pieces picked from a list, for a test's own alphabet.
     *
     * @param pieces what the text is made of
     * @param most the most pieces in one text
     * @return the generator
     */
    public static Gen<String> of(List<String> pieces, int most) {
        return lists().of(integers().between(0, pieces.size() - 1).map(pieces::get)).ofSizeBetween(0, most)
                .map(list -> String.join("", list));
    }

    /** Text made of 0 to 60 random pieces, some of them arbitrary Unicode strings. */
    public static Gen<String> notesLike() {
        Gen<String> piece = integers().between(0, PIECES.size() + 4).zip(
                strings().allPossible().ofLengthBetween(0, 12),
                (i, random) -> i < PIECES.size() ? PIECES.get(i) : random);
        return lists().of(piece).ofSizeBetween(0, 60).map(list -> String.join("", list));
    }

    /** Like {@link #notesLike()}, with a line break between every two pieces. */
    public static Gen<String> notesLikeLines() {
        Gen<String> piece = integers().between(0, PIECES.size() - 1).map(PIECES::get);
        Gen<String> breakGen = integers().between(0, 3).map(i -> List.of("\n", "\n\n", "\r\n", "\n\n\n").get(i));
        return lists().of(piece.zip(breakGen, (p, b) -> p + b)).ofSizeBetween(0, 60)
                .map(list -> String.join("", list));
    }
}
