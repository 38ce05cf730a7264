package io.github.jingdu.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inline Markdown becomes the text a reader sees; text that is not syntax stays as it is. */
class InlineTextTest {
    private static final InlineText INLINE = new InlineText(NotesParser.DEFAULT_MAX_INLINE_LENGTH,
            NotesParser.DEFAULT_MAX_NESTING_DEPTH);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a **bold** word | a bold word",
        "DALL\\-E | DALL-E",
        "[link](https://example.com) here | link here",
        "see [20] | see [20]",
        "AT&amp;T | AT&T",
        "AT&T and R&D | AT&T and R&D",
        "a < b > c | a < b > c",
        "<b>x</b> | x",
        "Wow! ~tilde~ | Wow! ~tilde~",
        "`code` | code"})
    void readsInlineMarkdown(String markdown, String plain) {
        assertEquals(plain, INLINE.plain(markdown));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a\0b", "a\0b!", "a\0**b**"})
    void replacesNulInEveryLineAlike(String markdown) {
        assertEquals(markdown.replace("**", "").replace('\0', '\uFFFD'), INLINE.plain(markdown));
    }

    @Test
    void manyEscapesInAnUnclosedLinkLabelAreKeptAsTheyAreInsteadOfTakingExponentialTime() {
        String hostile = "[" + "\\!".repeat(40);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertEquals(hostile, INLINE.plain(hostile)));
        String few = "[" + "\\!".repeat(InlineText.MAX_BACKSLASHES_IN_LINKS);
        assertEquals(few.replace("\\", ""), INLINE.plain(few));
    }

    @Test
    void linesWhoseOnlySyntaxIsAsterisksReadAsFlexmarkReadsThem() {
        List<String> pieces = List.of("*", "**", "*", "**", "***", " ", "a", "中", "。", "“", "”", "\"", "(", ")",
                ".", "$", "©", "\u3000", "\u00a0", "—", "'", "1.", "#", "-", "\ud83d\ude00");
        int[] shortcut = {0};
        qt().withExamples(20_000)
                .forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(1, 16))
                .checkAssert(list -> {
                    StringBuilder text = new StringBuilder();
                    list.forEach(i -> text.append(pieces.get(i)));
                    String line = text.toString().strip();
                    if (INLINE.interprets(line) && InlineText.hasSyntax(line)) {
                        if (!line.isEmpty() && InlineText.isParagraphLine(line, 0, line.length())) {
                            shortcut[0]++;
                        }
                        assertEquals(INLINE.withFlexmark(line), INLINE.plain(line), line);
                    }
                });
        assertTrue(shortcut[0] > 2_000, shortcut[0] + " lines were paragraph lines");
    }

    @Test
    void everyLineOfTheCorpusReadsAsFlexmarkReadsIt() throws IOException {
        Path corpus = SharedData.require("corpus", "the inline text test over the corpus");
        int compared = 0;
        List<String> differ = new ArrayList<>();
        for (Path file : SharedData.notesFiles(corpus)) {
            for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
                String stripped = line.strip();
                if (INLINE.interprets(stripped) && InlineText.hasSyntax(stripped)) {
                    compared++;
                    if (!INLINE.plain(stripped).equals(INLINE.withFlexmark(stripped))) {
                        differ.add(corpus.relativize(file) + ": " + stripped);
                    }
                }
            }
        }
        assertTrue(compared > 10_000, compared + " lines compared");
        assertEquals(List.of(), differ.stream().limit(5).toList(), differ.size() + " lines differ");
    }
}
