package io.github.jingdu.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EPUBCheck over ../shared/corpus: one book per file, and one book of the whole corpus, each
 * with no error and no warning. All checks run in this one JVM (EPUBCheck is slow to start).
 */
class EpubCorpusTest {
    @TempDir
    Path dir;

    @Test
    void everyCorpusFileAndTheWholeCorpusMakeCleanBooks() throws IOException {
        Path corpus = SharedData.require("corpus", "the EPUBCheck conformance test over the corpus");
        NotesParser parser = NotesParser.create();
        List<EpubSource> all = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        int books = 0;
        int images = 0;
        for (Path file : SharedData.notesFiles(corpus)) {
            EpubSource source = EpubWriterTest.source(parser, file, corpus);
            all.add(source);
            Path epub = dir.resolve("book.epub");
            try (OutputStream out = Files.newOutputStream(epub)) {
                images += EpubWriter.builder().build().write(List.of(source), out).size();
            }
            EpubCheckRun r = EpubCheckRun.of(epub.toFile());
            books++;
            if (!r.clean()) {
                failures.add(corpus.relativize(file) + ": " + r.fatal() + " fatal, " + r.errors() + " errors, "
                        + r.warnings() + " warnings\n" + r.report());
            }
        }
        Path whole = dir.resolve("corpus.epub");
        try (OutputStream out = Files.newOutputStream(whole)) {
            EpubWriter.builder().title("Corpus").build().write(all, out);
        }
        EpubCheckRun r = EpubCheckRun.of(whole.toFile());
        System.out.printf("EPUBCheck: %d single-file books with problems out of %d; whole corpus (%d chapters,"
                + " %.1f MB): %d fatal, %d errors, %d warnings; %d images not included; %d s%n", failures.size(), books,
                all.size(), Files.size(whole) / 1048576.0, r.fatal(), r.errors(), r.warnings(), images,
                (System.nanoTime() - start) / 1_000_000_000);
        assertEquals(List.of(), failures.stream().limit(3).toList());
        assertEquals(0, r.fatal() + r.errors() + r.warnings(), r.report());
    }
}
