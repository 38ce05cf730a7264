package io.github.jingdu.cli;

import io.github.jingdu.lint.PathGlob;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The files named on the command line, with directories expanded into their notes files.
 *
 * <p>Inside a directory, nothing outside it is read: a symbolic link is followed only to a
 * regular file inside the directory (compared by real paths), and links to folders are not
 * followed; each link skipped is named in a warning. A folder that cannot be read is reported and
 * the others go on. A file named on the command line is read wherever it is: the user chose it.
 */
final class InputFiles {

    /**
     * One file to convert.
     *
     * @param file the file
     * @param root the directory argument it was found under, or null for a file argument
     */
    record Input(Path file, Path root) {
        /** The path below its directory argument, or the file name for a file argument. */
        Path relative() {
            return root == null ? file.getFileName() : root.relativize(file);
        }
    }

    /**
     * The files found, and how many folders or links could not be read.
     *
     * @param inputs the files, in path order per argument
     * @param unreadable folders that could not be listed (each already reported)
     */
    record Expansion(List<Input> inputs, int unreadable) {
    }

    /**
     * What the search of a folder argument leaves out.
     *
     * @param folderNames folders not looked into, by name, at any depth below the argument
     * @param globs files left out, by their path below the argument
     */
    record Skip(List<String> folderNames, List<PathGlob> globs) {
        /** Leaves nothing out. */
        static final Skip NONE = new Skip(List.of(), List.of());

        /**
         * @param folderNames folders not looked into
         * @param globs glob patterns ({@code drafts/**}) on paths below the argument
         * @throws IllegalArgumentException for a pattern that is not a glob
         */
        static Skip of(List<String> folderNames, List<String> globs) {
            List<PathGlob> matchers = new ArrayList<>();
            for (String glob : globs) {
                try {
                    matchers.add(PathGlob.compile(glob));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--exclude " + glob + " is not a glob pattern: " + e.getMessage(), e);
                }
            }
            return new Skip(List.copyOf(folderNames), List.copyOf(matchers));
        }

        boolean folder(Path dir) {
            return dir.getFileName() != null && folderNames.contains(dir.getFileName().toString());
        }

        boolean file(Path relative) {
            return globs.stream().anyMatch(g -> g.matches(relative));
        }
    }

    private InputFiles() {
    }

    /**
     * Says whether one output file is one of the inputs (the same file, through any path or link),
     * reporting it: a command that writes one file never writes over what it reads.
     *
     * @param output the file to be written, or null when the output is standard output
     * @throws IOException when a path cannot be resolved
     */
    static boolean overwritesInput(List<Input> inputs, Path output, String command, PrintWriter err) throws IOException {
        if (output == null || !Files.exists(output)) {
            return false;
        }
        Path target = output.toRealPath();
        for (Input input : inputs) {
            if (input.file().toRealPath().equals(target)) {
                err.println("jingdu " + command + ": " + Printable.of(output.toString())
                        + " is an input; refusing to write over it. Choose another -o");
                return true;
            }
        }
        return false;
    }

    /**
     * Expands the arguments. Directories are searched recursively for {@code *.md} and
     * {@code *.txt} files (and {@code *.json} when {@code json} is true), in path order.
     *
     * @param exclude a folder not to look into (the output folder, when it lies inside an input
     *     folder), or null
     * @param command the command's name, to start each message with
     * @param err where warnings and unreadable folders are reported
     * @throws IOException if an argument does not exist or is not a file or folder
     */
    static Expansion expand(List<Path> arguments, boolean json, Path exclude, String command, PrintWriter err)
            throws IOException {
        return expand(arguments, json, exclude, command, err, Skip.NONE);
    }

    /**
     * Expands the arguments as {@link #expand(List, boolean, Path, String, PrintWriter)} does,
     * leaving out what {@code skip} names inside folder arguments (never a file named itself).
     *
     * @throws IOException if an argument does not exist or is not a file or folder
     */
    static Expansion expand(List<Path> arguments, boolean json, Path exclude, String command, PrintWriter err,
            Skip skip) throws IOException {
        List<Input> inputs = new ArrayList<>();
        int[] unreadable = {0};
        Path excluded = exclude == null || !Files.isDirectory(exclude) ? null : exclude.toRealPath();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                Path root = argument.toRealPath();
                List<Path> found = new ArrayList<>();
                Files.walkFileTree(argument, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                        if (dir.equals(argument)) {
                            return FileVisitResult.CONTINUE;
                        }
                        return skip.folder(dir) || excluded != null && dir.toRealPath().equals(excluded)
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (!wanted(file, json) || skip.file(argument.relativize(file))) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (attrs.isRegularFile()) {
                            found.add(file);
                        } else if (attrs.isSymbolicLink()) {
                            link(file, root, argument, found, command, err);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        err.println("jingdu " + command + ": " + IoMessages.describe(file, e)
                                + "; its notes were not read");
                        unreadable[0]++;
                        return FileVisitResult.CONTINUE;
                    }
                });
                found.stream().sorted().forEach(p -> inputs.add(new Input(p, argument)));
            } else if (Files.isRegularFile(argument)) {
                inputs.add(new Input(argument, null));
            } else if (Files.exists(argument)) {
                throw new NoSuchFileException(argument.toString(), null,
                        "not a regular file or folder (a device, a pipe or a socket), so it is not read");
            } else {
                throw new NoSuchFileException(argument.toString(), null, "no such file or directory");
            }
        }
        return new Expansion(inputs, unreadable[0]);
    }

    /** A symbolic link met inside a folder: read only when it leads to a regular file inside it. */
    private static void link(Path file, Path root, Path argument, List<Path> found, String command, PrintWriter err) {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root)) {
                err.println("jingdu " + command + ": warning: " + Printable.of(file.toString())
                        + " is a symbolic link that leads outside " + Printable.of(argument.toString())
                        + ", so it is not read");
            } else if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                found.add(file);
            } else {
                err.println("jingdu " + command + ": warning: " + Printable.of(file.toString())
                        + " is a symbolic link to a folder or a special file, so it is not read");
            }
        } catch (IOException e) {
            err.println("jingdu " + command + ": warning: " + Printable.of(file.toString())
                    + " is a symbolic link that leads nowhere (" + IoMessages.reason(e) + "), so it is not read");
        }
    }

    private static boolean wanted(Path file, boolean json) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".txt") || json && name.endsWith(".json");
    }
}
