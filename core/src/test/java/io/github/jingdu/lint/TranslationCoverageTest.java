package io.github.jingdu.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JD022 on a translation pasted twice: the page's examples show a partial one. */
class TranslationCoverageTest {
    private static final String NOTES = """
            原文：

            The library opens at nine. Its reading room holds two hundred seats.

            图书馆每天早上九点开门。阅览室有两百个座位。

            图书馆每天早上九点开门。阅览室有两百个座位。

            学习：

            reading room：阅览室
            """;

    @Test
    void aTranslationPastedTwiceIsReportedAtTheCopy() {
        List<Finding> found = Linter.builder().build().lint(NOTES.getBytes(StandardCharsets.UTF_8), Path.of("notes.md"))
                .findings().stream().filter(f -> f.rule().name().equals("translation-coverage")).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(7, found.get(0).span().line(), "the copy's paragraph");
        assertEquals("this translation says a sentence twice (\"图书馆每天早上九点开门。\"): the translation was probably"
                + " pasted twice; delete the copy", found.get(0).message());
    }

    @Test
    void aTranslationSaidOnceIsNotReported() {
        String once = NOTES.replaceFirst("\n图书馆每天早上九点开门。阅览室有两百个座位。\n", "");
        List<Finding> found = Linter.builder().build().lint(once.getBytes(StandardCharsets.UTF_8), Path.of("notes.md"))
                .findings().stream().filter(f -> f.rule().name().equals("translation-coverage")).toList();
        assertEquals(List.of(), found);
    }
}
