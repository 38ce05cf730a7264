package io.github.jingdu.cli;

import static io.github.jingdu.cli.CliRun.run;
import static io.github.jingdu.cli.CliRun.runWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jingdu lint for a repository adopting it and for editors: baselines, excluded folders, standard input. */
class LintAdoptionTest {
    /** A passage whose marker is written with an ASCII colon: one warning, marker-spelling, fixable. */
    private static final String ASCII_COLON = "原文:\n\nHi.\n\n你好。\n";

    @TempDir
    Path dir;

    @Test
    void aBaselineLeavesOutTheFindingsItHoldsWhereverTheyMove() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), ASCII_COLON);
        String baseline = dir.resolve("baseline.json").toString();

        String[] written = run("lint", notes.toString(), "--write-baseline", baseline);
        assertEquals("0", written[0], written[2]);
        assertEquals("jingdu lint: 1 finding written to the baseline " + baseline + "\n", written[2]);
        assertTrue(run("lint", notes.toString(), "--format", "json")[1].contains("\"rule\" : \"marker-spelling\""));

        Files.writeString(notes.resolve("a.md"), "# Moved down\n\n" + ASCII_COLON);
        String[] known = run("lint", notes.toString(), "--baseline", baseline, "--max-warnings", "0");
        assertEquals("0", known[0], known[1] + known[2]);
        assertEquals("", known[1]);

        Files.writeString(notes.resolve("b.md"), ASCII_COLON);
        String[] fresh = run("lint", notes.toString(), "--baseline", baseline, "--max-warnings", "0");
        assertEquals("1", fresh[0]);
        assertTrue(fresh[1].contains(notes.resolve("b.md") + ":1:1: warning marker-spelling "), fresh[1]);
        assertFalse(fresh[1].contains("a.md"), fresh[1]);
    }

    @Test
    void aBaselineThatIsNotOneIsAUsageError() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), ASCII_COLON);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{}");
        String[] r = run("lint", notes.toString(), "--baseline", bad.toString());
        assertEquals("2", r[0]);
        assertEquals("jingdu lint: " + bad + ": not a lint baseline: expected an object with \"format\":"
                + " \"jingdu-lint-baseline\"\n", r[2]);
    }

    @Test
    void foldersOfToolsAndExcludedPathsAreNotLinted() throws IOException {
        Files.writeString(dir.resolve("a.md"), ASCII_COLON);
        for (String skipped : new String[] {".git/x.md", ".jingdu/docs/x.md", "node_modules/pkg/x.md", "target/x.md",
                "drafts/x.md"}) {
            Path file = dir.resolve(skipped);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "### 直译\n\n{\n");
        }
        String[] r = run("lint", dir.toString(), "--exclude", "drafts/**");
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains(dir.resolve("a.md") + ":1:1: warning marker-spelling"), r[1]);
        assertEquals(1, r[1].lines().count(), r[1]);
        String[] named = run("lint", dir.resolve("drafts/x.md").toString(), "--exclude", "drafts/**");
        assertEquals("1", named[0], "a file named on the command line is linted whatever --exclude says");
        String[] bad = run("lint", dir.toString(), "--exclude", "{drafts");
        assertEquals("2", bad[0]);
        assertEquals("jingdu lint: --exclude {drafts is not a glob pattern: missing '}' in {drafts\n", bad[2]);
    }

    @Test
    void filesThatGitIgnoresAreNotLintedAndChangedSinceKeepsWhatChanged() throws Exception {
        Assumptions.assumeTrue(git(dir, "init", "-q") == 0, "git is installed");
        git(dir, "config", "user.email", "test@example.invalid");
        git(dir, "config", "user.name", "Test");
        Files.writeString(dir.resolve(".gitignore"), "scratch/\n");
        Files.writeString(dir.resolve("a.md"), ASCII_COLON);
        Files.writeString(dir.resolve("b.md"), ASCII_COLON);
        Files.createDirectories(dir.resolve("scratch"));
        Files.writeString(dir.resolve("scratch/x.md"), "### 直译\n\n{\n");
        assertEquals(0, git(dir, "add", "."));
        assertEquals(0, git(dir, "commit", "-q", "-m", "notes"));

        String[] all = run("lint", dir.toString());
        assertEquals("0", all[0], all[1] + all[2]);
        assertEquals(2, all[1].lines().count(), all[1]);
        assertFalse(all[1].contains("scratch"), all[1]);

        Files.writeString(dir.resolve("b.md"), "# Changed\n\n" + ASCII_COLON);
        Files.writeString(dir.resolve("c.md"), ASCII_COLON);
        String[] changed = run("lint", dir.toString(), "--changed-since", "HEAD");
        assertEquals("0", changed[0], changed[2]);
        List<String> lines = changed[1].lines().map(l -> l.substring(0, l.indexOf(" write"))).toList();
        assertEquals(List.of(dir.resolve("b.md") + ":3:1: warning marker-spelling",
                dir.resolve("c.md") + ":1:1: warning marker-spelling"), lines, "a changed file and a new one");

        String[] unknown = run("lint", dir.toString(), "--changed-since", "no-such-branch");
        assertEquals("2", unknown[0]);
        assertTrue(unknown[2].startsWith("jingdu lint: --changed-since no-such-branch: "), unknown[2]);
    }

    private static int git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            return -1;
        }
    }

    @Test
    void standardInputIsLintedUnderTheNameGiven() {
        byte[] in = ASCII_COLON.getBytes(StandardCharsets.UTF_8);
        String[] r = runWithInput(in, "lint", "-", "--stdin-filename", "notes/a.md");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("notes/a.md:1:1: warning marker-spelling "), r[1]);
        String[] unnamed = runWithInput(in, "lint", "-");
        assertTrue(unnamed[1].startsWith("<stdin>:1:1: warning marker-spelling "), unnamed[1]);
    }

    @Test
    void fixingStandardInputWritesTheTextToStandardOutputAndTheReportToStandardError() {
        String[] r = runWithInput(ASCII_COLON.getBytes(StandardCharsets.UTF_8), "lint", "-", "--fix");
        assertEquals("0", r[0], r[2]);
        assertEquals(bytesOf("原文：\n\nHi.\n\n你好。\n"), r[1]);
        assertEquals("", r[2]);
    }

    @Test
    void standardInputThatIsNotUtf8ComesBackByteForByte() {
        byte[] latin1 = "原文:\n\nCaf\u00e9.\n\n你好。\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[latin1.length - 1];
        int j = 0;
        for (int i = 0; i < latin1.length; i++) {
            if ((latin1[i] & 0xFF) == 0xC3) {
                broken[j++] = (byte) 0xE9;
                i++;
            } else {
                broken[j++] = latin1[i];
            }
        }
        String[] r = runWithInput(broken, "lint", "-", "--fix");
        assertEquals("1", r[0], r[2]);
        assertEquals(new String(broken, StandardCharsets.ISO_8859_1), r[1], "not decoded, not fixed");
        assertTrue(r[2].contains("error invalid-encoding"), r[2]);
    }

    /** What standard output holds when it is the UTF-8 of a text, as {@link CliRun#runWithInput} gives it. */
    private static String bytesOf(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void standardInputGoesAlone() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), ASCII_COLON);
        String[] r = runWithInput(new byte[0], "lint", "-", notes.toString());
        assertEquals("2", r[0]);
        assertEquals("jingdu lint: - (standard input) is the only input when it is given\n", r[2]);
        String[] name = run("lint", notes.toString(), "--stdin-filename", "x.md");
        assertEquals("2", name[0]);
    }
}
