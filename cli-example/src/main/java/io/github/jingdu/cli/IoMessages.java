package io.github.jingdu.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says what went wrong with a file in words: the JDK's file-system exceptions carry the path as
 * their message and often no reason, so {@code e.getMessage()} printed a file's name twice and
 * never "permission denied".
 */
final class IoMessages {
    private IoMessages() {
    }

    /**
     * The reason alone, without the file's name.
     *
     * @param e the failure
     * @return a short reason such as {@code permission denied}
     */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a directory that is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "a symbolic link that loops back to a folder above it";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? f.getReason() : "cannot be read or written";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /**
     * A file's name and the reason; for a file-system failure the file it names, which may lie
     * below the one the user gave.
     *
     * @param fallback the file to name when the failure names none
     * @param e the failure
     * @return {@code FILE: reason}
     */
    static String describe(Object fallback, IOException e) {
        Object file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : fallback;
        return Printable.of(String.valueOf(file)) + ": " + reason(e);
    }
}
