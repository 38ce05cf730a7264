package io.github.jingdu.lint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What git says about notes files: which ones {@code .gitignore} ignores, which ones changed since
 * a commit, for tools that lint a repository's notes as git sees them (the CLI, the Maven plugin).
 * It asks the {@code git} command, which knows every ignore file and setting; where there is no
 * git or no repository, nothing is ignored.
 *
 * @since 0.1.0
 */
public final class GitFiles {
    /** How long one question to git may take. */
    private static final long TIMEOUT_SECONDS = 60;

    private GitFiles() {
    }

    /**
     * Returns the files that git ignores, among these. A folder that git ignores itself (notes
     * generated under {@code target/}) was chosen by whoever names it: then none of its files is
     * left out.
     *
     * @param folder a folder inside the work tree (git runs there)
     * @param files files below it
     * @return the ignored ones, as absolute normalised paths; none when the folder is not in a git
     *     work tree, is ignored itself, or git is missing
     */
    public static Set<Path> ignored(Path folder, List<Path> files) {
        if (files.isEmpty()) {
            return Set.of();
        }
        Path self = folder.toAbsolutePath().normalize();
        StringBuilder names = new StringBuilder().append(self).append('\0');
        for (Path f : files) {
            names.append(f.toAbsolutePath()).append('\0');
        }
        Result r = run(folder, names.toString(), "check-ignore", "--stdin", "-z");
        // What git names is ignored, whatever its status: it also ends with 128 when one path lies
        // in a submodule, after naming the others. Without git or a repository it names nothing.
        Set<Path> ignored = new HashSet<>();
        if (r != null) {
            for (String name : r.out().split("\0")) {
                if (!name.isEmpty()) {
                    ignored.add(Path.of(name).toAbsolutePath().normalize());
                }
            }
        }
        return ignored.contains(self) ? Set.of() : ignored;
    }

    /**
     * Returns the files changed since a commit (added, modified, renamed; not deleted), with the
     * changes not yet committed and the new files git does not ignore.
     *
     * @param folder a folder inside the work tree
     * @param commit a commit, branch or tag
     * @return the changed files, as real paths (links resolved, as git gives the work tree)
     * @throws IllegalArgumentException when git is missing, the folder is not in a repository or
     *     the commit is unknown (or starts with {@code -}, which git would take for an option): the
     *     message names the folder or the commit, and gives the first line of git's own message
     */
    public static Set<Path> changedSince(Path folder, String commit) {
        if (commit.startsWith("-")) {
            throw new IllegalArgumentException(commit + ": a commit, branch or tag cannot start with '-'");
        }
        Result top = run(folder, "", "rev-parse", "--show-toplevel");
        if (top == null || top.status() != 0) {
            throw new IllegalArgumentException(folder + " is not in a git repository"
                    + (top == null ? " (no git command found)" : ": " + firstLine(top.err())));
        }
        Path root = Path.of(top.out().strip());
        Result diff = run(folder, "", "diff", "--name-only", "--no-relative", "--diff-filter=d", "-z", commit, "--");
        if (diff == null || diff.status() != 0) {
            throw new IllegalArgumentException(commit + ": "
                    + (diff == null ? "no git command found" : firstLine(diff.err())));
        }
        Result added = run(root, "", "ls-files", "--others", "--exclude-standard", "-z");
        Set<Path> changed = new HashSet<>();
        for (String name : (diff.out() + "\0" + (added == null ? "" : added.out())).split("\0")) {
            if (!name.isEmpty()) {
                changed.add(root.resolve(name).toAbsolutePath().normalize());
            }
        }
        return changed;
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("git failed");
    }

    /** What git printed, and its exit status. */
    private record Result(int status, String out, String err) {
    }

    /** Runs git, or returns null when it cannot be started. */
    private static Result run(Path folder, String input, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-C");
        command.add(folder.toAbsolutePath().toString());
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            // Input, output and errors flow at once: git answers while it reads, and a full pipe
            // on one side would otherwise wait for the other for ever.
            Thread errors = new Thread(() -> copy(p.getErrorStream(), err));
            errors.start();
            Thread feed = new Thread(() -> {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(input.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // git stopped reading: its status says why.
                }
            });
            feed.start();
            Thread output = new Thread(() -> copy(p.getInputStream(), out));
            output.start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            feed.join();
            output.join();
            errors.join();
            return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void copy(InputStream from, ByteArrayOutputStream to) {
        try (from) {
            from.transferTo(to);
        } catch (IOException e) {
            // The process went away: what it wrote so far is what there is.
        }
    }
}
