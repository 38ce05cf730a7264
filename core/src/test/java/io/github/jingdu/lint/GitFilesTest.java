package io.github.jingdu.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What git says about notes files, asked of the git command in a repository of the test's own. */
class GitFilesTest {
    @TempDir
    Path dir;

    @Test
    void ignoredFilesAreTheOnesGitIgnores() throws Exception {
        Assumptions.assumeTrue(git(dir, "init", "-q") == 0, "git is installed");
        Files.writeString(dir.resolve(".gitignore"), "drafts/\n*.tmp.md\n");
        Path kept = write("notes/a.md");
        Path draft = write("drafts/b.md");
        Path temporary = write("notes/c.tmp.md");
        assertEquals(Set.of(draft.toAbsolutePath().normalize(), temporary.toAbsolutePath().normalize()),
                GitFiles.ignored(dir, List.of(kept, draft, temporary)));
    }

    @Test
    void aFolderThatGitIgnoresIsReadWhole() throws Exception {
        Assumptions.assumeTrue(git(dir, "init", "-q") == 0, "git is installed");
        Files.writeString(dir.resolve(".gitignore"), "target/\n");
        Path generated = write("target/notes/a.md");
        assertEquals(Set.of(generated.toAbsolutePath().normalize()), GitFiles.ignored(dir, List.of(generated)));
        assertEquals(Set.of(), GitFiles.ignored(dir.resolve("target/notes"), List.of(generated)));
    }

    @Test
    void outsideARepositoryNothingIsIgnored() throws Exception {
        Path note = write("a.md");
        // A temporary folder outside any work tree (a run inside one still answers for that tree).
        Assumptions.assumeTrue(git(dir, "rev-parse", "--show-toplevel") != 0, "the temporary folder is outside git");
        assertEquals(Set.of(), GitFiles.ignored(dir, List.of(note)));
    }

    @Test
    void changedFilesAreTheCommittedChangesTheUncommittedOnesAndNewFiles() throws Exception {
        Assumptions.assumeTrue(git(dir, "init", "-q") == 0, "git is installed");
        git(dir, "config", "user.email", "test@example.invalid");
        git(dir, "config", "user.name", "Test");
        git(dir, "config", "commit.gpgsign", "false");
        write("a.md");
        Path b = write("b.md");
        assertEquals(0, git(dir, "add", "."));
        assertEquals(0, git(dir, "commit", "-q", "-m", "notes"));
        Files.writeString(b, "changed\n");
        write("c.md");
        Path root = dir.toRealPath();
        assertEquals(Set.of(root.resolve("b.md"), root.resolve("c.md")), GitFiles.changedSince(dir, "HEAD"));

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> GitFiles.changedSince(dir, "no-such-branch"));
        assertEquals("no-such-branch: ", unknown.getMessage().substring(0, "no-such-branch: ".length()));
        IllegalArgumentException option = assertThrows(IllegalArgumentException.class,
                () -> GitFiles.changedSince(dir, "--output=x"));
        assertEquals("--output=x: a commit, branch or tag cannot start with '-'", option.getMessage());
    }

    private Path write(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# Note\n");
        return file;
    }

    private static int git(Path repo, String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
