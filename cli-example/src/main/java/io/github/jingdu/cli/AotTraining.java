package io.github.jingdu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the launchers' ahead-of-time caches on JDK 25 and later ({@code bin/jingdu},
 * docs/performance.md, "Start-up"): runs commands on two notes of its own, in one JVM, so that the
 * JVM records which classes they load and link. JDK 25 records one run per cache, and the user's
 * own first command may be any command (or may change files), so the launcher trains with this
 * instead. Two kinds: {@code lint} runs {@code jingdu lint FILE...} alone (no option), for a cache
 * that holds only what such a lint loads: a smaller cache is mapped sooner, and that lint, run by
 * pre-commit hooks and scripts, often one file at a time, is the run whose start matters most;
 * {@code all} runs every command, for the cache of the others. Writes only into a temporary folder,
 * which it removes, and prints nothing.
 */
public final class AotTraining {
    /** The seeds of the repository, packaged with the command for this run alone. */
    private static final List<String> NOTES = List.of("000_2a148c15c4b98b6e.txt", "003_ab445b9359c57aa7.txt");

    private AotTraining() {
    }

    /**
     * Runs the training.
     *
     * @param args {@code lint} for a plain lint alone, nothing (or anything else) for every command
     * @throws IOException when the temporary folder cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("jingdu-training");
        try {
            Path notes = Files.createDirectory(work.resolve("notes"));
            for (String name : NOTES) {
                try (InputStream in = AotTraining.class.getResourceAsStream("training/" + name)) {
                    if (in == null) {
                        throw new IOException("the training note " + name + " is missing from the jar");
                    }
                    Files.copy(in, notes.resolve(name));
                }
            }
            PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
            for (String[] line : commandLines(notes, work, args.length > 0 && "lint".equals(args[0]))) {
                Jingdu.run(line, InputStream.nullInputStream(), OutputStream.nullOutputStream(), nowhere, nowhere);
            }
        } finally {
            remove(work);
        }
    }

    /**
     * The command lines the training runs.
     *
     * @param notes a folder holding the training notes
     * @param work a folder for the outputs
     * @param lintOnly whether for the cache of a plain lint
     * @return the command lines, in order
     */
    static List<String[]> commandLines(Path notes, Path work, boolean lintOnly) {
        String folder = notes.toString();
        String first = notes.resolve(NOTES.get(0)).toString();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"lint", first});
        lines.add(new String[] {"lint", folder});
        if (lintOnly) {
            // A lint with options goes through picocli, whose classes (and Jackson's, for the
            // reports) would make the cache a fifth larger and a plain lint 18 ms slower.
            return lines;
        }
        lines.add(new String[] {"lint", "--format", "sarif", folder});
        lines.add(new String[] {"lint", "--help"});
        lines.add(new String[] {"parse", first});
        lines.add(new String[] {"align", first});
        lines.add(new String[] {"terms", folder});
        for (String to : List.of("json", "md", "epub", "html")) {
            String output = work.resolve(to.equals("epub") ? "book.epub" : to).toString();
            lines.add(new String[] {"convert", folder, "--to", to, "-o", output});
        }
        return lines;
    }

    private static void remove(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
