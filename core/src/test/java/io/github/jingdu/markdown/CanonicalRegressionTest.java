package io.github.jingdu.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jingdu.parse.NotesParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs on which the property tests once found the canonical form not idempotent. */
class CanonicalRegressionTest {
    private final NotesParser parser = NotesParser.create();

    @ParameterizedTest
    @ValueSource(strings = {
        "原文：原文：原文：",
        "原文：\n原文：```",
        "### 后记原文：\n```原文：\n原文：",
        "\u200B原文:",
        "原文：\n原文：。学习：",
        "原文：\n原文：Type in a question\n。学习：",
        "原文：\n原文：melt-up：\n原文：For too long, we waited.原文：",
        "Link: [https://example.com](https://example.com)\nType in a question\n\nType in a question\n",
        "原文：\n。学习：\n。学习：\n",
        "原文：\n\uFEFF```Type in a question",
        "原文：\n原文：原文：学习：学习：",
        "原文：\n>**原文**：\nreverse-\n\n\n>**原文**：\n",
        "原文：\n\n在这里。学习：\uFEFF\n\nhello：你好\n",
        "```\n\n\n",
        "\uFEFFLink: [https://example.com](https://example.com)原文：原文：\n- itemtype in: 键入；输入；",
        "\n# How AI models are getting smarter原文：\n    code\n- itemtype in: 键入；输入；",
        "原文：原文：原文：\n原文：\n原文：原文：学习：\uFEFF学习：",
        "**\uFEFF**后记：2024年11月14日下午于上海。**",
        "**后记的故事**\n\nText.\n",
    })
    void canonicalIsIdempotent(String input) {
        String once = MarkdownWriter.canonical().write(parser.parse(input));
        assertEquals(once, MarkdownWriter.canonical().write(parser.parse(once)));
    }

    /** Found by fuzzing with long runs (issue 15): each canonical pass added a line break. */
    @Test
    void aTextBeyondTheInputLimitIsItsOwnCanonicalForm() {
        NotesParser small = NotesParser.builder().maxInputLength(20).build();
        String text = "# [\\!**后记" + "\\".repeat(30) + "!\n";
        assertEquals(text, MarkdownWriter.canonical().write(small.parse(text)));
        String spaced = "原文：\n\nHello there, world.\n\n\n\n";
        assertEquals(spaced, MarkdownWriter.canonical().write(small.parse(spaced)), "not brought under the limit");
    }
}
