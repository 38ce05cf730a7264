package io.github.jingdu.cli;

import static io.github.jingdu.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.cli.CliRun.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jingdu convert … --to html -o DIR}: where it writes, and where it refuses to. */
class HtmlCommandTest {
    private static final String NOTE = "原文：\n\nThe data has fine granularity.\n\n数据的粒度很细。\n\n学习：\n\ngranularity: 粒度\n";

    @TempDir
    Path dir;

    @Test
    void aSiteIsWrittenIntoANewDirectoryAndAgainOverItself() throws IOException {
        Path notes = notes();
        Path site = dir.resolve("site");
        Run first = run("convert", notes.toString(), "--to", "html", "-o", site.toString(), "--title", "Mine");
        assertEquals(new Run(0, "", ""), first);
        assertTrue(Files.readString(site.resolve("index.html")).contains("<title>Mine</title>"));
        byte[] page = Files.readAllBytes(site.resolve("notes/a.html"));
        Run again = run("convert", notes.toString(), "--to", "html", "-o", site.toString(), "--title", "Mine");
        assertEquals(new Run(0, "", ""), again);
        assertArrayEquals(page, Files.readAllBytes(site.resolve("notes/a.html")));
    }

    @Test
    void aNoteGoneSinceTheLastBuildLosesItsPageAndNothingElseGoes() throws IOException {
        Path notes = notes();
        Files.writeString(notes.resolve("b.md"), "原文：\n\nAnother note.\n\n另一条笔记。\n", StandardCharsets.UTF_8);
        Path site = dir.resolve("site");
        assertEquals(0, run("convert", notes.toString(), "--to", "html", "-o", site.toString()).status());
        assertTrue(Files.exists(site.resolve("notes/b.html")));
        Files.writeString(site.resolve("notes/mine.html"), "<p>my own page</p>");
        Files.writeString(site.resolve("notes/keep.txt"), "mine");
        Files.delete(notes.resolve("b.md"));
        assertEquals(new Run(0, "", ""), run("convert", notes.toString(), "--to", "html", "-o", site.toString()));
        assertFalse(Files.exists(site.resolve("notes/b.html")), "the page of the note that is gone");
        assertTrue(Files.exists(site.resolve("notes/a.html")));
        assertEquals("<p>my own page</p>", Files.readString(site.resolve("notes/mine.html")));
        assertEquals("mine", Files.readString(site.resolve("notes/keep.txt")));
    }

    @Test
    void aDirectoryThatHoldsSomethingElseIsRefusedAndLeftAlone() throws IOException {
        Path site = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(site.resolve("index.html"), "<p>my own page</p>");
        Run r = run("convert", notes().toString(), "--to", "html", "-o", site.toString());
        assertEquals(2, r.status());
        assertEquals("jingdu convert: " + site + " is not empty and holds no site that Jingdu made, so nothing is"
                + " written into it; give -o a new or empty directory\n", r.err());
        assertEquals("<p>my own page</p>", Files.readString(site.resolve("index.html")));
        assertEquals(1, site.toFile().list().length);
    }

    @Test
    void aFileAsTheOutputIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("site.html"), "x");
        Run r = run("convert", notes().toString(), "--to", "html", "-o", file.toString());
        assertEquals(new Run(2, "", "jingdu convert: " + file + " is not a directory: --to html writes a site into"
                + " one; give -o DIR\n"), r);
        assertEquals("x", Files.readString(file));
    }

    @Test
    void optionsThatDoNotFitAreRefusedBeforeAnythingIsRead() throws IOException {
        assertEquals(new Run(2, "", "jingdu convert: --to html writes a site: give -o DIR\n"),
                run("convert", notes().toString(), "--to", "html"));
        assertEquals(new Run(2, "", "jingdu convert: --author and --language apply to --to epub only\n"),
                run("convert", notes().toString(), "--to", "html", "-o", dir.resolve("s").toString(),
                        "--author", "me"));
        assertEquals(new Run(2, "", "jingdu convert: --title applies to --to epub and html only\n"),
                run("convert", notes().toString(), "--to", "json", "-o", dir.resolve("j").toString(),
                        "--title", "T"));
        assertFalse(Files.exists(dir.resolve("s")) || Files.exists(dir.resolve("j")));
    }

    @Test
    void whenNoNoteCanBeReadNoSiteIsWritten() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"jingdu-notes\"");
        Path site = dir.resolve("site");
        Run r = run("convert", broken.toString(), "--to", "html", "-o", site.toString());
        assertTrue(r.err().endsWith("jingdu convert: no note could be read, so no site is written to " + site + "\n"), r.err());
        assertEquals(1, r.status(), r.err());
        assertFalse(Files.exists(site));
    }

    @Test
    void aNoteTooLargeToReadStopsTheSiteBeforeAnythingIsWritten() throws IOException {
        Path site = dir.resolve("site");
        Run r = run("convert", notes().toString(), "--to", "html", "-o", site.toString(), "--max-input-length", "10");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("so it is not read; split the file, or raise the limit (--max-input-length)"), r.err());
        assertFalse(Files.exists(site));
    }

    private Path notes() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), NOTE, StandardCharsets.UTF_8);
        return notes;
    }
}
