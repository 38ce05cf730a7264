package io.github.jingdu.lint;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the notes files in a folder, as every Jingdu tool does (the command, the Maven plugin,
 * the Beam pipeline), so that a folder means the same notes everywhere:
 * <ul>
 * <li>files whose names end in one of the extensions ({@code .md} and {@code .txt} unless told
 *     otherwise, in any case), in path order;</li>
 * <li>nothing outside the folder is read: links to folders are not followed, and a symbolic link
 *     is taken only when it leads to a regular file inside the folder (compared by real paths);
 *     every link left out is named in {@link NoteSearch#unread()}, with the folders that could not
 *     be listed, and the search goes on;</li>
 * <li>optionally, folders left out by name ({@link LintConfig#TOOL_FOLDERS}), one folder left out
 *     by its real path (an output folder inside the input), files left out by a glob on their path
 *     below the folder, and files git ignores ({@link GitFiles#ignored}).</li>
 * </ul>
 *
 * <pre>{@code
 * NoteFinder finder = NoteFinder.builder().skipFolderNames(LintConfig.TOOL_FOLDERS).skipGitIgnored(true).build();
 * NoteSearch search = finder.find(Path.of("notes"));
 * for (Path note : search.notes()) { ... }
 * for (NoteSearch.Unread unread : search.unread()) { warn(unread.path() + " " + unread.message()); }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class NoteFinder {
    private final List<String> extensions;
    private final Set<String> folderNames;
    private final List<PathGlob> excludes;
    private final @Nullable Path skippedFolder;
    private final boolean skipGitIgnored;

    private NoteFinder(Builder b) {
        this.extensions = List.copyOf(b.extensions);
        this.folderNames = Set.copyOf(b.folderNames);
        this.excludes = List.copyOf(b.excludes);
        this.skippedFolder = b.skippedFolder;
        this.skipGitIgnored = b.skipGitIgnored;
    }

    /**
     * Returns a builder.
     *
     * @return a builder of a finder of {@code .md} and {@code .txt} files that leaves nothing out
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns whether a file's name has one of the extensions this finder looks for.
     *
     * @param name a file name
     * @return true for a notes file's name
     */
    public boolean isNotesName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (lower.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Searches a folder and every folder below it.
     *
     * @param folder the folder
     * @return the notes, in path order (each path is {@code folder} resolved against the names
     *     below it), and what was not read
     * @throws IOException when the folder itself does not exist or is not a folder
     *     ({@link NotDirectoryException})
     */
    public NoteSearch find(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        // The folder named may itself be a link (the user chose it): its real path is walked, and
        // each path found is given below the folder as named.
        Path root = folder.toRealPath();
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(folder.toString());
        }
        Path skipped = skippedFolder == null || !Files.isDirectory(skippedFolder) ? null : skippedFolder.toRealPath();
        List<Path> found = new ArrayList<>();
        List<NoteSearch.Unread> unread = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                // The walk starts at a real path and follows no link: each folder's path is real.
                boolean named = dir.getFileName() != null && folderNames.contains(dir.getFileName().toString());
                return !dir.equals(root) && (named || dir.equals(skipped))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!isNotesName(file.getFileName().toString()) || excluded(root.relativize(file))) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile()) {
                    found.add(file);
                } else if (attrs.isSymbolicLink()) {
                    try {
                        NoteSearch.Reason reason = link(file, root);
                        if (reason == null) {
                            found.add(file);
                        } else {
                            unread.add(new NoteSearch.Unread(shown(folder, root, file), reason, null));
                        }
                    } catch (IOException e) {
                        unread.add(new NoteSearch.Unread(shown(folder, root, file), NoteSearch.Reason.BROKEN_LINK, e));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // A folder that cannot be opened is met here, not in preVisitDirectory: one that
                // would be left out anyway is not reported.
                boolean skippedAnyway = file.getFileName() != null && folderNames.contains(file.getFileName().toString())
                        || file.equals(skipped);
                if (!skippedAnyway) {
                    unread.add(new NoteSearch.Unread(shown(folder, root, file), NoteSearch.Reason.UNREADABLE, e));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (skipGitIgnored && !found.isEmpty()) {
            Set<Path> ignored = GitFiles.ignored(root, found);
            found.removeIf(f -> ignored.contains(f.toAbsolutePath().normalize()));
        }
        List<Path> notes = new ArrayList<>(found.size());
        for (Path file : found) {
            notes.add(shown(folder, root, file));
        }
        notes.sort(null);
        return new NoteSearch(folder, notes, unread);
    }

    /** A path met in the walk of the real folder, given below the folder as named. */
    private static Path shown(Path folder, Path root, Path walked) {
        return walked.equals(root) ? folder : folder.resolve(root.relativize(walked));
    }

    private boolean excluded(Path relative) {
        for (PathGlob glob : excludes) {
            if (glob.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a link met in the folder is not read, or null when it leads to a regular file inside it.
     *
     * @throws IOException when it leads nowhere
     */
    private static NoteSearch.@Nullable Reason link(Path file, Path root) throws IOException {
        Path target = file.toRealPath();
        if (!target.startsWith(root)) {
            return NoteSearch.Reason.LINK_OUTSIDE;
        }
        return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? null : NoteSearch.Reason.LINK_NOT_TO_FILE;
    }

    /**
     * Builds a {@link NoteFinder}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private List<String> extensions = List.of(".md", ".txt");
        private Set<String> folderNames = Set.of();
        private List<PathGlob> excludes = List.of();
        private @Nullable Path skippedFolder;
        private boolean skipGitIgnored;

        private Builder() {
        }

        /**
         * Sets the extensions of notes files, such as {@code md}; {@code md} and {@code txt} by default.
         *
         * @param extensions extensions without their dot, matched in any case
         * @return this builder
         * @throws IllegalArgumentException for none, or an empty one
         */
        public Builder extensions(Collection<String> extensions) {
            if (extensions.isEmpty()) {
                throw new IllegalArgumentException("no extensions: a finder would find nothing");
            }
            List<String> dotted = new ArrayList<>();
            for (String extension : extensions) {
                if (extension.isEmpty()) {
                    throw new IllegalArgumentException("an empty extension");
                }
                dotted.add("." + extension.toLowerCase(Locale.ROOT));
            }
            this.extensions = dotted;
            return this;
        }

        /**
         * Leaves out the folders of these names, at any depth below the folder searched (never the
         * folder itself).
         *
         * @param names folder names, such as {@link LintConfig#TOOL_FOLDERS}
         * @return this builder
         */
        public Builder skipFolderNames(Collection<String> names) {
            this.folderNames = Set.copyOf(names);
            return this;
        }

        /**
         * Leaves out the files whose path below the folder searched matches one of these globs.
         *
         * @param excludes globs such as {@code drafts/**}
         * @return this builder
         */
        public Builder excludes(Collection<PathGlob> excludes) {
            this.excludes = List.copyOf(excludes);
            return this;
        }

        /**
         * Leaves out one folder, compared by its real path (an output folder that lies inside the
         * folder searched); none when it is not a folder.
         *
         * @param folder the folder, or null for none
         * @return this builder
         */
        public Builder skipFolder(@Nullable Path folder) {
            this.skippedFolder = folder;
            return this;
        }

        /**
         * Leaves out the files git ignores ({@link GitFiles#ignored}); off by default.
         *
         * @param skip whether to ask git
         * @return this builder
         */
        public Builder skipGitIgnored(boolean skip) {
            this.skipGitIgnored = skip;
            return this;
        }

        /**
         * Builds the finder.
         *
         * @return an immutable finder
         */
        public NoteFinder build() {
            return new NoteFinder(this);
        }
    }
}
