package io.github.jingdu.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.testing.FencedBlocks;
import io.github.jingdu.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule has its page in docs/rules/, and each page's examples do what it says: the first
 * {@code notes} example is reported by the rule, the second is not, and a fixable rule's fix
 * mends the first.
 */
class RuleDocsTest {
    @TempDir
    Path dir;

    @TestFactory
    List<DynamicTest> everyRulePageIsExecuted() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleInfo rule : Linter.rules()) {
            tests.add(DynamicTest.dynamicTest(rule.name(), () -> check(rule)));
        }
        return tests;
    }

    private void check(RuleInfo rule) throws IOException {
        Path page = SharedData.projectRoot().resolve("docs/rules/" + rule.name() + ".md");
        assertTrue(Files.exists(page), "docs/rules/" + rule.name() + ".md is missing");
        String text = Files.readString(page);
        assertTrue(text.contains("`" + rule.id() + "`"), "the page names the id " + rule.id());
        assertEquals(rule.fixable(), text.contains("fixable with `--fix`"), "the page says whether it is fixable");
        assertTrue(Files.readString(SharedData.projectRoot().resolve("docs/rules/README.md")).contains(rule.name() + ".md"));
        List<String> examples = examples(text);
        assertEquals(2, examples.size(), "a reported and a clean example");
        Linter linter = Linter.builder().config(LintConfig.defaults().with(null, Map.of(rule.name(), Level.WARNING))).build();
        Path file = dir.resolve("notes.md");
        assertFalse(only(rule, linter.lint(bytes(examples.get(0)), file)).isEmpty(), "the first example is reported");
        assertEquals(List.of(), only(rule, linter.lint(bytes(examples.get(1)), file)), "the second example is not");
        if (rule.fixable()) {
            assertEquals(List.of(), only(rule, linter.lint(linter.fix(examples.get(0), file).text(), file)),
                    "the fix mends the first example");
        }
    }

    /** The example as a file holds it: UTF-8, with each {@code \\xHH} written as that one byte. */
    private static byte[] bytes(String example) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < example.length(); i++) {
            if (example.startsWith("\\x", i) && i + 4 <= example.length()) {
                out.write(Integer.parseInt(example.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                int end = Character.isHighSurrogate(example.charAt(i)) ? i + 2 : i + 1;
                out.writeBytes(example.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return out.toByteArray();
    }

    private static List<Finding> only(RuleInfo rule, LintResult result) {
        return result.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static List<String> examples(String page) {
        return FencedBlocks.of(page, Set.of("notes")).stream().map(FencedBlocks.Block::body).toList();
    }
}
