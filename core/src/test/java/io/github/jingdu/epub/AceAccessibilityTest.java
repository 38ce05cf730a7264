package io.github.jingdu.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ace by DAISY finds no accessibility issue, of any impact, in the books of the seeds and of
 * the corpus: a book per genre of at most {@value #CHAPTERS} notes, evenly spread over the genre
 * when it has more (Ace takes minutes to open a book of hundreds of chapters, and about a
 * minute per 64 magazine notes); {@code -Djingdu.ace.all=true} puts every note of the corpus in
 * a book (15 books, 10 to 15 minutes on two cores). Runs when Ace is installed, as .ci/run does
 * ({@code .ci/cache/ace}, or the {@code jingdu.ace} property naming {@code ace-puppeteer}), with
 * Debian's Chromium.
 */
@Tag("slow")
class AceAccessibilityTest {
    private static final int CHAPTERS = 64;
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void seedAndCorpusBooksHaveNoAccessibilityIssue() throws Exception {
        Path ace = ace();
        boolean installed = ace != null && Files.isExecutable(CHROMIUM);
        // In CI, .ci/run installs both: missing there, the test fails rather than passing unseen.
        assertTrue(installed || !"true".equals(System.getenv("CI")), "Ace by DAISY or Chromium is missing in CI:"
                + " .ci/run installs them into .ci/cache/ace and /usr/bin/chromium");
        assumeTrue(installed, "Ace by DAISY or Chromium is not installed");
        NotesParser parser = NotesParser.create();
        Map<String, List<EpubSource>> books = new LinkedHashMap<>();
        Path seeds = SharedData.projectRoot().resolve("seeds");
        for (Path seed : SharedData.notesFiles(seeds)) {
            books.put("seed " + seed.getFileName(), List.of(EpubWriterTest.source(parser, seed, seeds)));
        }
        if (SharedData.shared().isPresent() && Files.isDirectory(SharedData.shared().get().resolve("corpus"))) {
            Path corpus = SharedData.shared().get().resolve("corpus");
            Map<String, List<Path>> byGenre = new TreeMap<>();
            for (Path file : SharedData.notesFiles(corpus)) {
                byGenre.computeIfAbsent(corpus.relativize(file).getName(0).toString(), k -> new ArrayList<>()).add(file);
            }
            boolean all = Boolean.getBoolean("jingdu.ace.all");
            for (Map.Entry<String, List<Path>> genre : byGenre.entrySet()) {
                List<Path> files = all ? genre.getValue() : spread(genre.getValue(), CHAPTERS);
                for (int from = 0; from < files.size(); from += CHAPTERS) {
                    List<EpubSource> sources = new ArrayList<>();
                    for (Path file : files.subList(from, Math.min(files.size(), from + CHAPTERS))) {
                        sources.add(EpubWriterTest.source(parser, file, corpus));
                    }
                    books.put("corpus " + genre.getKey() + " " + (from / CHAPTERS + 1), sources);
                }
            }
        }
        Map<String, Integer> issues = new TreeMap<>();
        List<String> found = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<EpubSource>> book : books.entrySet()) {
            Path epub = dir.resolve("book" + ++n + ".epub");
            try (OutputStream out = Files.newOutputStream(epub)) {
                EpubWriter.builder().title(book.getKey()).build().write(book.getValue(), out);
            }
            JsonNode report = run(ace, epub, dir.resolve("report" + n));
            for (JsonNode document : report.path("assertions")) {
                for (JsonNode a : document.path("assertions")) {
                    String rule = a.path("earl:test").path("earl:impact").asText() + " "
                            + a.path("earl:test").path("dct:title").asText();
                    issues.merge(rule, 1, Integer::sum);
                    if (found.size() < 5) {
                        found.add(book.getKey() + ": " + document.path("earl:testSubject").path("url").asText() + ": "
                                + rule + ": " + a.path("earl:result").path("html").asText());
                    }
                }
            }
        }
        System.out.println("Ace by DAISY on " + books.size() + " books: " + issues.values().stream().mapToInt(i -> i).sum()
                + " issues " + issues);
        assertTrue(books.size() >= 2);
        assertEquals(Map.of(), issues, String.join("\n", found));
    }

    /** At most {@code n} of the files, evenly spread over the list, in order. */
    private static List<Path> spread(List<Path> files, int n) {
        if (files.size() <= n) {
            return files;
        }
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(files.get((int) ((long) i * files.size() / n)));
        }
        return out;
    }

    private static JsonNode run(Path ace, Path epub, Path out) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(ace.toString(), "-s", "-f", "-o", out.toString(), epub.toString())
                .redirectErrorStream(true).redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile());
        pb.environment().put("PUPPETEER_EXECUTABLE_PATH", CHROMIUM.toString());
        Process p = pb.start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("Ace did not finish on " + epub);
        }
        Path report = out.resolve("report.json");
        assertTrue(Files.exists(report), () -> "Ace wrote no report (exit " + p.exitValue() + "): "
                + readLog(out.resolveSibling(out.getFileName() + ".log")));
        return new ObjectMapper().readTree(report.toFile());
    }

    private static String readLog(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static Path ace() {
        String property = System.getProperty("jingdu.ace");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path cached = SharedData.projectRoot().resolve(".ci/cache/ace/node_modules/.bin/ace-puppeteer");
        return Files.isExecutable(cached) ? cached : null;
    }
}
