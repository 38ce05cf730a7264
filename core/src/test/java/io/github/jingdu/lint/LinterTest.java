package io.github.jingdu.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingdu.model.Severity;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linter on the seeds, suppressions, configuration, fixing and reports. */
class LinterTest {
    @TempDir
    Path dir;

    private static List<String> described(LintResult r) {
        return r.findings().stream().map(f -> f.span().line() + " " + f.rule().name() + " " + f.severity()).toList();
    }

    @Test
    void anEditMustEndWithinAnyText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TextEdit(1, Integer.MAX_VALUE, ""));
        assertEquals("an edit of 2147483647 units at 1 ends beyond any text", e.getMessage());
        assertEquals(Integer.MAX_VALUE, new TextEdit(0, Integer.MAX_VALUE, "").end());
    }

    @Test
    void fixingNeverEmptiesALineBetweenACarriageReturnAndALineFeed() {
        Linter linter = Linter.builder().config(LintConfig.defaults().with(Preset.CHINESE_COPYWRITING, Map.of())).build();
        // Emptied, the line would leave \r\n: one line break where there were two.
        for (String text : List.of("a\r\u3000\nb", "a\r\u200B\uFEFF\nb", "a\r\u3000\uFEFF\nb")) {
            String fixed = linter.fix(text, null).text();
            assertEquals(3, fixed.lines().count(), () -> fixed.replace("\r", "<CR>"));
            assertEquals(fixed, linter.fix(fixed, null).text(), "stable");
        }
    }

    @Test
    void whatTheReaderCouldNotReadFailsTheCheck() {
        String notes = "原文：\n\nThe answer was quoted.\n\n答案被引用了。\n\n> > > the answer\n\n原文：\n\nMore.\n\n更多。\n";
        Map<String, NotesParser> limited = Map.of(
                "input-too-long", NotesParser.builder().maxInputLength(20).build(),
                "too-many-blocks", NotesParser.builder().maxBlocks(2).build(),
                "line-too-long", NotesParser.builder().maxLineLength(10).build(),
                "nesting-too-deep", NotesParser.builder().maxNestingDepth(2).build());
        assertEquals(List.of(), Linter.create().lint(notes, null).findings().stream()
                .filter(f -> f.rule().id().equals("JD019")).toList(), "within the default limits");
        limited.forEach((code, parser) -> {
            List<Finding> found = Linter.builder().parser(parser).build().lint(notes, null).findings().stream()
                    .filter(f -> f.rule().id().equals("JD019")).toList();
            assertTrue(!found.isEmpty(), code + " is reported");
            assertEquals(Severity.ERROR, found.get(0).severity(), code);
            // The library names its own option (the builder method), never a flag of the command line.
            assertTrue(found.get(0).message().contains("NotesParser.Builder.max"), code + " names the option: " + found.get(0).message());
            assertFalse(found.get(0).message().contains("--"), code + " names no command-line flag: " + found.get(0).message());
            // Which limit it was, for a caller that sets the limits, without reading the message.
            assertEquals(code, found.get(0).diagnosticCode());
        });
        assertTrue(Linter.create().lint(notes, null).findings().stream().allMatch(f -> f.diagnosticCode() == null),
                "the findings of rules of their own carry no diagnostic code");
    }

    @Test
    void seed003ReportsItsDamageOnTheRightLines() throws IOException {
        Path seed = SharedData.projectRoot().resolve("seeds/003_ab445b9359c57aa7.txt");
        LintResult r = Linter.create().lint(Files.readString(seed), seed);
        assertEquals(List.of("9 unrendered-emphasis WARNING", "11 unrendered-emphasis WARNING",
                "21 unrendered-emphasis WARNING", "23 unrendered-emphasis WARNING", "24 literal-without-free ERROR",
                "25 template-placeholder ERROR", "116 truncated-text ERROR"), described(r));
        assertTrue(Files.readString(seed).split("\n")[115].endsWith("权重计"), "line 116 is the one cut off");
    }

    @Test
    void commentsSilenceFindings() {
        String text = "<!-- jingdu-disable-next-line template-placeholder -->\n{\n\n{{name}}\n\n"
                + "<!-- jingdu-disable -->\n{\n<!-- jingdu-enable -->\n}\n";
        assertEquals(List.of("4 template-placeholder ERROR", "9 template-placeholder ERROR"),
                described(Linter.create().lint(text, null)));
    }

    @Test
    void theConfigurationFileSetsLevelsPresetAndIgnores() throws IOException, LintConfigException {
        Files.writeString(dir.resolve(".jingdu.json"), "{ \"preset\": \"chinese-copywriting\","
                + " \"rules\": { \"template-placeholder\": \"off\", \"fullwidth-digits\": \"error\" },"
                + " \"ignore\": [ \"**/drafts/**\" ] }");
        Files.createDirectories(dir.resolve("notes/drafts"));
        LintConfig config = LintConfig.find(dir.resolve("notes"));
        LintResult r = Linter.builder().config(config).build().lint("{\n\n２０２４年,在ChatGPT上\n", null);
        assertEquals(List.of("3 fullwidth-digits ERROR", "3 fullwidth-punctuation WARNING",
                "3 space-between-cjk-latin WARNING", "3 space-between-cjk-latin WARNING"), described(r));
        assertTrue(config.ignores(dir.resolve("notes/drafts/a.md")));
        assertTrue(!config.ignores(dir.resolve("notes/a.md")));
    }

    @Test
    void aBadConfigurationNamesTheFileAndTheProblem() throws IOException {
        Path file = Files.writeString(dir.resolve(".jingdu.json"), "{ \"rules\": { \"no-such-rule\": \"error\" } }");
        LintConfigException e = assertThrows(LintConfigException.class, () -> LintConfig.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("no-such-rule"), e.getMessage());
        Files.writeString(file, "{ \"rules\": { \"truncated-text\": \"loud\" } }");
        assertTrue(assertThrows(LintConfigException.class, () -> LintConfig.read(file)).getMessage().contains("loud"));
        Files.writeString(file, "{ \"rules\": ");
        assertTrue(assertThrows(LintConfigException.class, () -> LintConfig.read(file)).getMessage().contains("JSON"));
    }

    @Test
    void fixingKeepsLineEndingsChangesOnlyWhatIsSafeAndIsStable() {
        Linter linter = Linter.builder().config(LintConfig.defaults().with(Preset.CHINESE_COPYWRITING, Map.of())).build();
        String text = "原文:\r\n\r\nHe said (hi).\r\n\r\n他说\"你好\"(问候)...在ChatGPT上  \r\n\r\n学习：\r\n\r\nhi：你好\r\n";
        FixResult once = linter.fix(text, null);
        assertEquals("原文：\r\n\r\nHe said (hi).\r\n\r\n他说“你好”（问候）……在 ChatGPT 上\r\n\r\n学习：\r\n\r\nhi：你好\r\n",
                once.text());
        assertEquals(once.text(), linter.fix(once.text(), null).text(), "fixing again changes nothing");
        assertTrue(once.applied() >= 6, "applied " + once.applied());
    }

    @Test
    void hardBreaksAndTimesAreNotTouched() {
        Linter linter = Linter.builder().config(LintConfig.defaults().with(Preset.CHINESE_COPYWRITING, Map.of())).build();
        String text = "第一行  \n第二行\n\n2024年8月12日17:51于上海。`a,b`中文 https://example.com/中文,x\n";
        assertEquals(text, linter.fix(text, null).text());
    }

    @Test
    void reportsInEveryFormat() throws IOException {
        LintResult r = Linter.create().lint("{\n", null);
        List<FileFindings> files = List.of(new FileFindings("a,b:c.md", r.findings()));
        assertEquals("a,b:c.md:1:1: error template-placeholder " + r.findings().get(0).message() + "\n",
                LintReport.write(ReportFormat.TEXT, files));
        assertTrue(LintReport.write(ReportFormat.GITHUB, files)
                .startsWith("::error file=a%2Cb%3Ac.md,line=1,col=1,title=template-placeholder::"));
        JsonNode json = new ObjectMapper().readTree(LintReport.write(ReportFormat.JSON, files));
        assertEquals("template-placeholder", json.get(0).get("rule").asText());
        assertEquals(1, json.get(0).get("column").asInt());
        assertTrue(json.get(0).has("fixable") && json.get(0).has("severity") && json.get(0).has("message"));
        JsonNode sarif = new ObjectMapper().readTree(LintReport.write(ReportFormat.SARIF, files));
        assertEquals("2.1.0", sarif.get("version").asText());
        JsonNode run = sarif.get("runs").get(0);
        assertEquals("utf16CodeUnits", run.get("columnKind").asText());
        assertEquals(Linter.rules().size(), run.get("tool").get("driver").get("rules").size());
        assertTrue(run.get("tool").get("driver").get("rules").get(0).get("help").has("text"));
        JsonNode result = run.get("results").get(0);
        assertEquals("JD006", result.get("ruleId").asText());
        assertTrue(result.get("partialFingerprints").size() > 0);
        assertEquals(1, result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
        assertEquals(Severity.ERROR, r.findings().get(0).severity());
    }
}
