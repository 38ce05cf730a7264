package io.github.jingdu.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Defects of issue 15 in the linter, each with the smallest input that showed it. */
class LintTrustTest {
    private static final Linter LINTER = Linter.builder().config(LintConfig.defaults()).build();

    @Test
    void aByteOrderMarkBeforeTheFirstMarkerIsNotAMisspelling() {
        String text = "\uFEFF原文：\n\nHello.\n\n你好。\n";
        assertEquals(List.of(), names(LINTER.lint(text, null)));
        assertEquals(text, LINTER.fix(text, null).text());
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorAtTheirLine() {
        byte[] bytes = "原文：\n\nCaf\u00e9.\n\n你好。\n".getBytes(StandardCharsets.UTF_8);
        // The first byte of é without its second: a character that never ends.
        byte[] broken = new byte[bytes.length - 1];
        int at = "原文：\n\nCaf".getBytes(StandardCharsets.UTF_8).length;
        System.arraycopy(bytes, 0, broken, 0, at + 1);
        System.arraycopy(bytes, at + 2, broken, at + 1, bytes.length - at - 2);
        List<Finding> findings = LINTER.lint(broken, null).findings();
        assertEquals(List.of("invalid-encoding"), findings.stream().map(f -> f.rule().name()).toList());
        assertEquals(3, findings.get(0).span().line());
        assertEquals(4, findings.get(0).span().column(), "the byte after Caf");
    }

    @Test
    void validUtf8LintsAlikeAsBytesAndAsText() {
        String text = "原文:\n\nHello.\n\n你好\n";
        assertEquals(LINTER.lint(text, null), LINTER.lint(text.getBytes(StandardCharsets.UTF_8), null));
    }

    private static List<String> names(LintResult result) {
        return result.findings().stream().map(f -> f.rule().name()).toList();
    }
}
