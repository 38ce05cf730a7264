package io.github.jingdu.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.model.Bead;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.SourceDiagnostic;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.SentenceAlignment;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Books that EPUBCheck accepts without a message, the same bytes every time, and no injection. */
class EpubWriterTest {
    private final NotesParser parser = NotesParser.create();

    @TempDir
    Path dir;

    static EpubSource source(NotesParser parser, Path file, Path root) throws IOException {
        NoteDocument d = DocumentAligner.create().align(parser.parse(Files.readAllBytes(file)));
        return new EpubSource(d, file.getFileName().toString(), file.getParent(), root);
    }

    private byte[] book(List<EpubSource> sources, EpubWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(sources, out);
        return out.toByteArray();
    }

    private EpubCheckRun check(byte[] epub, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, epub);
        return EpubCheckRun.of(file.toFile());
    }

    @Test
    void bothSeedsPassEpubCheckInEveryEdition() throws IOException {
        Path seeds = SharedData.projectRoot().resolve("seeds");
        List<EpubSource> sources = List.of(source(parser, seeds.resolve("000_2a148c15c4b98b6e.txt"), seeds),
                source(parser, seeds.resolve("003_ab445b9359c57aa7.txt"), seeds));
        for (EpubEdition edition : EpubEdition.values()) {
            for (EpubSource s : sources) {
                EpubCheckRun r = check(book(List.of(s), EpubWriter.builder().edition(edition).build()), "seed.epub");
                assertTrue(r.clean(), edition + " " + s.name() + ":\n" + r.report());
            }
        }
        EpubCheckRun both = check(book(sources, EpubWriter.builder().title("Seeds").build()), "seeds.epub");
        assertTrue(both.clean(), both.report());
    }

    @Test
    void sentencesOfAnUncertainBeadAreMarked() throws IOException {
        NoteDocument d = DocumentAligner.create().align(parser.parse("原文：\n\nThe library opens at nine. It has maps. They are old.\n\n"
                + "图书馆九点开门。它有旧地图。\n"));
        Passage p = d.passages().get(0);
        SentenceAlignment a = p.alignment();
        List<Bead> beads = List.of(new Bead(List.of(0), List.of(0), a.beads().get(0).score()),
                new Bead(List.of(1, 2), List.of(1), -40));
        Block changed = p.withAlignment(new SentenceAlignment(a.source(), a.target(), beads));
        NoteDocument doc = new NoteDocument(List.of(changed), d.diagnostics());
        byte[] epub = book(List.of(new EpubSource(doc, "notes.md", dir, dir)), EpubWriter.builder().build());
        String chapter = entries(epub).stream().filter(e -> e.endsWith(".xhtml")).map(e -> {
            try {
                return entry(epub, e);
            } catch (IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        }).filter(x -> x.contains("class=\"passage\"")).findFirst().orElseThrow();
        assertTrue(chapter.contains("<span class=\"sentence\" id=\"c1-0-b0-en0\">"), chapter);
        assertTrue(chapter.contains("<span class=\"sentence uncertain\" id=\"c1-0-b1-en1\">"), chapter);
        assertTrue(chapter.contains("<span class=\"sentence uncertain\" id=\"c1-0-b1-en2\">"), chapter);
        assertTrue(chapter.contains("<span class=\"sentence uncertain\" id=\"c1-0-b1-zh1\">"), chapter);
    }

    @Test
    void twoRunsGiveTheSameBytes() throws IOException {
        Path seeds = SharedData.projectRoot().resolve("seeds");
        List<EpubSource> sources = List.of(source(parser, seeds.resolve("000_2a148c15c4b98b6e.txt"), seeds));
        byte[] first = book(sources, EpubWriter.builder().build());
        byte[] second = book(List.of(source(parser, seeds.resolve("000_2a148c15c4b98b6e.txt"), seeds)),
                EpubWriter.builder().build());
        assertArrayEquals(first, second);
        assertEquals("mimetype", entries(first).get(0), "mimetype comes first");
        assertEquals("application/epub+zip", new String(first, 38, 20, StandardCharsets.US_ASCII),
                "mimetype is stored, with no extra field");
    }

    @Test
    void hostileInputCannotInjectMarkupOrEscapeTheRoot() throws IOException {
        Path notes = dir.resolve("notes");
        Files.createDirectories(notes);
        Files.write(dir.resolve("secret.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 0, 0});
        StringBuilder text = new StringBuilder("# </title><script>alert(1)</script>\n\n")
                .append("![x\" onerror=\"alert(1)](../secret.png)\n\n![y](/etc/passwd)\n\n![z](https://example.com/a.png)\n\n")
                .append("![w](../../etc/passwd)\n\n")
                .append("原文：\n\nHello </body> <b>world</b> & \u0001 friends.\n\n你好<script>。\n\n学习：\n\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("word").append(i).append("：词").append(i).append("\n");
        }
        Path file = notes.resolve("hostile.md");
        Files.writeString(file, text.toString());
        EpubSource s = source(parser, file, notes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<SourceDiagnostic> diagnostics = EpubWriter.builder().build().write(List.of(s), out);
        assertEquals(4, diagnostics.size(), diagnostics.toString());
        List<String> names = entries(out.toByteArray());
        String chapter = entry(out.toByteArray(), "OEBPS/chapter-001.xhtml");
        assertEquals(1, chapter.split("</body>", -1).length - 1, "the input's </body> is not markup");
        assertEquals(1, chapter.split("<title>", -1).length - 1, "the input's </title> is not markup");
        assertFalse(chapter.contains("<script") || chapter.contains("<b>world") || chapter.contains("onerror=\""),
                "no markup from the input");
        assertFalse(names.stream().anyMatch(n -> n.contains("images/")), "no image was read: " + names);
        EpubCheckRun r = check(out.toByteArray(), "hostile.epub");
        assertTrue(r.clean(), r.report());
    }

    @Test
    void epubCheckReallyChecks() throws IOException {
        Path seeds = SharedData.projectRoot().resolve("seeds");
        byte[] good = book(List.of(source(parser, seeds.resolve("003_ab445b9359c57aa7.txt"), seeds)),
                EpubWriter.builder().build());
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(good));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(broken)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().endsWith("content.opf")) {
                    content = new String(content, StandardCharsets.UTF_8).replace("unique-identifier=\"uid\"",
                            "unique-identifier=\"missing\"").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        EpubCheckRun r = check(broken.toByteArray(), "broken.epub");
        assertFalse(r.clean(), "EPUBCheck must notice a damaged package");
    }

    static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the book");
    }

    static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
