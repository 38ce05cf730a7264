package io.github.jingdu.maven;

import io.github.jingdu.lint.GitFiles;
import io.github.jingdu.lint.LintConfig;
import io.github.jingdu.lint.PathGlob;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The notes files of a project: every {@code *.md} and {@code *.txt} under the source folders,
 * in path order, without following links, leaving out the folders of tools ({@code .git},
 * {@code .jingdu}, {@code node_modules}, {@code target}), the files git ignores ({@code .gitignore}
 * and git's other ignore rules, when git is installed and the project is in a repository) and the
 * files whose path below their source folder matches an exclude glob.
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
     * @return the files, folder by folder, in path order
     * @throws IOException if a folder cannot be listed
     * @throws IllegalArgumentException for an exclude that is not a glob
     */
    static List<Source> find(List<File> folders, List<String> excludes) throws IOException {
        List<PathGlob> globs = new ArrayList<>();
        for (String exclude : excludes) {
            globs.add(PathGlob.compile(exclude));
        }
        List<Source> sources = new ArrayList<>();
        for (File folder : folders) {
            Path root = folder.toPath();
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> found = new ArrayList<>();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && LintConfig.TOOL_FOLDERS.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                    boolean notes = name.endsWith(".md") || name.endsWith(".txt");
                    if (attrs.isRegularFile() && notes && globs.stream().noneMatch(g -> g.matches(root.relativize(file)))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            Set<Path> ignored = GitFiles.ignored(root, found);
            found.stream().filter(f -> !ignored.contains(f.toAbsolutePath().normalize())).sorted()
                    .forEach(f -> sources.add(new Source(f, root)));
        }
        return sources;
    }
}
