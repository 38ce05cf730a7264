package io.github.jingdu.cli;

import static io.github.jingdu.cli.CliRun.run;
import static io.github.jingdu.cli.CliRun.shown;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.cli.CliRun.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promises of issue 15 at the command line, each with the smallest case that broke it:
 * nothing is lost, nothing outside the input folder is read, every failure is said with the file
 * and what to do, and exit codes mean what the docs say.
 */
class CliTrustTest {
    private static final String NOTES = "原文：\n\nHello there.\n\n你好。\n";

    @TempDir
    Path dir;


    @Test
    void aNoteInGb18030IsNeverRewrittenInPlaceAndItsEncodingIsNamed() throws IOException {
        Path file = dir.resolve("gb.md");
        byte[] bytes = "原文：\n\nHello.\n\n你好，世界。这是一个测试。\n".getBytes(Charset.forName("GB18030"));
        Files.write(file, bytes);
        Run r = run("convert", file.toString(), "--to", "md", "--in-place");
        assertEquals(1, r.status(), r.err());
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertEquals("DIR/gb.md:1:2: error: the file is not UTF-8 but looks like GB18030 (or GBK, a part of it): 18 "
                + "runs of its bytes were read as U+FFFD, the first here; save it as UTF-8 (for example with iconv "
                + "-t UTF-8) and read it again [invalid-utf8]\n"
                + "jingdu convert: DIR/gb.md: not rewritten: it is not valid UTF-8, and writing it back would "
                + "replace what its bad bytes hold; save it as UTF-8 first\n",
                shown(r.err(), dir));
    }

    @Test
    void lintFailsAFileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("bad.md");
        Files.write(file, new byte[] {'a', (byte) 0xC3, ' ', 'b', '\n'});
        Run r = run("lint", file.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("DIR/bad.md:1:2: error invalid-encoding byte 1 is not valid UTF-8 and was read as U+FFFD; save "
                + "the file as UTF-8\n",
                shown(r.out(), dir));
        Run fixed = run("lint", "--fix", file.toString());
        assertEquals(1, fixed.status(), fixed.err());
        assertArrayEquals(new byte[] {'a', (byte) 0xC3, ' ', 'b', '\n'}, Files.readAllBytes(file));
    }

    @Test
    void aSymbolicLinkLeadingOutsideTheFolderIsNotRead() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), NOTES);
        Path secret = Files.writeString(dir.resolve("secret.md"), "原文：\n\nTOKEN=hunter2\n");
        Files.createSymbolicLink(notes.resolve("env.md"), secret);
        Files.createSymbolicLink(notes.resolve("inside.md"), notes.resolve("a.md"));
        Run r = run("convert", notes.toString(), "--to", "json", "-o", dir.resolve("out").toString());
        assertEquals(0, r.status(), r.err());
        assertFalse(Files.exists(dir.resolve("out/env.json")));
        assertTrue(Files.exists(dir.resolve("out/inside.json")));
        assertEquals("jingdu convert: warning: DIR/notes/env.md is a symbolic link that leads outside DIR/notes, so "
                + "it is not read\n",
                shown(r.err(), dir));
        Run lint = run("lint", notes.toString());
        assertFalse(lint.out().contains("env.md"), lint.out());
    }

    @Test
    void aFolderNamedThroughALinkIsSearchedAsTheFolderItself() throws Exception {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "原文:\n\nHello.\n\n你好。\n");
        Path link = Files.createSymbolicLink(dir.resolve("link"), notes);
        Run r = run("convert", link.toString(), "--to", "json", "-o", dir.resolve("out").toString());
        assertEquals(List.of(0, List.of("a.json")), List.of(r.status(), names(dir.resolve("out"))), r.err());
        Run lint = run("lint", link.toString(), notes.toString());
        assertEquals(List.of(0, "DIR/link/a.md:1:1: warning marker-spelling write the marker as `原文：` (full-width colon), "
                + "not `原文:`\n", "0 errors, 1 warning in 1 file\n"),
                List.of(lint.status(), shown(lint.out(), dir), shown(lint.err(), dir)), "named through the link, and once");
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anOutputSymbolicLinkStaysALinkAndAFifoIsWrittenTo() throws Exception {
        Path input = Files.writeString(dir.resolve("a.md"), NOTES);
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        assertEquals(0, run("convert", input.toString(), "--to", "json", "-o", link.toString()).status());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).contains("\"jingdu-notes\""));

        Path fifo = dir.resolve("fifo.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(0, run("convert", input.toString(), "--to", "json", "-o", fifo.toString()).status());
        assertTrue(new String(read.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8).contains("\"jingdu-notes\""));
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the FIFO was replaced by a file");
    }

    @Test
    void aFailedWriteToStandardOutputIsExitTwo() throws IOException {
        Path input = Files.writeString(dir.resolve("a.md"), NOTES);
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int status = Jingdu.run(new String[] {"convert", input.toString(), "--to", "json"},
                new PrintWriter(new OutputStreamWriter(full, StandardCharsets.UTF_8), true), new PrintWriter(err));
        assertEquals(2, status);
        assertEquals("jingdu: cannot write to standard output (a full disk, a closed pipe or a device that refuses "
                + "writes); what was written is incomplete\n",
                shown(err.toString(), dir));
    }

    @Test
    void anInPlaceFixKeepsHardLinksModeAndSymbolicLinks() throws IOException {
        Path file = Files.writeString(dir.resolve("a.md"), "原文:\n\nHello.\n\n你好。\n");
        Path other = Files.createLink(dir.resolve("b.md"), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Path link = Files.createSymbolicLink(notes.resolve("c.md"), Files.writeString(notes.resolve("real.md"),
                "原文:\n\nHi.\n\n嗨。\n"));
        run("lint", "--fix", file.toString(), link.toString());
        assertTrue(Files.readString(other).startsWith("原文："), "the other hard link sees the fix");
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(notes.resolve("real.md")).startsWith("原文："));
    }

    @Test
    void aReadOnlyFileIsNotRewritten() throws IOException {
        Path file = Files.writeString(dir.resolve("a.md"), "原文:\n\nHello.\n\n你好。\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Run r = run("lint", "--fix", file.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals("jingdu lint: DIR/a.md: is read-only, so it is not rewritten; make it writable (chmod u+w) first\n"
                + "jingdu lint: 1 file or folder was not checked (see above)\n",
                shown(r.err(), dir));
        assertTrue(Files.readString(file).startsWith("原文:"));
    }

    @Test
    void aFileChangedSinceItWasReadIsNotReplaced() throws IOException {
        Path file = Files.writeString(dir.resolve("a.md"), "edited meanwhile");
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicWrite.replace(file,
                "as read".getBytes(StandardCharsets.UTF_8), "fixed".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("changed while jingdu was working on it"), e.getMessage());
        assertEquals("edited meanwhile", Files.readString(file));
    }

    @Test
    void staleTemporaryFilesOfOurOwnAreRemovedByTheFirstWriteIntoTheirFolder() throws IOException {
        FileTime anHourAgo = FileTime.from(Instant.now().minusSeconds(3_600));
        Path stale = Files.setLastModifiedTime(Files.writeString(dir.resolve(".a.json.jingdu-123.tmp"), "half"), anHourAgo);
        Path staleOfAnotherName = Files.setLastModifiedTime(
                Files.writeString(dir.resolve(".b.json.jingdu-789.tmp"), "half"), anHourAgo);
        Path usersOwn = Files.setLastModifiedTime(
                Files.writeString(dir.resolve(".b.jingdu-notes.tmp"), "not ours: no digits"), anHourAgo);
        Path fresh = Files.writeString(dir.resolve(".a.json.jingdu-456.tmp"), "another run's, still writing");
        AtomicWrite.write(dir.resolve("a.json"), "{}");
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleOfAnotherName));
        assertTrue(Files.exists(usersOwn));
        assertTrue(Files.exists(fresh));
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "a.json, the user's file and the fresh temporary file");
        }
    }

    @Test
    void aFolderIsLookedThroughOncePerRun() throws IOException {
        AtomicWrite.write(dir.resolve("a.json"), "{}");
        Path leftSinceByAnotherRun = Files.setLastModifiedTime(Files.writeString(dir.resolve(".c.json.jingdu-1.tmp"), "half"),
                FileTime.from(Instant.now().minusSeconds(3_600)));
        AtomicWrite.write(dir.resolve("c.json"), "{}");
        assertTrue(Files.exists(leftSinceByAnotherRun), "the folder was cleaned by the first write, not again");
    }

    @Test
    void anOutputFolderInsideTheInputFolderIsNotReadBack() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), NOTES);
        String out = notes.resolve("out").toString();
        assertEquals(0, run("convert", notes.toString(), "--to", "md", "-o", out).status());
        Run again = run("convert", notes.toString(), "--to", "md", "-o", out);
        assertEquals(0, again.status(), again.err());
        assertFalse(Files.exists(notes.resolve("out/out")));
    }

    @Test
    void aFileFarBeyondTheInputLimitIsNotReadAtAll() throws IOException {
        Path big = Files.writeString(dir.resolve("big.md"), "a".repeat(301));
        Run r = run("convert", big.toString(), "--to", "json", "--max-input-length", "100");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("big.md: is 301 bytes, more than any text within the input limit of 100 characters"),
                r.err());
        Path within = Files.writeString(dir.resolve("within.md"), "a".repeat(300));
        Run read = run("convert", within.toString(), "--to", "json", "--max-input-length", "100");
        assertEquals(1, read.status(), read.err());
        assertEquals("DIR/within.md:1:1: error: this text is 300 characters long, more than the limit of 100 "
                + "(NotesParser.Builder.maxInputLength), so it is kept as one block of text and not read; split the "
                + "file or raise the limit (option --max-input-length N) [input-too-long]\n",
                shown(read.err(), dir));
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndTheOthersAreLinted() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "原文:\n\nHello.\n\n你好。\n");
        Files.writeString(notes.resolve("b.md"), "x".repeat(400));
        Run r = run("lint", notes.toString(), "--max-input-length", "100");
        assertEquals(2, r.status(), r.err());
        assertEquals("DIR/notes/a.md:1:1: warning marker-spelling write the marker as `原文：` (full-width colon), not "
                + "`原文:`\n",
                shown(r.out(), dir));
        assertEquals("jingdu lint: DIR/notes/b.md: is 400 bytes, more than any text within the input limit of 100 "
                + "characters, so it is not read; split the file, or raise the limit (--max-input-length)\n"
                + "0 errors, 1 warning in 1 file\n"
                + "jingdu lint: 1 file or folder was not checked (see above)\n",
                shown(r.err(), dir));
    }

    @Test
    void termsGoOnPastAFileThatCannotBeRead() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "原文：\n\nThe World Health Organization (WHO) met.\n\n世卫组织开会。\n");
        Files.writeString(notes.resolve("b.md"), "x".repeat(700));
        Run r = run("terms", notes.toString(), "--kind", "abbreviation", "--format", "tsv", "--max-input-length", "200");
        assertEquals(2, r.status(), r.err());
        assertEquals("DIR/notes/a.md\tWHO\tWorld Health Organization\n",
                shown(r.out(), dir));
        assertEquals("jingdu terms: cannot read DIR/notes/b.md: is 700 bytes, more than any text within the input "
                + "limit of 200 characters, so it is not read; split the file, or raise the limit "
                + "(--max-input-length)\n",
                shown(r.err(), dir));
    }

    @Test
    void aBadConfigurationIsNamedWithItsFile() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), NOTES);
        Files.writeString(notes.resolve(".jingdu.json"), "{\"ignore\": [\"[a-\"]}");
        Run glob = run("lint", notes.toString());
        assertEquals(2, glob.status(), glob.err());
        assertEquals("jingdu lint: DIR/notes/.jingdu.json: the ignore pattern \"[a-\" is not a glob: missing ']' in "
                + "[a-\n",
                shown(glob.err(), dir));
        Files.writeString(notes.resolve(".jingdu.json"), "[".repeat(2_000) + "]".repeat(2_000));
        Run deep = run("lint", notes.toString());
        assertEquals(2, deep.status(), deep.err());
        // After "not valid JSON: ", Jackson's words, which a new version may change.
        assertTrue(shown(deep.err(), dir).startsWith("jingdu lint: DIR/notes/.jingdu.json: not valid JSON: "), deep.err());
        assertEquals(1, deep.err().lines().count(), deep.err());
    }

    @Test
    void aFolderGivenToParseIsNamedAsAFolder() {
        Run r = run("parse", dir.toString());
        assertEquals(2, r.status());
        assertEquals("jingdu parse: DIR: a folder; parse reads one notes file (for a whole folder: jingdu convert "
                + "FOLDER --to json -o OUT)\n",
                shown(r.err(), dir));
    }

    @Test
    void aTwelveDigitSourceDateEpochIsRefusedWithItsName() throws IOException {
        Path input = Files.writeString(dir.resolve("a.md"), NOTES);
        EpubBook.Options options = new EpubBook.Options(null, null, null, io.github.jingdu.epub.EpubEdition.BILINGUAL,
                null, "999999999999");
        StringWriter err = new StringWriter();
        int status = EpubBook.write(java.util.List.of(new InputFiles.Input(input, null)), dir.resolve("b.epub"), options,
                io.github.jingdu.parse.NotesParser.create(), io.github.jingdu.align.DocumentAligner.create(),
                new PrintWriter(err, true));
        assertEquals(2, status);
        assertEquals("jingdu convert: SOURCE_DATE_EPOCH: the book's date +33658-09-27T01:46:39Z is outside the years "
                + "0000 to 9999, which EPUB's dcterms:modified can hold; set it to seconds since 1970-01-01 (at most "
                + "253402300799, the end of 9999), or unset it\n",
                shown(err.toString(), dir));
        assertFalse(Files.exists(dir.resolve("b.epub")));
    }

    @Test
    void aFileNameWithALineBreakIsEscapedInTheTextReport() throws IOException {
        Path file = Files.writeString(dir.resolve("x\n::error::y.md"), "原文:\n\nHello.\n\n你好。\n");
        Run r = run("lint", file.toString());
        assertEquals("DIR/x\\x0A::error::y.md:1:1: warning marker-spelling write the marker as `原文：` (full-width "
                + "colon), not `原文:`\n",
                shown(r.out(), dir));
        assertFalse(r.out().contains("\n::error::"), r.out());
    }

    @Test
    void aStackOverflowIsAnInternalErrorNamingTheFileNotACrash() throws IOException {
        Path file = Files.writeString(dir.resolve("deep.md"), "原文：\n\n" + "-".repeat(1_600) + "\n");
        Run r = run("lint", file.toString());
        assertFalse(r.err().contains("StackOverflowError"), r.err());
        assertTrue(r.status() <= 1, r.err());
    }
}
