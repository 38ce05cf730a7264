package io.github.jingdu.cli;

import static io.github.jingdu.cli.CliRun.run;
import static io.github.jingdu.cli.CliRun.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.cli.CliRun.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jingdu lint: exit statuses, formats, configuration and fixing. */
class LintCommandTest {
    private static final String CLEAN = "原文：\r\n\r\nType in a question.\r\n\r\n输入一个问题。\r\n";

    @TempDir
    Path dir;

    @Test
    void exitZeroWhenCleanOneOnErrorsTwoOnMissingFiles() throws IOException {
        Path clean = Files.writeString(dir.resolve("clean.md"), CLEAN);
        Path broken = Files.writeString(dir.resolve("broken.md"), "### 直译\n\n{\n");
        Run ok = run("lint", clean.toString());
        assertEquals(0, ok.status(), ok.err());
        assertEquals("", ok.out());
        Run bad = run("lint", broken.toString());
        assertEquals(1, bad.status());
        assertEquals("DIR/broken.md:1:1: error literal-without-free this ### 直译 has no ### 意译 after it; add the free "
                + "translation, or remove the heading if the unit is unfinished\n"
                + "DIR/broken.md:3:1: error template-placeholder `{` is a template placeholder that was never filled "
                + "in; replace it with the text it stands for, or delete it\n",
                shown(bad.out(), dir));
        Run missing = run("lint", dir.resolve("nope.md").toString());
        assertEquals(2, missing.status());
        assertEquals("jingdu lint: DIR/nope.md: no such file or directory\n",
                shown(missing.err(), dir));
    }

    @Test
    void aFileNamedTwiceIsLintedAndCountedOnce() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), "原文:\n\nHi.\n\n你好。\n");
        Run once = run("lint", notes.toString());
        Run twice = run("lint", dir.toString(), notes.toString(), dir.resolve(".").resolve("a.md").toString());
        assertEquals(once.out(), twice.out());
        assertEquals(once.err(), twice.err());
        assertEquals("0 errors, 1 warning in 1 file\n",
                shown(twice.err(), dir));
        assertEquals(1, run("lint", dir.toString(), notes.toString(), "--max-warnings", "0").status());
        assertEquals(0, run("lint", dir.toString(), notes.toString(), "--max-warnings", "1").status());
    }

    @Test
    void warningsFailOnlyOverTheCap() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), "原文:\n\nHi.\n\n你好。\n");
        assertEquals(0, run("lint", notes.toString()).status());
        assertEquals(0, run("lint", notes.toString(), "--max-warnings", "1").status());
        assertEquals(1, run("lint", notes.toString(), "--max-warnings", "0").status());
    }

    @Test
    void githubAndJsonFormats() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), "原文:\n\nHi.\n\n你好。\n");
        Run gh = run("lint", notes.toString(), "--format", "github");
        assertTrue(gh.out().startsWith("::warning file=" + notes + ",line=1,col=1,title=marker-spelling::"), gh.out());
        Run json = run("lint", notes.toString(), "--format", "json");
        assertEquals("[ {\n"
                + "  \"file\" : \"DIR/a.md\",\n"
                + "  \"line\" : 1,\n"
                + "  \"column\" : 1,\n"
                + "  \"rule\" : \"marker-spelling\",\n"
                + "  \"ruleId\" : \"JD009\",\n"
                + "  \"severity\" : \"warning\",\n"
                + "  \"message\" : \"write the marker as `原文：` (full-width colon), not `原文:`\",\n"
                + "  \"fixable\" : true\n"
                + "} ]\n",
                shown(json.out(), dir));
    }

    @Test
    void fixDryRunPrintsADiffAndWritesNothingFixWritesAndKeepsLineEnds() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), "原文:\r\n\r\nHi.\r\n\r\n你好。\r\n");
        Run dry = run("lint", notes.toString(), "--fix", "--dry-run");
        assertEquals("--- DIR/a.md\n"
                + "+++ DIR/a.md (fixed)\n"
                + "@@ -1,3 +1,3 @@\n"
                + "-原文:\n"
                + "+原文：\n"
                + " \n"
                + " Hi.\n"
                + "DIR/a.md:1:1: warning marker-spelling write the marker as `原文：` (full-width colon), not `原文:`\n",
                shown(dry.out(), dir));
        assertEquals("原文:\r\n\r\nHi.\r\n\r\n你好。\r\n", Files.readString(notes), "--dry-run writes nothing");
        Run fixed = run("lint", notes.toString(), "--fix");
        assertEquals(0, fixed.status(), fixed.err());
        assertEquals("原文：\r\n\r\nHi.\r\n\r\n你好。\r\n", Files.readString(notes));
        assertEquals(2, run("lint", notes.toString(), "--dry-run").status());
    }

    @Test
    void aFileThatIsNotUtf8IsNeverRewritten() throws IOException {
        byte[] latin1 = {'H', 'i', (byte) 0xE9, '\n'};
        Path notes = Files.write(dir.resolve("a.md"), latin1);
        Run r = run("lint", notes.toString(), "--fix", "--rule", "invisible-characters=error");
        assertEquals(1, r.status(), r.err());
        assertEquals("DIR/a.md:1:3: error invalid-encoding byte 2 is not valid UTF-8 and was read as U+FFFD; save "
                + "the file as UTF-8\n",
                shown(r.out(), dir));
        assertEquals(java.util.Arrays.toString(latin1), java.util.Arrays.toString(Files.readAllBytes(notes)));
    }

    @Test
    void configurationIsFoundAboveTheInputAndBadOnesExitTwo() throws IOException {
        Files.createDirectories(dir.resolve("notes"));
        Path notes = Files.writeString(dir.resolve("notes/a.md"), "在ChatGPT上。\n");
        assertEquals(0, run("lint", notes.toString()).status());
        Files.writeString(dir.resolve(".jingdu.json"), "{ \"rules\": { \"space-between-cjk-latin\": \"error\" } }");
        Run r = run("lint", notes.toString());
        assertEquals(1, r.status());
        assertEquals("DIR/notes/a.md:1:1: error space-between-cjk-latin put a space between Chinese and Latin text "
                + "or digits\n"
                + "DIR/notes/a.md:1:8: error space-between-cjk-latin put a space between Chinese and Latin text or "
                + "digits\n",
                shown(r.out(), dir));
        assertEquals(0, run("lint", notes.toString(), "--rule", "space-between-cjk-latin=off").status());
        Files.writeString(dir.resolve(".jingdu.json"), "{ \"preset\": \"loud\" }");
        Run badConfig = run("lint", notes.toString());
        assertEquals(2, badConfig.status());
        assertEquals("jingdu lint: DIR/.jingdu.json: unknown preset \"loud\"; expected recommended or "
                + "chinese-copywriting\n",
                shown(badConfig.err(), dir));
    }
}
