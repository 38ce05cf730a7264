package io.github.jingdu.cli;

import static io.github.jingdu.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        String[] ok = run("lint", clean.toString());
        assertEquals("0", ok[0], ok[2]);
        assertEquals("", ok[1]);
        String[] bad = run("lint", broken.toString());
        assertEquals("1", bad[0]);
        assertTrue(bad[1].contains(broken + ":3:1: error template-placeholder "), bad[1]);
        assertTrue(bad[1].contains(broken + ":1:1: error literal-without-free "), bad[1]);
        String[] missing = run("lint", dir.resolve("nope.md").toString());
        assertEquals("2", missing[0]);
        assertTrue(missing[2].contains("nope.md: no such file or directory"), missing[2]);
    }

    @Test
    void aFileNamedTwiceIsLintedAndCountedOnce() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), "原文:\n\nHi.\n\n你好。\n");
        String[] once = run("lint", notes.toString());
        String[] twice = run("lint", dir.toString(), notes.toString(), dir.resolve(".").resolve("a.md").toString());
        assertEquals(once[1], twice[1]);
        assertEquals(once[2], twice[2]);
        assertTrue(twice[2].contains("1 warning in 1 file"), twice[2]);
        assertEquals("1", run("lint", dir.toString(), notes.toString(), "--max-warnings", "0")[0]);
        assertEquals("0", run("lint", dir.toString(), notes.toString(), "--max-warnings", "1")[0]);
    }

    @Test
    void warningsFailOnlyOverTheCap() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), "原文:\n\nHi.\n\n你好。\n");
        assertEquals("0", run("lint", notes.toString())[0]);
        assertEquals("0", run("lint", notes.toString(), "--max-warnings", "1")[0]);
        assertEquals("1", run("lint", notes.toString(), "--max-warnings", "0")[0]);
    }

    @Test
    void githubAndJsonFormats() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), "原文:\n\nHi.\n\n你好。\n");
        String[] gh = run("lint", notes.toString(), "--format", "github");
        assertTrue(gh[1].startsWith("::warning file=" + notes + ",line=1,col=1,title=marker-spelling::"), gh[1]);
        String[] json = run("lint", notes.toString(), "--format", "json");
        assertTrue(json[1].contains("\"rule\" : \"marker-spelling\"") && json[1].contains("\"fixable\" : true"), json[1]);
    }

    @Test
    void fixDryRunPrintsADiffAndWritesNothingFixWritesAndKeepsLineEnds() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), "原文:\r\n\r\nHi.\r\n\r\n你好。\r\n");
        String[] dry = run("lint", notes.toString(), "--fix", "--dry-run");
        assertTrue(dry[1].contains("-原文:\n+原文：\n"), dry[1]);
        assertEquals("原文:\r\n\r\nHi.\r\n\r\n你好。\r\n", Files.readString(notes), "--dry-run writes nothing");
        String[] fixed = run("lint", notes.toString(), "--fix");
        assertEquals("0", fixed[0], fixed[2]);
        assertEquals("原文：\r\n\r\nHi.\r\n\r\n你好。\r\n", Files.readString(notes));
        assertEquals("2", run("lint", notes.toString(), "--dry-run")[0]);
    }

    @Test
    void aFileThatIsNotUtf8IsNeverRewritten() throws IOException {
        byte[] latin1 = {'H', 'i', (byte) 0xE9, '\n'};
        Path notes = Files.write(dir.resolve("a.md"), latin1);
        String[] r = run("lint", notes.toString(), "--fix", "--rule", "invisible-characters=error");
        assertEquals("1", r[0], r[2]);
        assertTrue(r[1].contains("a.md:1:3: error invalid-encoding"), r[1]);
        assertEquals(java.util.Arrays.toString(latin1), java.util.Arrays.toString(Files.readAllBytes(notes)));
    }

    @Test
    void configurationIsFoundAboveTheInputAndBadOnesExitTwo() throws IOException {
        Files.createDirectories(dir.resolve("notes"));
        Path notes = Files.writeString(dir.resolve("notes/a.md"), "在ChatGPT上。\n");
        assertEquals("0", run("lint", notes.toString())[0]);
        Files.writeString(dir.resolve(".jingdu.json"), "{ \"rules\": { \"space-between-cjk-latin\": \"error\" } }");
        String[] r = run("lint", notes.toString());
        assertEquals("1", r[0]);
        assertTrue(r[1].contains("space-between-cjk-latin"), r[1]);
        assertEquals("0", run("lint", notes.toString(), "--rule", "space-between-cjk-latin=off")[0]);
        Files.writeString(dir.resolve(".jingdu.json"), "{ \"preset\": \"loud\" }");
        String[] badConfig = run("lint", notes.toString());
        assertEquals("2", badConfig[0]);
        assertTrue(badConfig[2].contains(".jingdu.json") && badConfig[2].contains("loud"), badConfig[2]);
    }
}
