package io.github.jingdu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.align.Lexicon;
import io.github.jingdu.epub.EpubSource;
import io.github.jingdu.epub.EpubWriter;
import io.github.jingdu.json.JsonReader;
import io.github.jingdu.json.JsonWriter;
import io.github.jingdu.lint.LintConfig;
import io.github.jingdu.lint.Linter;
import io.github.jingdu.lint.Preset;
import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.terms.Grounder;
import io.github.jingdu.terms.TermExtractor;
import io.github.jingdu.testing.Invariants;
import io.github.jingdu.testing.SmallStack;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile inputs of the robustness specification ({@code docs/robustness.md}) through the
 * whole pipeline — reader, aligner, terms, JSON both ways, EPUB, linter and fixer — on a thread
 * with a small stack, with a generous bound on the time that only a hang or a quadratic cost can
 * reach.
 */
class PipelineRobustnessTest {
    private static final Duration BOUND = Duration.ofMinutes(2);
    /**
     * Above the default input limit (512 Ki), which keeps memory bounded, so that these inputs of up
     * to 10 MB are read and their cost in time and stack is what is tested.
     */
    private static final NotesParser PARSER = NotesParser.builder().maxInputLength(16 * 1024 * 1024).build();
    /** With a small dictionary: where Chinese names begin is read against the English definitions too. */
    private static final TermExtractor TERMS = TermExtractor.builder().lexicon(Lexicon.builder().add("大型", "large")
            .add("语言", "language").add("模型", "model").add("使用", "to use").build()).build();
    private static final Linter LINTER = Linter.builder().parser(PARSER)
            .config(LintConfig.defaults().with(Preset.CHINESE_COPYWRITING, Map.of())).build();

    static String input(String name) {
        return switch (name) {
            case "nested-quotes" -> "原文：\n\n" + ">".repeat(100_000) + " deep\n\n中文。\n\n学习：\n"
                    + ">".repeat(100_000) + " x：甲\n";
            case "stars" -> "原文：\n\n" + "*".repeat(1_000_000) + "\n\n中文。\n";
            case "brackets" -> "原文：\n\n" + "[".repeat(1_000_000) + "\n\n中文。\n";
            case "backticks" -> "原文：\n\n" + "`".repeat(1_000_000) + "\n\n中文。\n";
            case "ten-megabyte-line" -> "原文：\n\n" + "word ".repeat(2_000_000) + "\n\n中文。\n";
            case "markers" -> "原文：\n".repeat(100_000);
            case "spaces-in-a-heading" -> "# a" + " ".repeat(1_000_000) + "b\n";
            case "nested-emphasis" -> "原文：\n\n" + "*a _b ".repeat(5_000) + "x" + " c_ d*".repeat(5_000) + "\n";
            case "line-endings" -> mixedLineEndings();
            case "definitions" -> definitions();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** One short form defined 100,000 times in both languages, each English sentence different. */
    private static String definitions() {
        StringBuilder english = new StringBuilder("原文：\n\n");
        StringBuilder chinese = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            english.append("Model ").append(i).append(" uses large language models (LLMs). ");
            chinese.append("模型").append(i).append("使用大型语言模型(LLM)。");
        }
        return english.append("\n\n").append(chinese).append('\n').toString();
    }

    private static String mixedLineEndings() {
        String[] endings = {"\n", "\r", "\r\n"};
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            sb.append(i % 7 == 0 ? "原文：" : i % 7 == 3 ? "你好。" : "Hello world.").append(endings[random.nextInt(3)]);
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nested-quotes", "stars", "brackets", "backticks", "ten-megabyte-line", "markers",
        "spaces-in-a-heading", "nested-emphasis", "line-endings", "definitions"})
    void hostileInputGoesThroughThePipeline(String name) {
        String text = input(name);
        SmallStack.run(BOUND, () -> {
            NoteDocument d = PARSER.parse(text);
            Invariants.assertLossless(text, d);
            NoteDocument aligned = DocumentAligner.create().align(d);
            TERMS.extract(aligned);
            Grounder.create().ground(aligned);
            assertEquals(aligned, read(JsonWriter.create().write(aligned)));
            MarkdownWriter.canonical().write(aligned);
            epub(aligned);
            LINTER.lint(text, null);
            assertTrue(LINTER.fix(text, null).text().length() >= text.length() / 2);
        });
    }

    @Test
    void aTenMegabyteLineIsOverTheInputLimitThenTheLineLimitAndReadAboveBoth() {
        String text = input("ten-megabyte-line");
        SmallStack.run(BOUND, () -> {
            assertEquals(List.of("input-too-long"), NotesParser.create().parse(text).diagnostics().stream()
                    .map(x -> x.code()).toList());
            NoteDocument limited = PARSER.parse(text);
            assertEquals(List.of("line-too-long"), limited.diagnostics().stream().map(x -> x.code()).toList());
            NoteDocument read = NotesParser.builder().maxInputLength(16 * 1024 * 1024).maxLineLength(20_000_000).build()
                    .parse(text);
            assertTrue(read.diagnostics().isEmpty(), read.diagnostics().toString());
            assertEquals("word ".repeat(2_000_000).strip(), read.passages().get(0).source().get(0).markdown());
        });
    }

    private static NoteDocument read(String json) {
        try {
            return JsonReader.create().read(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void epub(NoteDocument d) {
        try {
            EpubWriter.builder().build().write(List.of(new EpubSource(d, "hostile.md", Path.of("."), Path.of("."))),
                    OutputStream.nullOutputStream());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
