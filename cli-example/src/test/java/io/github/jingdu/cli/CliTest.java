package io.github.jingdu.cli;

import static io.github.jingdu.cli.CliRun.run;
import static io.github.jingdu.cli.CliRun.shown;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jingdu command as a user runs it: outputs, refusals and exit statuses. */
class CliTest {
    private static final String NOTES = "# Title\r\n\r\n原文：\r\n\r\nHello there.\r\n\r\n你好。\r\n\r\n学习：\r\n\r\nhello：你好   ";

    @TempDir
    Path dir;


    private Path notes(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void parsePrintsJson() throws IOException {
        Run r = run("parse", notes("a.md", NOTES).toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"format\" : \"jingdu-notes\""), r.out());
        assertTrue(r.out().contains("\"headword\" : \"hello\""), r.out());
    }

    @Test
    void aMissingFileIsAUsageError() {
        Run r = run("parse", dir.resolve("missing.md").toString());
        assertEquals(2, r.status());
        assertEquals("jingdu parse: DIR/missing.md: no such file; give the path of a notes file\n",
                shown(r.err(), dir));
        assertEquals(2, run("convert", dir.resolve("missing.md").toString(), "--to", "json").status());
    }

    @Test
    void invalidUtf8IsAContentErrorWithFileAndLine() throws IOException {
        Path file = dir.resolve("bad.md");
        Files.write(file, new byte[] {'o', 'k', '\n', 'b', (byte) 0xC3, '\n'});
        Run r = run("parse", file.toString());
        assertEquals(1, r.status());
        assertEquals("DIR/bad.md:2:2: error: byte 4 is not valid UTF-8 and was read as U+FFFD; save the file as "
                + "UTF-8 [invalid-utf8]\n",
                shown(r.err(), dir));
    }

    @Test
    void jsonAndLosslessMarkdownGiveBackTheOriginalBytes() throws IOException {
        Path file = notes("a.md", NOTES);
        Path json = dir.resolve("a.json");
        assertEquals(0, run("convert", file.toString(), "--to", "json", "-o", json.toString()).status());
        Path back = dir.resolve("back.md");
        Run r = run("convert", json.toString(), "--to", "md", "--lossless", "-o", back.toString());
        assertEquals(0, r.status(), r.err());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(back));
    }

    @Test
    void canonicalMarkdownGoesToStandardOutput() throws IOException {
        Run r = run("convert", notes("a.md", NOTES).toString(), "--to", "md");
        assertEquals("# Title\n\n原文：\n\nHello there.\n\n你好。\n\n学习：\n\nhello：你好\n", r.out());
    }

    @Test
    void directoriesAreMirrored() throws IOException {
        notes("in/x/one.md", NOTES);
        notes("in/two.txt", NOTES);
        notes("in/skip.png", "not notes");
        Path out = dir.resolve("out");
        Run r = run("convert", dir.resolve("in").toString(), "--to", "json", "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of("two.json", "x/one.json"), files.filter(Files::isRegularFile)
                    .map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().toList());
        }
    }

    @Test
    void anInputIsNeverOverwrittenWithoutInPlace() throws IOException {
        Path file = notes("a.md", NOTES);
        Run r = run("convert", file.toString(), "--to", "md", "-o", file.toString());
        assertEquals(2, r.status());
        assertEquals("jingdu convert: DIR/a.md is an input; refusing to write over it. Choose another -o, or give "
                + "--in-place to rewrite inputs\n",
                shown(r.err(), dir));
        assertEquals(NOTES, Files.readString(file));
        Path same = notes("d/b.md", NOTES);
        assertEquals(2, run("convert", dir.resolve("d").toString(), "--to", "md", "-o", dir.resolve("d").toString()).status());
        assertEquals(NOTES, Files.readString(same));
    }

    @Test
    void noCommandThatWritesOneFileWritesOverAnInput() throws IOException {
        Path file = notes("a.md", NOTES);
        for (String[] line : List.of(
                new String[] {"convert", file.toString(), "--to", "epub", "-o", file.toString()},
                new String[] {"convert", file.toString(), "--to", "apkg", "-o", file.toString()},
                new String[] {"terms", file.toString(), "-o", file.toString()})) {
            Run r = run(line);
            assertEquals(2, r.status(), String.join(" ", line));
            assertEquals("jingdu " + line[0] + ": " + file + " is an input; refusing to write over it. Choose "
                    + "another -o\n",
                    r.err().replace("\r\n", "\n"));
            assertEquals(NOTES, Files.readString(file));
        }
    }

    @Test
    void inPlaceRewritesInCanonicalForm() throws IOException {
        Path file = notes("a.md", NOTES);
        Run r = run("convert", file.toString(), "--to", "md", "--in-place");
        assertEquals(0, r.status(), r.err());
        assertFalse(Files.readString(file).contains("\r"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void twoInputsForOneOutputAreRefusedBeforeWriting() throws IOException {
        notes("in/a.md", NOTES);
        notes("in/a.txt", NOTES);
        Path out = dir.resolve("out");
        Run r = run("convert", dir.resolve("in").toString(), "--to", "json", "-o", out.toString());
        assertEquals(2, r.status());
        assertEquals("jingdu convert: DIR/in/a.md and DIR/in/a.txt would both be written to DIR/out/a.json; convert "
                + "them separately\n",
                shown(r.err(), dir));
        assertFalse(Files.exists(out));
    }

    @Test
    void jsonOfTheWrongShapeNamesTheField() throws IOException {
        Path json = notes("bad.json", "{\"format\":\"jingdu-notes\",\"version\":1,\"blocks\":[{\"type\":\"heading\",\"level\":\"two\"}]}");
        Run r = run("convert", json.toString(), "--to", "md");
        assertEquals(1, r.status());
        assertEquals("DIR/bad.json: error: blocks[0].level: expected an integer, found a string\n",
                shown(r.err(), dir));
    }

    @Test
    void optionsThatDoNotFitAreUsageErrors() throws IOException {
        Path file = notes("a.md", NOTES);
        assertEquals(2, run("convert", file.toString(), "--to", "json", "--lossless").status());
        assertEquals(2, run("convert", file.toString(), "--to", "json", "--in-place").status());
        assertEquals(2, run("convert", file.toString(), "--to", "epub").status());
        assertEquals(2, run("frobnicate").status());
    }

    @Test
    void helpAnswersTheQuestions() {
        Run r = run("convert", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("--lossless") && r.out().contains("atomically"), r.out());
        assertTrue(run("--help").out().contains("Exit status"));
    }

    @Test
    void outputIsUtf8OnAnyPlatform() throws IOException {
        Path out = dir.resolve("o.md");
        run("convert", notes("a.md", NOTES).toString(), "--to", "md", "-o", out.toString());
        assertTrue(new String(Files.readAllBytes(out), StandardCharsets.UTF_8).contains("你好"));
    }
}
