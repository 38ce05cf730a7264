package io.github.jingdu.maven;

import io.github.jingdu.lint.LintConfig;
import io.github.jingdu.lint.NoteFinder;
import io.github.jingdu.lint.NoteSearch;
import io.github.jingdu.lint.PathGlob;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The notes files of a project, found by core's {@link NoteFinder} as the command finds them in a
 * folder: every {@code *.md} and {@code *.txt} under the source folders, in path order, without
 * following links to folders (a link is read only when it leads to a file inside its source
 * folder), leaving out the folders of tools ({@link LintConfig#TOOL_FOLDERS}), the files git
 * ignores and the files whose path below their source folder matches an exclude glob.
 */
final class NotesSources {
    /**
     * A notes file and the source folder it was found under.
     *
     * @param file the file
     * @param root its source folder
     */
    record Source(Path file, Path root) {
        /** The path below the source folder, with {@code /} between names. */
        String relative() {
            return root.relativize(file).toString().replace(File.separatorChar, '/');
        }

        /** The folder the note's image paths are relative to. */
        Path directory() {
            return file.toAbsolutePath().getParent();
        }

        /** The folder the note's images must stay inside: its source folder. */
        Path imageRoot() {
            return root.toAbsolutePath();
        }
    }

    private NotesSources() {
    }

    /**
     * Finds the notes files.
     *
     * @param folders the source folders; one that does not exist holds nothing
     * @param excludes glob patterns on paths below a source folder
     * @param warn where each link left out and each folder that cannot be read is told
     * @return the files, folder by folder, in path order
     * @throws IOException if a source folder cannot be resolved
     * @throws IllegalArgumentException for an exclude that is not a glob
     */
    static List<Source> find(List<File> folders, List<String> excludes, Consumer<String> warn) throws IOException {
        List<PathGlob> globs = new ArrayList<>();
        for (String exclude : excludes) {
            globs.add(PathGlob.compile(exclude));
        }
        NoteFinder finder = NoteFinder.builder().skipFolderNames(LintConfig.TOOL_FOLDERS).excludes(globs)
                .skipGitIgnored(true).build();
        List<Source> sources = new ArrayList<>();
        for (File folder : folders) {
            Path root = folder.toPath();
            if (!Files.isDirectory(root)) {
                continue;
            }
            NoteSearch search = finder.find(root);
            for (NoteSearch.Unread unread : search.unread()) {
                warn.accept(unread.path() + " " + unread.message());
            }
            search.notes().forEach(f -> sources.add(new Source(f, root)));
        }
        return sources;
    }
}
