package io.github.jingdu.beam;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * The notes of a local folder, found as the command finds them: links to folders are not
 * followed, a link to a file is read only when it leads to a regular file inside the folder, and
 * a folder that cannot be read is reported; nothing outside the folder is read. (Beam's own
 * matching of {@code **} follows links to folders.)
 *
 * @param notes the notes found, in path order
 * @param problems what was not read, and why
 */
record LocalNotes(List<MatchResult.Metadata> notes, Totals problems) {

    /**
     * Searches a folder.
     *
     * @param folders the folders, the input local
     * @throws IOException when a note found cannot be measured (it went away meanwhile, say)
     */
    static LocalNotes find(Folders folders) throws IOException {
        Path root = Path.of(folders.input());
        Path real = root.toRealPath();
        List<Path> found = new ArrayList<>();
        Totals problems = new Totals();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!JingduPipeline.isNotes(file.getFileName().toString())) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile()) {
                    found.add(file);
                } else if (attrs.isSymbolicLink()) {
                    String problem = link(file, real);
                    if (problem == null) {
                        found.add(file);
                    } else {
                        problems.unreadable(source(file), problem);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.unreadable(source(file), "cannot be read (" + e.getMessage()
                        + "), so its notes were not read");
                return FileVisitResult.CONTINUE;
            }

            private String source(Path file) {
                return folders.source(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
            }
        });
        List<MatchResult.Metadata> notes = new ArrayList<>();
        for (Path file : found.stream().sorted().toList()) {
            notes.add(MatchResult.Metadata.builder()
                    .setResourceId(FileSystems.matchNewResource(file.toString(), false))
                    .setIsReadSeekEfficient(true)
                    .setSizeBytes(Files.size(file))
                    .setLastModifiedMillis(0)
                    .build());
        }
        return new LocalNotes(notes, problems);
    }

    /** Why a link met in the folder is not read, or null when it leads to a regular file inside it. */
    private static String link(Path file, Path root) {
        try {
            Path target = file.toRealPath();
            if (!target.startsWith(root)) {
                return "is a symbolic link that leads outside the input folder, so it is not read";
            }
            return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? null
                    : "is a symbolic link to a folder or a special file, so it is not read";
        } catch (IOException e) {
            return "is a symbolic link that leads nowhere, so it is not read";
        }
    }
}
