package io.github.jingdu.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input for the linter: huge runs of markup characters, lines of megabytes, findings by
 * the million. Linting and fixing finish, every finding lies inside the text, no rule keeps more
 * than its share of findings, and fixing is done in one linear pass per round.
 */
class LintRobustnessTest {
    private static final Linter LINTER =
            Linter.builder().config(LintConfig.defaults().with(Preset.CHINESE_COPYWRITING, Map.of())).build();

    private static String input(String name) {
        return switch (name) {
            case "nested-quotes" -> "学习：\n" + ">".repeat(100_000) + " deep\n";
            case "stars" -> "原文：\n\n" + "*".repeat(1_000_000) + "\n";
            case "brackets" -> "原文：\n\n" + "[".repeat(1_000_000) + "\n";
            case "backticks" -> "原文：\n\n" + "`".repeat(1_000_000) + "\n";
            case "tags" -> "<a".repeat(500_000) + "\n";
            case "comments" -> "<!--".repeat(250_000) + "\n";
            case "links" -> "](".repeat(500_000) + "\n";
            case "markers" -> "原文：\n".repeat(100_000);
            case "line-endings" -> "原文：\r\n\rHi.\n\r\n你好\r学习：\n".repeat(20_000);
            case "spacing" -> "中a".repeat(1_500_000) + "\n";
            case "quotes" -> "中文" + "\"中".repeat(200_000) + "\n";
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nested-quotes", "stars", "brackets", "backticks", "tags", "comments", "links", "markers",
        "line-endings", "spacing", "quotes"})
    void hostileInputIsLintedAndFixed(String name) {
        String text = input(name);
        LintResult result = LINTER.lint(text, null);
        for (Finding f : result.findings()) {
            assertTrue(f.span().offset() >= 0 && f.span().end() <= text.length(), f.toString());
        }
        Map<String, Long> perRule = result.findings().stream()
                .collect(java.util.stream.Collectors.groupingBy(f -> f.rule().name(), java.util.stream.Collectors.counting()));
        perRule.values().forEach(n -> assertTrue(n <= Linter.MAX_FINDINGS_PER_RULE + 1, perRule.toString()));
        FixResult fixed = LINTER.fix(text, null);
        assertEquals(text.split("\r\n|\r|\n", -1).length, fixed.text().split("\r\n|\r|\n", -1).length, "line breaks kept");
    }
}
