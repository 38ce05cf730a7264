package io.github.jingdu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.guide.ApiGuide;
import io.github.jingdu.testing.FencedBlocks;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the snippets of docs/api.md ({@link ApiGuide}, which checks what each gives), a test per
 * section of the page, and checks that the page shows exactly that code, imports included.
 */
class ApiGuideTest {
    private static final Path ROOT = SharedData.projectRoot();
    private static final Path GUIDE = ROOT.resolve("core/src/guide/java/io/github/jingdu/guide/ApiGuide.java");

    @TestFactory
    List<DynamicTest> eachSectionRunsAndGivesWhatThePageSays() {
        Path seed = ROOT.resolve("seeds/000_2a148c15c4b98b6e.txt");
        return ApiGuide.sections().entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> e.getValue().run(seed)))
                .toList();
    }

    @Test
    void thePageShowsTheCodeThatRuns() throws IOException {
        String page = Files.readString(ROOT.resolve("docs/api.md"));
        String source = squash(Files.readString(GUIDE));
        List<String> snippets = FencedBlocks.of(page, Set.of("java")).stream().map(FencedBlocks.Block::body).toList();
        for (String snippet : snippets) {
            for (String line : snippet.split("\n")) {
                if (line.startsWith("import ")) {
                    assertTrue(source.contains(line), () -> "docs/api.md imports what ApiGuide does not: " + line);
                }
            }
            String code = squash(snippet.replaceAll("(?m)^import .*\n", ""));
            assertTrue(code.isEmpty() || source.contains(code),
                    () -> "docs/api.md shows code that ApiGuide does not run:\n" + code);
        }
        assertEquals(13, snippets.size(), "snippets on the page");
    }

    @Test
    void thePageShowsEveryImportTheGuideNeeds() throws IOException {
        String page = Files.readString(ROOT.resolve("docs/api.md"));
        for (String line : Files.readAllLines(GUIDE)) {
            if (line.startsWith("import io.github.jingdu.")) {
                assertTrue(page.contains(line), () -> "docs/api.md does not show " + line);
            }
        }
    }

    private static String squash(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }
}
