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

    private static final Linter COPYWRITING =
            Linter.builder().config(LintConfig.defaults().with(Preset.CHINESE_COPYWRITING, java.util.Map.of())).build();

    @Test
    void quotesArePairedInOrderAndOnlyPairsAroundChineseChange() {
        String text = "原文：\n\nIt may jam up.\n\n\"jam up\" 的意思是 \"阻碍\" 或 \"卡住\"。\n";
        assertEquals("原文：\n\nIt may jam up.\n\n\"jam up\" 的意思是 “阻碍” 或 “卡住”。\n", COPYWRITING.fix(text, null).text());
        String odd = "原文：\n\nIt may jam up.\n\n他说\"阻碍\" 或 \"卡住。\n";
        assertEquals(List.of(), names(COPYWRITING.lint(odd, null)).stream()
                .filter(n -> n.equals("ascii-quotes-around-chinese")).toList());
    }

    @Test
    void aTranslationEndingInUnrenderedEmphasisIsNotTruncated() {
        String text = "原文：\n\nHe said: \"Yes.\"\n\n他说：“是的。”**\n";
        assertEquals(List.of(), names(LINTER.lint(text, null)).stream().filter(n -> n.equals("truncated-text")).toList());
    }

    @Test
    void aStudyMarkerAfterARuleIsTheFirstNotARepeat() {
        String once = "原文：\n\nHello.\n\n你好。\n\n---\n\n学习：\n\nhello：你好\n";
        assertEquals(List.of(), names(LINTER.lint(once, null)).stream()
                .filter(n -> n.equals("duplicate-study-marker")).toList());
        String twice = once + "\n学习：\n\nworld：世界\n";
        assertEquals(List.of("duplicate-study-marker"), names(LINTER.lint(twice, null)).stream()
                .filter(n -> n.equals("duplicate-study-marker")).toList());
    }

    @Test
    void typographyFixesLeaveSlotsAndCenturiesAloneAndNoSpaceAfterFullWidthPunctuation() {
        String text = "原文：\n\nUse it.\n\n使用方法: 直接用。对…有益，在20世纪70年代。\n";
        assertEquals("原文：\n\nUse it.\n\n使用方法：直接用。对…有益，在20世纪70年代。\n", COPYWRITING.fix(text, null).text());
    }

    @Test
    void anEntryWhoseMeaningIsTheNextParagraphHasAMeaning() {
        Linter linter = Linter.builder().config(LintConfig.defaults().with(null,
                java.util.Map.of("vocabulary-without-meaning", Level.ERROR))).build();
        String below = "原文：\n\nThe gist of it.\n\n要点。\n\n学习：\n\ngist\n\n要点；大意\n";
        assertEquals(List.of(), names(linter.lint(below, null)).stream()
                .filter(n -> n.equals("vocabulary-without-meaning")).toList());
        String none = "原文：\n\nThe gist of it.\n\n要点。\n\n学习：\n\ngist\n\nword：词\n";
        assertEquals(List.of("vocabulary-without-meaning"), names(linter.lint(none, null)).stream()
                .filter(n -> n.equals("vocabulary-without-meaning")).toList());
    }

    private static List<String> names(LintResult result) {
        return result.findings().stream().map(f -> f.rule().name()).toList();
    }
}
