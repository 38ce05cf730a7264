package io.github.jingdu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jingdu.epub.EpubSource;
import io.github.jingdu.epub.EpubWriter;
import io.github.jingdu.lint.Finding;
import io.github.jingdu.lint.LintConfig;
import io.github.jingdu.lint.Linter;
import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.model.MarkdownBlock;
import io.github.jingdu.model.MarkdownKind;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.TranslationUnit;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.terms.TermExtractor;
import io.github.jingdu.testing.SmallStack;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The smallest inputs of issue 15 that overflowed the stack or took time growing with the square
 * of their length, each with what it must give now. Each ran a repeated group of a regular
 * expression (one stack frame per repetition in Java) or looked back from every bracket.
 */
class LongRunsRegressionTest {
    private static final Duration BOUND = Duration.ofMinutes(2);

    @ParameterizedTest(name = "\"{0}\" × 1,600")
    @ValueSource(strings = {"-", "*", "_", "- ", "* ", "_ "})
    void aLongThematicBreakIsOne(String unit) {
        String text = unit.repeat(1_600) + "\n";
        SmallStack.run(BOUND, () -> {
            NoteDocument d = NotesParser.create().parse(text);
            assertEquals(text, MarkdownWriter.lossless().write(d));
            assertEquals(MarkdownKind.THEMATIC_BREAK, ((MarkdownBlock) d.blocks().get(0)).kind());
        });
    }

    @Test
    void aLongSeparatorInATranslationUnitIsNotAParagraph() {
        String text = "### 直译\n\n直译。\n\n" + "*".repeat(1_600) + "\n\n### 意译\n\n意译。\n";
        SmallStack.run(BOUND, () -> {
            NoteDocument d = NotesParser.create().parse(text);
            assertEquals(text, MarkdownWriter.lossless().write(d));
            assertEquals(1, d.only(TranslationUnit.class).get(0).parts().get(0).paragraphs().size());
        });
    }

    @Test
    void aHundredThousandLinksInARowTakeLinearTime() {
        String text = "原文：\n\n" + "](x)".repeat(100_000) + "\n\n中文。\n";
        SmallStack.run(BOUND, () -> TermExtractor.create().extract(NotesParser.create().parse(text)));
    }

    @Test
    void aTableDelimiterRowOfManyCellsGoesIntoTheBook() {
        String text = "原文：\n\nHello.\n\n你好。\n\n学习：\n| a | b |\n" + "|-".repeat(100_000) + "|\n| c | d |\n";
        SmallStack.run(BOUND, () -> {
            try {
                EpubWriter.builder().build().write(
                        List.of(new EpubSource(NotesParser.create().parse(text), "t.md", Path.of("."), Path.of("."))),
                        OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void aLanguageTagOfManySubtagsIsRefusedWithoutOverflowing() {
        String tag = "en" + "-ab".repeat(100_000) + "-";
        SmallStack.run(BOUND, () -> assertThrows(IllegalArgumentException.class, () -> EpubWriter.builder().language(tag)));
    }

    @Test
    void aSuppressionNamingTwoThousandRulesSuppressesThem() {
        String text = "<!-- jingdu-disable " + "r ".repeat(2_000) + "trailing-whitespace -->\n原文： \n";
        SmallStack.run(BOUND, () -> {
            List<Finding> findings = Linter.builder().config(LintConfig.defaults()).build().lint(text, null).findings();
            assertEquals(List.of(), findings.stream().filter(f -> f.rule().name().equals("trailing-whitespace")).toList());
        });
    }
}
