package io.github.jingdu.cli;

import static io.github.jingdu.cli.CliRun.run;
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
        assertTrue(bad.out().contains(broken + ":3:1: error template-placeholder "), bad.out());
        assertTrue(bad.out().contains(broken + ":1:1: error literal-without-free "), bad.out());
        Run missing = run("lint", dir.resolve("nope.md").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("nope.md: no such file or directory"), missing.err());
    }

    @Test
    void aFileNamedTwiceIsLintedAndCountedOnce() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), "原文:\n\nHi.\n\n你好。\n");
        Run once = run("lint", notes.toString());
        Run twice = run("lint", dir.toString(), notes.toString(), dir.resolve(".").resolve("a.md").toString());
        assertEquals(once.out(), twice.out());
        assertEquals(once.err(), twice.err());
        assertTrue(twice.err().contains("1 warning in 1 file"), twice.err());
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
        assertTrue(json.out().contains("\"rule\" : \"marker-spelling\"") && json.out().contains("\"fixable\" : true"), json.out());
    }

    @Test
    void fixDryRunPrintsADiffAndWritesNothingFixWritesAndKeepsLineEnds() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), "原文:\r\n\r\nHi.\r\n\r\n你好。\r\n");
        Run dry = run("lint", notes.toString(), "--fix", "--dry-run");
        assertTrue(dry.out().contains("-原文:\n+原文：\n"), dry.out());
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
        assertTrue(r.out().contains("a.md:1:3: error invalid-encoding"), r.out());
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
        assertTrue(r.out().contains("space-between-cjk-latin"), r.out());
        assertEquals(0, run("lint", notes.toString(), "--rule", "space-between-cjk-latin=off").status());
        Files.writeString(dir.resolve(".jingdu.json"), "{ \"preset\": \"loud\" }");
        Run badConfig = run("lint", notes.toString());
        assertEquals(2, badConfig.status());
        assertTrue(badConfig.err().contains(".jingdu.json") && badConfig.err().contains("loud"), badConfig.err());
    }
}
