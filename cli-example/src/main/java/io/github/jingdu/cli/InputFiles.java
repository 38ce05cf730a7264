package io.github.jingdu.cli;

import io.github.jingdu.lint.LintConfig;
import io.github.jingdu.lint.NoteFinder;
import io.github.jingdu.lint.NoteSearch;
import io.github.jingdu.lint.PathGlob;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files named on the command line, with directories expanded into their notes files by core's
 * {@link NoteFinder} (nothing outside a directory is read; each link skipped is named in a
 * warning; a folder that cannot be read is reported and the others go on). A file named on the
 * command line is read wherever it is: the user chose it.
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
     * @param gitIgnored whether the files git ignores are left out
     */
    record Skip(List<String> folderNames, List<PathGlob> globs, boolean gitIgnored) {
        /** Leaves nothing out. */
        static final Skip NONE = new Skip(List.of(), List.of(), false);

        /**
         * Leaves out what lint does not check: the folders of tools ({@link LintConfig#TOOL_FOLDERS}),
         * files by glob, files git ignores.
         *
         * @param globs glob patterns ({@code drafts/**}) on paths below the argument
         * @throws IllegalArgumentException for a pattern that is not a glob
         */
        static Skip ofLint(List<String> globs) {
            List<PathGlob> matchers = new ArrayList<>();
            for (String glob : globs) {
                try {
                    matchers.add(PathGlob.compile(glob));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--exclude " + glob + " is not a glob pattern: " + e.getMessage(), e);
                }
            }
            return new Skip(LintConfig.TOOL_FOLDERS, List.copyOf(matchers), true);
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
        int unreadable = 0;
        NoteFinder finder = NoteFinder.builder()
                .extensions(json ? List.of("md", "txt", "json") : List.of("md", "txt"))
                .skipFolderNames(skip.folderNames())
                .excludes(skip.globs())
                .skipFolder(exclude)
                .skipGitIgnored(skip.gitIgnored())
                .build();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                NoteSearch search = finder.find(argument);
                for (NoteSearch.Unread unread : search.unread()) {
                    if (unread.reason() == NoteSearch.Reason.UNREADABLE) {
                        // Named as the user named the folder, not as the failure names it (its real path).
                        err.println("jingdu " + command + ": " + Printable.of(unread.path().toString()) + ": "
                                + IoMessages.reason(unread.error()) + "; its notes were not read");
                        unreadable++;
                    } else {
                        err.println("jingdu " + command + ": warning: " + Printable.of(unread.path().toString())
                                + " " + linkMessage(unread.reason(), unread.error(), argument));
                    }
                }
                search.notes().forEach(p -> inputs.add(new Input(p, argument)));
            } else if (Files.isRegularFile(argument)) {
                inputs.add(new Input(argument, null));
            } else if (Files.exists(argument)) {
                throw new NoSuchFileException(argument.toString(), null,
                        "not a regular file or folder (a device, a pipe or a socket), so it is not read");
            } else {
                throw new NoSuchFileException(argument.toString(), null, "no such file or directory");
            }
        }
        return new Expansion(inputs, unreadable);
    }

    /** What a link left out is, in the command's words: the folder named as the user named it. */
    private static String linkMessage(NoteSearch.Reason reason, IOException error, Path argument) {
        return switch (reason) {
            case LINK_OUTSIDE -> "is a symbolic link that leads outside " + Printable.of(argument.toString())
                    + ", so it is not read";
            case BROKEN_LINK -> "is a symbolic link that leads nowhere ("
                    + (error == null ? "no such file" : IoMessages.reason(error)) + "), so it is not read";
            case LINK_NOT_TO_FILE, UNREADABLE -> reason.message();
        };
    }
}
