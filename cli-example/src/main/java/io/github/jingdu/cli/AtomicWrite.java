package io.github.jingdu.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file so that readers see the old content or the new, never half of it, and so that
 * what the name stands for keeps its identity:
 * <ul>
 * <li>a symbolic link stays a link: the file it points to is replaced;</li>
 * <li>a device, FIFO or socket ({@code -o /dev/null}) is written to, never renamed over;</li>
 * <li>a file with more than one hard link is rewritten in place (not atomically), so that every
 *     link sees the new content;</li>
 * <li>a replaced file keeps its permissions, owner and group; a read-only file is refused;</li>
 * <li>an in-place rewrite is refused when the file changed since it was read.</li>
 * </ul>
 * The temporary file is {@code .NAME.jingdu-<digits>.tmp} beside the target: deleted when the JVM
 * exits, also on Ctrl-C, and those left by a killed run are deleted by the first write of a later
 * run into the same folder once they are a minute old. A folder is looked through once per run, not
 * once per write: a conversion writing thousands of files into one folder would otherwise read the
 * whole folder thousands of times.
 */
final class AtomicWrite {
    private static final String TEMP_MARK = ".jingdu-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final Duration STALE = Duration.ofMinutes(1);
    /**
     * Whether each folder written into keeps POSIX modes. Asked once per folder: the JDK reads the
     * system's whole table of mounts to answer, which took a sixth of the time of writing thousands
     * of small files.
     */
    private static final Map<Path, Boolean> POSIX_MODES = new ConcurrentHashMap<>();
    /** The folders this run has already cleaned of stale temporary files. */
    private static final Set<Path> CLEANED = ConcurrentHashMap.newKeySet();

    private AtomicWrite() {
    }

    /** Writes content to a stream: for output too large to hold in memory twice. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a new output, or replaces an old one, streaming it into the temporary file.
     *
     * @param target where to write
     * @param content what to write
     * @throws IOException naming the target (never the temporary file) and the reason
     */
    static void write(Path target, Content content) throws IOException {
        write(target, null, content);
    }

    /**
     * Writes a new output, or replaces an old one.
     *
     * @param target where to write
     * @param content the bytes
     * @throws IOException naming the target (never the temporary file) and the reason
     */
    static void write(Path target, byte[] content) throws IOException {
        write(target, null, out -> out.write(content));
    }

    /**
     * Rewrites an input in place, unless it changed since it was read.
     *
     * @param target the input
     * @param expected the bytes it had when it was read
     * @param content the new bytes
     * @throws IOException when it changed, naming the target and the reason
     */
    static void replace(Path target, byte[] expected, byte[] content) throws IOException {
        write(target, expected, out -> out.write(content));
    }

    private static void write(Path target, byte[] expected, Content content) throws IOException {
        try {
            Path real = resolve(target);
            if (Files.exists(real, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileSystemException(target.toString(), null, "is a directory");
                }
                try (OutputStream out = Files.newOutputStream(real, StandardOpenOption.WRITE)) {
                    content.writeTo(out);
                }
                return;
            }
            boolean exists = Files.exists(real, LinkOption.NOFOLLOW_LINKS);
            if (exists && isReadOnly(real)) {
                throw new FileSystemException(target.toString(), null,
                        "is read-only, so it is not rewritten; make it writable (chmod u+w) first");
            }
            if (exists && hardLinks(real) > 1) {
                rewriteInPlace(target, real, expected, content);
                return;
            }
            replaceAtomically(target, real, expected, content, exists);
        } catch (FileSystemException e) {
            if (e.getFile() != null && e.getFile().contains(TEMP_MARK)) {
                throw new FileSystemException(target.toString(), null, IoMessages.reason(e));
            }
            throw e;
        }
    }

    private static void replaceAtomically(Path target, Path real, byte[] expected, Content content, boolean exists)
            throws IOException {
        Path dir = real.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (CLEANED.add(dir)) {
            removeStaleTemporaries(dir);
        }
        Path temp = Files.createTempFile(dir, "." + real.getFileName() + TEMP_MARK, TEMP_SUFFIX);
        temp.toFile().deleteOnExit();
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                content.writeTo(out);
            }
            keepAttributes(real, temp, exists);
            if (expected != null) {
                checkUnchanged(target, real, expected);
            }
            try {
                Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Rewrites a file with other hard links through its own inode, so that every link sees the new
     * content. The content goes to a temporary file first, so a full disk fails before the file is
     * touched; should the copy still fail, the temporary file is kept and named.
     */
    private static void rewriteInPlace(Path target, Path real, byte[] expected, Content content) throws IOException {
        Path dir = real.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + real.getFileName() + TEMP_MARK, TEMP_SUFFIX);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                content.writeTo(out);
            }
            if (expected != null) {
                checkUnchanged(target, real, expected);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        try (OutputStream out = Files.newOutputStream(real, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            Files.copy(temp, out);
        } catch (IOException e) {
            throw new FileSystemException(target.toString(), null, "could not be rewritten (" + IoMessages.reason(e)
                    + "); its new content is kept in " + temp);
        }
        Files.delete(temp);
    }

    /** The file a name stands for: a symbolic link's target, so that the link itself stays. */
    private static Path resolve(Path target) throws IOException {
        if (!Files.isSymbolicLink(target)) {
            return target;
        }
        try {
            return target.toRealPath();
        } catch (NoSuchFileException e) {
            throw new FileSystemException(target.toString(), null,
                    "is a symbolic link to a file that does not exist; remove the link or create its file");
        }
    }

    private static void checkUnchanged(Path target, Path real, byte[] expected) throws IOException {
        if (!Arrays.equals(Files.readAllBytes(real), expected)) {
            throw new FileSystemException(target.toString(), null,
                    "changed while jingdu was working on it, so it is not rewritten; run again");
        }
    }

    private static boolean isReadOnly(Path file) throws IOException {
        if (hasPosixModes(file)) {
            // By its mode, not by access(2): root may write anything, and would then rewrite a
            // file its owner marked read-only.
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        }
        return !Files.isWritable(file);
    }

    /** Whether the file system holding a file keeps POSIX modes, by the folder the file is in. */
    private static boolean hasPosixModes(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Boolean known = POSIX_MODES.get(dir);
        if (known == null) {
            known = Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class);
            POSIX_MODES.put(dir, known);
        }
        return known;
    }

    private static int hardLinks(Path file) {
        try {
            return (Integer) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /**
     * A temporary file is private to its owner; the result should have the target's permissions,
     * owner and group, or the usual rw-r--r-- for a new file.
     */
    private static void keepAttributes(Path target, Path temp, boolean exists) throws IOException {
        if (!hasPosixModes(temp)) {
            return;
        }
        if (!exists) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            return;
        }
        PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (!old.owner().equals(Files.getOwner(temp))) {
            try {
                view.setOwner(old.owner());
            } catch (IOException e) {
                throw new FileSystemException(target.toString(), null, "belongs to " + old.owner().getName()
                        + ", and a rewrite by this user would change its owner; run as its owner");
            }
        }
        try {
            view.setGroup(old.group());
        } catch (IOException e) {
            // Only the owner's own groups can be given; the file then takes the writer's group, as
            // any editor's save would.
        }
        Files.setPosixFilePermissions(temp, old.permissions());
    }

    /** Deletes the temporary files of any name a killed run left in a folder. */
    private static void removeStaleTemporaries(Path dir) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, entry -> isTemporary(entry.getFileName().toString()))) {
            for (Path stale : stream) {
                FileTime modified = Files.getLastModifiedTime(stale, LinkOption.NOFOLLOW_LINKS);
                if (Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS) && modified.toInstant().isBefore(before)) {
                    Files.deleteIfExists(stale);
                }
            }
        } catch (IOException e) {
            // Cleaning up after an earlier run is a courtesy: a folder that cannot be listed
            // fails the write itself just after, with its own message.
        }
    }

    /** Whether a name is that of a temporary file: {@code .NAME.jingdu-<digits>.tmp}. */
    private static boolean isTemporary(String name) {
        int mark = name.lastIndexOf(TEMP_MARK);
        if (!name.startsWith(".") || mark < 1 || !name.endsWith(TEMP_SUFFIX)) {
            return false;
        }
        String digits = name.substring(mark + TEMP_MARK.length(), name.length() - TEMP_SUFFIX.length());
        return !digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
