package io.github.jingdu.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jingdu.testing.LongRuns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Coverage-guided fuzzing of the linter and its fixer with Jazzer, with every rule on: findings
 * lie inside the text, fixing never removes a line (it may add one, to put a glued {@code 学习：}
 * on its own line) and, when it reports no fixable finding left, is stable (fixing the fixed
 * text changes nothing). Kept inputs are in {@code LintFixFuzzTestInputs/fixesAnyText}.
 */
class LintFixFuzzTest {
    private static final Linter LINTER = Linter.builder()
            .config(LintConfig.defaults().with(Preset.CHINESE_COPYWRITING, Map.of())).build();
    private static final Path FILE = Path.of("fuzz.md");

    @FuzzTest(maxDuration = "11m")
    void fixesAnyText(byte[] fuzzed) {
        // Runs up to 16 KiB: ten times the 1,600 that overflowed; longer ones are RunsSweepTest's.
        byte[] input = LongRuns.expand(fuzzed, 16 * 1024);
        String text = new String(input, StandardCharsets.UTF_8);
        for (Finding f : LINTER.lint(text, FILE).findings()) {
            assertTrue(f.span().offset() >= 0 && f.span().end() <= text.length(), () -> "outside the text: " + f);
        }
        FixResult fixed = LINTER.fix(text, FILE);
        assertTrue(fixed.text().lines().count() >= text.lines().count(), "fixing must keep every line");
        if (fixed.remaining().stream().allMatch(f -> f.fix().isEmpty())) {
            assertEquals(fixed.text(), LINTER.fix(fixed.text(), FILE).text(), "fixing must be stable");
        }
    }
}
