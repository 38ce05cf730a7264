package io.github.jingdu.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds {@code ../shared} (test data that is never committed) and the project's own files. */
public final class SharedData {
    private SharedData() {
    }

    /** The project root: the directory holding {@code seeds/} and {@code docs/}. */
    public static Path projectRoot() {
        String root = System.getProperty("jingdu.root");
        if (root != null && Files.isDirectory(Path.of(root, "seeds"))) {
            return Path.of(root);
        }
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("seeds"))) {
            here = here.getParent();
        }
        if (here == null) {
            throw new IllegalStateException("cannot find the project root (a directory with seeds/)");
        }
        return here;
    }

    /** {@code ../shared} beside the project, when it is there. */
    public static Optional<Path> shared() {
        String configured = System.getProperty("jingdu.shared");
        Path path = configured != null ? Path.of(configured) : projectRoot().resolve("../shared");
        return Files.isDirectory(path) ? Optional.of(path.normalize()) : Optional.empty();
    }

    /**
     * Skips the calling test, saying so on standard output, when a folder of ../shared is absent.
     *
     * @param folder the folder below ../shared, such as {@code corpus}
     * @param test what the skipped test would have checked
     * @return the folder
     */
    public static Path require(String folder, String test) {
        Optional<Path> path = shared().map(p -> p.resolve(folder)).filter(Files::isDirectory);
        if (path.isEmpty()) {
            String message = "skipped: ../shared/" + folder + " is not there, so " + test + " did not run";
            System.out.println(message);
            org.junit.jupiter.api.Assumptions.abort(message);
        }
        return path.get();
    }

    /** Notes files (*.md, *.txt) under a directory, sorted by path. */
    public static List<Path> notesFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
