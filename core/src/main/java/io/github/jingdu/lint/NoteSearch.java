package io.github.jingdu.lint;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link NoteFinder#find} found in a folder.
 *
 * @param folder the folder searched, as it was given
 * @param notes the notes files, in path order, each below {@code folder}
 * @param unread what was met and not read (links leading elsewhere, folders that could not be
 *     listed), in the order met
 * @since 0.1.0
 */
public record NoteSearch(Path folder, List<Path> notes, List<Unread> unread) {

    /**
     * Copies the lists.
     *
     * @param folder the folder searched, as it was given
     * @param notes the notes files, in path order
     * @param unread what was met and not read
     */
    public NoteSearch {
        Objects.requireNonNull(folder, "folder");
        notes = List.copyOf(notes);
        unread = List.copyOf(unread);
    }

    /**
     * Returns a note's path below the folder searched, with {@code /} between names (the same on
     * every system).
     *
     * @param note one of {@link #notes()}
     * @return such as {@code 2024/a.md}
     */
    public String relative(Path note) {
        return folder.relativize(note).toString().replace(note.getFileSystem().getSeparator(), "/");
    }

    /**
     * Why something met in the folder was not read.
     *
     * @since 0.1.0
     */
    public enum Reason {
        /** A symbolic link that leads outside the folder searched. */
        LINK_OUTSIDE("is a symbolic link that leads outside the folder, so it is not read"),
        /** A symbolic link to a folder or to a special file (a device, a pipe). */
        LINK_NOT_TO_FILE("is a symbolic link to a folder or a special file, so it is not read"),
        /** A symbolic link whose target does not exist or cannot be reached. */
        BROKEN_LINK("is a symbolic link that leads nowhere, so it is not read"),
        /** A folder (or file) that could not be listed or examined; the notes in it were not read. */
        UNREADABLE("cannot be read, so its notes were not read");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        /**
         * Says it in words, after the path.
         *
         * @return such as {@code is a symbolic link that leads nowhere, so it is not read}
         */
        public String message() {
            return message;
        }
    }

    /**
     * One thing not read.
     *
     * @param path the link or folder, below the folder searched
     * @param reason why it was not read
     * @param error the failure, for {@link Reason#UNREADABLE} and {@link Reason#BROKEN_LINK}; null
     *     otherwise
     * @since 0.1.0
     */
    public record Unread(Path path, Reason reason, @Nullable IOException error) {
        /**
         * Checks that the path and reason are given.
         *
         * @param path the link or folder, below the folder searched
         * @param reason why it was not read
         * @param error the failure, for {@link Reason#UNREADABLE} and {@link Reason#BROKEN_LINK};
         *     null otherwise
         */
        public Unread {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
        }

        /**
         * Says why in words, after the path, with what the system said when there was a failure.
         *
         * @return such as {@code cannot be read, so its notes were not read (permission denied)}
         */
        public String message() {
            return error == null ? reason.message() : reason.message() + " (" + cause(error) + ")";
        }

        /** The failure in words, without a path (the JDK's messages for files are their paths). */
        private static String cause(IOException e) {
            if (e instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (e instanceof NoSuchFileException) {
                return "no such file or directory";
            }
            if (e instanceof FileSystemLoopException) {
                return "a loop of links";
            }
            if (e instanceof FileSystemException f && f.getReason() != null) {
                return f.getReason();
            }
            return e.getClass().getSimpleName();
        }
    }
}
