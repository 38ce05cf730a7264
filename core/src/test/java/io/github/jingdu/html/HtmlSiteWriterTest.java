package io.github.jingdu.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.model.Bead;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Passage;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The web reader's site, file by file, from notes written here and from the seeds. */
class HtmlSiteWriterTest {
    private static final String NOTE = """
            # Grains of truth

            原文：

            The report looks at data with fine granularity. Its authors say so twice.

            报告以精细的粒度审视数据。作者们说了两遍。

            学习：

            granularity: 粒度

            """;

    @Test
    void aNoteMakesAnIndexAGlossaryByLetterAPageAndTheAssets() {
        HtmlSite site = HtmlSiteWriter.builder().title("Reading").build().write(List.of(source(NOTE, "2024/grains.md")));
        assertEquals(List.of("glossary.html", "glossary/g.html", "glossary/words.js", "index.html",
                "notes/2024-grains.html", "site.css", "site.js"), List.copyOf(site.files().keySet()));
        assertEquals(List.of(), site.diagnostics());
        String index = text(site, "index.html");
        assertTrue(index.contains("<title>Reading</title>"), index);
        assertTrue(index.contains("<h2>2024</h2>"), "the folder is the note's section: " + index);
        assertTrue(index.contains("<a href=\"notes/2024-grains.html\">Grains of truth</a>"), index);
        assertTrue(index.contains("<p class=\"meta\">grains.md · 1 passage · 1 word studied</p>"), index);
        assertEquals("window.jingduGlossary = [\n[\"granularity\",\"粒度\",\"li du\",\"glossary/g.html#g1\",1,0],\n];\n",
                text(site, "glossary/words.js"));
        String letter = text(site, "glossary/g.html");
        assertTrue(letter.contains("<li id=\"g1\">"), letter);
        assertTrue(letter.contains("Studied in <a href=\"../notes/2024-grains.html#c1-1-n0\">Grains of truth</a>"), letter);
    }

    @Test
    void eachSentenceOfTheNotesPageCarriesItsBeadAndThePageIsHtmlNotXhtml() {
        NoteDocument d = aligned(NOTE);
        HtmlSite site = HtmlSiteWriter.builder().build().write(List.of(new HtmlSource(d, "grains.md", null, null)));
        String page = text(site, "notes/grains.html");
        Passage p = d.only(Passage.class).get(0);
        List<Bead> beads = p.alignment().beads();
        assertEquals(2, beads.size(), "the aligner pairs the two sentences one to one");
        for (int b = 0; b < beads.size(); b++) {
            for (int i : beads.get(b).source()) {
                assertTrue(page.contains("id=\"c1-1-b" + b + "-en" + i + "\" data-bead=\"c1-1-b" + b + "\""), page);
            }
            for (int i : beads.get(b).target()) {
                assertTrue(page.contains("id=\"c1-1-b" + b + "-zh" + i + "\" data-bead=\"c1-1-b" + b + "\""), page);
            }
        }
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n"), page);
        assertFalse(page.contains("xml:lang") || page.contains("epub:type") || page.contains("<?xml"), page);
        assertTrue(page.contains("<a role=\"doc-noteref\" class=\"noteref\" href=\"#c1-1-n0\">granularity</a>"), page);
        assertTrue(page.contains("<a href=\"../glossary/g.html#g1\">"), "the note links to its glossary entry: " + page);
        assertFalse(page.contains("http://") || page.contains("https://"), "nothing from elsewhere: " + page);
    }

    @Test
    void pageNamesFollowThePathsAndNeverCollide() {
        String longName = "长".repeat(100) + ".md";
        HtmlSite site = HtmlSiteWriter.builder().build().write(List.of(source(NOTE, "Basketball/Game 3.md"),
                source(NOTE, "basketball/game-3.txt"), source(NOTE, "(draft).md"), source(NOTE, "读书/第一章.md"),
                source(NOTE, "misc/Con.md"), source(NOTE, "nul.txt"), source(NOTE, longName)));
        String hash = Integer.toHexString(longName.hashCode() | 0x10000000);
        assertEquals(new TreeSet<>(List.of("notes/Basketball-Game-3.html", "notes/basketball-game-3-2.html",
                "notes/draft.html", "notes/读书-第一章.html", "notes/misc-Con.html", "notes/nul-note.html",
                "notes/" + "长".repeat(71) + "-" + hash + ".html")),
                site.files().keySet().stream().filter(f -> f.startsWith("notes/")).collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(order(site, "notes/Basketball-Game-3.html") < order(site, "notes/basketball-game-3-2.html"),
                "the first path keeps the plain name");
    }

    @Test
    void theSeedsGiveTheSameBytesOnOneThreadAndOnFour() throws IOException {
        List<HtmlSource> sources = new ArrayList<>();
        Path seeds = SharedData.projectRoot().resolve("seeds");
        for (Path seed : SharedData.notesFiles(seeds)) {
            sources.add(new HtmlSource(aligned(Files.readString(seed)), seed.getFileName().toString(), seeds, seeds));
        }
        HtmlSite one = HtmlSiteWriter.builder().build().write(sources);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            HtmlSite four = HtmlSiteWriter.builder().executor(pool).build().write(sources);
            assertEquals(one.files().keySet(), four.files().keySet());
            for (Map.Entry<String, byte[]> f : one.files().entrySet()) {
                assertArrayEquals(f.getValue(), four.files().get(f.getKey()), f.getKey());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noNotesMakeASiteThatSaysSo() {
        HtmlSite site = HtmlSiteWriter.builder().build().write(List.of());
        assertTrue(text(site, "index.html").contains("<p>No notes.</p>"));
        assertTrue(text(site, "glossary.html").contains("<p>No vocabulary.</p>"));
    }

    /** A note page's place in the index. */
    private static int order(HtmlSite site, String page) {
        return text(site, "index.html").indexOf("href=\"" + page + "\"");
    }

    private static HtmlSource source(String note, String path) {
        return new HtmlSource(aligned(note), path, null, null);
    }

    private static NoteDocument aligned(String note) {
        return DocumentAligner.create().align(NotesParser.create().parse(note));
    }

    private static String text(HtmlSite site, String file) {
        return new String(site.files().get(file), StandardCharsets.UTF_8);
    }
}
