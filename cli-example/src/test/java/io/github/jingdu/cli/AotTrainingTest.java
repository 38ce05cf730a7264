package io.github.jingdu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training run of JDK 25's ahead-of-time cache: every command line it runs is one the command
 * accepts (a refused line would train the cache on an error message), the plain lint's training
 * runs no option, and a whole run prints nothing and leaves nothing behind.
 */
class AotTrainingTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandLineOfTheTrainingRunsOnItsNotes() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        for (String seed : List.of("000_2a148c15c4b98b6e.txt", "003_ab445b9359c57aa7.txt")) {
            try (InputStream in = AotTraining.class.getResourceAsStream("training/" + seed)) {
                Files.copy(in, notes.resolve(seed));
            }
        }
        List<String[]> lines = AotTraining.commandLines(notes, dir, false);
        assertEquals(Set.of("lint", "parse", "align", "terms", "convert"),
                lines.stream().map(line -> line[0]).collect(Collectors.toSet()));
        for (String[] line : lines) {
            StringWriter err = new StringWriter();
            int status = Jingdu.run(line, InputStream.nullInputStream(), OutputStream.nullOutputStream(),
                    new PrintWriter(Writer.nullWriter()), new PrintWriter(err));
            // 1 is a lint's findings in the seeds: the command ran.
            assertTrue(status <= Jingdu.CONTENT, String.join(" ", line) + " gave " + status + ": " + err);
        }
        for (String to : List.of("json", "md", "book.epub", "html")) {
            assertTrue(Files.exists(dir.resolve(to)), to + " was not written");
        }
    }

    @Test
    void theLintCachesTrainingRunsOnlyPlainLints() {
        List<String[]> lines = AotTraining.commandLines(dir, dir, true);
        assertEquals(2, lines.size());
        for (String[] line : lines) {
            assertTrue(PlainLint.inputs(line) != null, String.join(" ", line) + " is not a plain lint");
        }
    }

    @Test
    void aTrainingRunPrintsNothingAndLeavesNothing() throws IOException {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = trainingFolders(temporary);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            AotTraining.main(new String[] {"lint"});
            AotTraining.main(new String[0]);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
        assertEquals(before, trainingFolders(temporary));
    }

    private static Set<Path> trainingFolders(Path temporary) throws IOException {
        try (Stream<Path> paths = Files.list(temporary)) {
            return paths.filter(p -> p.getFileName().toString().startsWith("jingdu-training")).collect(Collectors.toSet());
        }
    }
}
