package io.github.jingdu.cli;

import static io.github.jingdu.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.cli.CliRun.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jingdu convert --to epub: one book from many files, reproducible, with its warnings. */
class EpubCommandTest {
    @TempDir
    Path dir;

    @Test
    void aDirectoryBecomesOneReproducibleBook() throws IOException {
        Files.createDirectories(dir.resolve("notes/b"));
        Files.writeString(dir.resolve("notes/a.md"), "# A\n\n原文：\n\nHello.\n\n你好。\n\n![pic](missing.png)\n");
        Files.writeString(dir.resolve("notes/b/c.md"), "# C\n\n原文：\n\nBye.\n\n再见。\n");
        Path book = dir.resolve("book.epub");
        Run r = run("convert", dir.resolve("notes").toString(), "--to", "epub", "-o", book.toString(),
                "--title", "Two", "--date", "2024-08-12");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("missing.png does not exist") && r.err().contains(":9:1: warning:"), r.err());
        byte[] first = Files.readAllBytes(book);
        run("convert", dir.resolve("notes").toString(), "--to", "epub", "-o", book.toString(), "--title", "Two",
                "--date", "2024-08-12");
        assertArrayEquals(first, Files.readAllBytes(book));
    }

    @Test
    void anEpubNeedsAnOutputFileAndAValidDate() throws IOException {
        Path notes = dir.resolve("a.md");
        Files.writeString(notes, "原文：\n\nHi.\n");
        assertEquals(2, run("convert", notes.toString(), "--to", "epub").status());
        assertEquals(2, run("convert", notes.toString(), "--to", "epub", "-o", dir.resolve("b.epub").toString(),
                "--date", "yesterday").status());
        assertEquals(2, run("convert", notes.toString(), "--to", "json", "--title", "T").status());
    }
}
