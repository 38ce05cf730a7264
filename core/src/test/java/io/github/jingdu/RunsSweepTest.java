package io.github.jingdu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.anki.AnkiWriter;
import io.github.jingdu.anki.CsvDeckWriter;
import io.github.jingdu.anki.Flashcard;
import io.github.jingdu.anki.Flashcards;
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
import io.github.jingdu.terms.Glossary;
import io.github.jingdu.terms.GlossaryOrder;
import io.github.jingdu.terms.Grounder;
import io.github.jingdu.terms.TermExtractor;
import io.github.jingdu.testing.SmallStack;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs of one character or one Markdown marker, from 1 to 100,000 long, alone and inside every
 * block shape, through every step of the pipeline on a thread with a small stack: no step may
 * throw or overflow, and the lossless writer gives the text back. Long runs of one character are
 * what recursive regular expressions and recursive parsers fail on (issue 15).
 *
 * <p>The short runs (up to 1,600, where the first overflows were seen) run in every build; the
 * 100,000-long runs are tagged {@code slow} and run with the rest of the suite in CI, on every core:
 * they are independent, and took almost seven minutes of CI on one. (Not by JUnit's parallel
 * execution, which Surefire reports under the wrong classes.)
 */
class RunsSweepTest {
    private static final Duration BOUND = Duration.ofMinutes(5);
    private static final Linter LINTER =
            Linter.builder().config(LintConfig.defaults().with(Preset.CHINESE_COPYWRITING, Map.of())).build();

    /** Every ASCII punctuation character, and the markers of Markdown and of the notes format. */
    static List<String> units() {
        List<String> units = new ArrayList<>();
        for (char c = '!'; c <= '~'; c++) {
            if (!Character.isLetterOrDigit(c)) {
                units.add(String.valueOf(c));
            }
        }
        units.addAll(List.of("- ", "* ", "+ ", "1. ", "> ", "# ", "**", "__", "~~", "[x](", "](x)", "![", "<!--",
                "-->", "| ", "|-", "```", "    ", "\t", " ", "1,", "原文：", "学习：", "### 意译", "美 [", "（", "《", "。",
                "…", "——", "“", "\n", "\r\n", "\r"));
        return units;
    }

    /** The block shapes a run is put into; {@code %s} is the run. */
    static List<String> shapes() {
        return List.of(
                "%s",
                "原文：\n\n%s\n\n中文。\n",
                "原文：\n\nHello there.\n\n中文%s。\n",
                "原文：\n\nHello there.\n\n你好。\n\n学习：\nhello：美 [həˈloʊ] %s 你好\n",
                "原文：\n\nHello there.\n\n你好。\n\n学习：\n%s：甲\n",
                "# %s\n\n原文：\n\nA %s b.\n",
                "> %s\n",
                "- %s\n",
                "| %s | x |\n|---|---|\n| %s | y |\n",
                "### 英文原文\n\nHello %s there.\n\n### 直译\n\n%s\n\n### 意译\n\n你好%s。\n",
                "原文：\n\nSee [1,%s](x) and <!-- jingdu-disable %s -->.\n\n中文。\n\n后记：\n%s\n",
                "## Vocabulary\n\nword：词\n\nThe word %s is here. 中文%s。\n\n%s：乙\n",
                "| 英文 | 音标 | 中译 | 例句 |\n|---|---|---|---|\n| x%s) | /%s/ | 甲 | A %s b. 乙 |\n",
                "## 1. Word %s\n\n“甲%s”。\n\n- The word %s. 乙。\n",
                "这些说法：\n- **%s** /%s/ = 甲\n- `%s` = 乙\n- a（%s）↔ b（丙）\n立场：%s\n");
    }

    static Stream<String[]> cases(int... lengths) {
        List<String[]> cases = new ArrayList<>();
        for (String unit : units()) {
            for (int length : lengths) {
                cases.add(new String[] {unit, Integer.toString(length)});
            }
        }
        return cases.stream();
    }

    static Stream<String[]> shortRuns() {
        return cases(1, 2, 3, 100, 1_600);
    }

    @ParameterizedTest(name = "{1} × \"{0}\"")
    @MethodSource("shortRuns")
    void shortRunsGoThroughThePipeline(String unit, String length) {
        sweep(unit, Integer.parseInt(length));
    }

    @Tag("slow")
    @Test
    void longRunsGoThroughThePipeline() throws InterruptedException {
        int length = 100_000;
        List<String> units = units();
        ExecutorService cores = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (String unit : units) {
                runs.add(cores.submit(() -> sweep(unit, length)));
            }
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                try {
                    runs.get(i).get();
                } catch (ExecutionException e) {
                    failures.add(length + " × \"" + units.get(i) + "\": " + e.getCause());
                }
            }
            assertEquals(List.of(), failures);
        } finally {
            cores.shutdownNow();
        }
    }

    private static void sweep(String unit, int length) {
        String run = unit.repeat(length);
        SmallStack.run(BOUND, () -> {
            for (String shape : shapes()) {
                String text = shape.replace("%s", run);
                try {
                    pipeline(text);
                } catch (Exception | Error e) {
                    throw new AssertionError("shape " + shape.replace("\n", "⏎") + ": " + e, e);
                }
            }
        });
    }

    private static void pipeline(String text) throws Exception {
        NoteDocument read = NotesParser.create().parse(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, MarkdownWriter.lossless().write(read));
        MarkdownWriter.canonical().write(read);
        NoteDocument aligned = DocumentAligner.create().align(read);
        assertEquals(aligned, JsonReader.create().read(JsonWriter.create().write(aligned)));
        TermExtractor.create().extract(aligned);
        Grounder.create().ground(aligned);
        Glossary.builder(GlossaryOrder.ENGLISH).add("sweep.md", aligned).build();
        List<Flashcard> cards = Flashcards.of("sweep.md", aligned);
        AnkiWriter.create().write(cards, new StringWriter());
        CsvDeckWriter.create().write(cards, new StringWriter());
        EpubWriter.builder().build().write(List.of(new EpubSource(aligned, "sweep.md", Path.of("."), Path.of("."))),
                OutputStream.nullOutputStream());
        LINTER.lint(text, null);
        LINTER.fix(text, null);
    }
}
