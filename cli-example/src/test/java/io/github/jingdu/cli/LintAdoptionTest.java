package io.github.jingdu.cli;

import static io.github.jingdu.cli.CliRun.run;
import static io.github.jingdu.cli.CliRun.runWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.cli.CliRun.Run;
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

        Run written = run("lint", notes.toString(), "--write-baseline", baseline);
        assertEquals(0, written.status(), written.err());
        assertEquals("jingdu lint: 1 finding written to the baseline " + baseline + "\n", written.err());
        assertTrue(run("lint", notes.toString(), "--format", "json").out().contains("\"rule\" : \"marker-spelling\""));

        Files.writeString(notes.resolve("a.md"), "# Moved down\n\n" + ASCII_COLON);
        Run known = run("lint", notes.toString(), "--baseline", baseline, "--max-warnings", "0");
        assertEquals(0, known.status(), known.out() + known.err());
        assertEquals("", known.out());

        Files.writeString(notes.resolve("b.md"), ASCII_COLON);
        Run fresh = run("lint", notes.toString(), "--baseline", baseline, "--max-warnings", "0");
        assertEquals(1, fresh.status());
        assertTrue(fresh.out().contains(notes.resolve("b.md") + ":1:1: warning marker-spelling "), fresh.out());
        assertFalse(fresh.out().contains("a.md"), fresh.out());
    }

    @Test
    void aBaselineThatIsNotOneIsAUsageError() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), ASCII_COLON);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{}");
        Run r = run("lint", notes.toString(), "--baseline", bad.toString());
        assertEquals(2, r.status());
        assertEquals("jingdu lint: " + bad + ": not a lint baseline: expected an object with \"format\":"
                + " \"jingdu-lint-baseline\"\n", r.err());
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
        Run r = run("lint", dir.toString(), "--exclude", "drafts/**");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains(dir.resolve("a.md") + ":1:1: warning marker-spelling"), r.out());
        assertEquals(1, r.out().lines().count(), r.out());
        Run named = run("lint", dir.resolve("drafts/x.md").toString(), "--exclude", "drafts/**");
        assertEquals(1, named.status(), "a file named on the command line is linted whatever --exclude says");
        Run bad = run("lint", dir.toString(), "--exclude", "{drafts");
        assertEquals(2, bad.status());
        assertEquals("jingdu lint: --exclude {drafts is not a glob pattern: missing '}' in {drafts\n", bad.err());
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

        Run all = run("lint", dir.toString());
        assertEquals(0, all.status(), all.out() + all.err());
        assertEquals(2, all.out().lines().count(), all.out());
        assertFalse(all.out().contains("scratch"), all.out());

        Files.writeString(dir.resolve("b.md"), "# Changed\n\n" + ASCII_COLON);
        Files.writeString(dir.resolve("c.md"), ASCII_COLON);
        Run changed = run("lint", dir.toString(), "--changed-since", "HEAD");
        assertEquals(0, changed.status(), changed.err());
        List<String> lines = changed.out().lines().map(l -> l.substring(0, l.indexOf(" write"))).toList();
        assertEquals(List.of(dir.resolve("b.md") + ":3:1: warning marker-spelling",
                dir.resolve("c.md") + ":1:1: warning marker-spelling"), lines, "a changed file and a new one");

        Run unknown = run("lint", dir.toString(), "--changed-since", "no-such-branch");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("jingdu lint: --changed-since no-such-branch: "), unknown.err());
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
        Run r = runWithInput(in, "lint", "-", "--stdin-filename", "notes/a.md");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("notes/a.md:1:1: warning marker-spelling "), r.out());
        Run unnamed = runWithInput(in, "lint", "-");
        assertTrue(unnamed.out().startsWith("<stdin>:1:1: warning marker-spelling "), unnamed.out());
    }

    @Test
    void fixingStandardInputWritesTheTextToStandardOutputAndTheReportToStandardError() {
        Run r = runWithInput(ASCII_COLON.getBytes(StandardCharsets.UTF_8), "lint", "-", "--fix");
        assertEquals(0, r.status(), r.err());
        assertEquals(bytesOf("原文：\n\nHi.\n\n你好。\n"), r.out());
        assertEquals("", r.err());
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
        Run r = runWithInput(broken, "lint", "-", "--fix");
        assertEquals(1, r.status(), r.err());
        assertEquals(new String(broken, StandardCharsets.ISO_8859_1), r.out(), "not decoded, not fixed");
        assertTrue(r.err().contains("error invalid-encoding"), r.err());
    }

    /** What standard output holds when it is the UTF-8 of a text, as {@link CliRun#runWithInput} gives it. */
    private static String bytesOf(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void standardInputGoesAlone() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), ASCII_COLON);
        Run r = runWithInput(new byte[0], "lint", "-", notes.toString());
        assertEquals(2, r.status());
        assertEquals("jingdu lint: - (standard input) is the only input when it is given\n", r.err());
        Run name = run("lint", notes.toString(), "--stdin-filename", "x.md");
        assertEquals(2, name.status());
    }
}
