package io.github.jingdu.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        assertFalse(only(rule, linter.lint(examples.get(0), file)).isEmpty(), "the first example is reported");
        assertEquals(List.of(), only(rule, linter.lint(examples.get(1), file)), "the second example is not");
        if (rule.fixable()) {
            assertEquals(List.of(), only(rule, linter.lint(linter.fix(examples.get(0), file).text(), file)),
                    "the fix mends the first example");
        }
    }

    private static List<Finding> only(RuleInfo rule, LintResult result) {
        return result.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static List<String> examples(String page) {
        List<String> out = new ArrayList<>();
        String[] lines = page.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals("````notes")) {
                StringBuilder sb = new StringBuilder();
                for (i++; i < lines.length && !lines[i].equals("````"); i++) {
                    sb.append(lines[i]).append('\n');
                }
                out.add(sb.toString());
            }
        }
        return out;
    }
}
