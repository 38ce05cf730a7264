package io.github.jingdu.anki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.model.SourceDiagnostic;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anki packages read back with plain SQL against Anki's schema 11 (the {@code col}, {@code notes}
 * and {@code cards} tables): Jingdu's note type, the deck, one note and card per flashcard, ids
 * unique and the same in a second run, tags for domains and flags, the explanations' images.
 */
class ApkgWriterTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0, 1, 2, 3};
    private static final Instant WHEN = Instant.parse("2024-08-12T17:51:00Z");

    @TempDir
    Path dir;

    /** What the test reads from a package. */
    private record Package(Map<String, byte[]> entries, List<String> guids, List<Long> noteIds, List<String> fields,
            List<String> tags, int cards, Set<Long> cardNotes, JsonNode models, JsonNode decks) {
    }

    @Test
    void theSeedsMakeAPackageAnkiReads() throws Exception {
        Path seeds = SharedData.projectRoot().resolve("seeds");
        List<Flashcard> cards = cards(seeds, List.of("000_2a148c15c4b98b6e.txt", "003_ab445b9359c57aa7.txt"));
        byte[] first = apkg(cards, "Seeds", seeds);
        byte[] second = apkg(cards(seeds, List.of("000_2a148c15c4b98b6e.txt", "003_ab445b9359c57aa7.txt")), "Seeds", seeds);
        assertArrayEquals(first, second, "the same cards give the same bytes");
        Package p = read(first);
        assertEquals(cards.size(), p.guids().size());
        assertEquals(cards.stream().map(Flashcard::id).toList(), p.guids(), "each note's guid is its card's id");
        assertEquals(p.guids().size(), new HashSet<>(p.guids()).size(), "guids are unique");
        assertEquals(p.noteIds().size(), new HashSet<>(p.noteIds()).size(), "note ids are unique");
        assertEquals(cards.size(), p.cards());
        assertEquals(new HashSet<>(p.noteIds()), p.cardNotes(), "one card per note");
        JsonNode model = p.models().elements().next();
        assertEquals(AnkiWriter.NOTE_TYPE, model.path("name").asText());
        List<String> fieldNames = new ArrayList<>();
        model.path("flds").forEach(f -> fieldNames.add(f.path("name").asText()));
        assertEquals(List.of("Word", "Pronunciation", "Meaning", "Sentence", "Translation", "Examples", "Notes", "Source"),
                fieldNames);
        assertTrue(model.path("tmpls").get(0).path("qfmt").asText().contains("{{Word}}"));
        List<String> deckNames = new ArrayList<>();
        p.decks().forEach(d -> deckNames.add(d.path("name").asText()));
        assertTrue(deckNames.contains("Seeds"), deckNames.toString());
        String dials = p.fields().stream().filter(f -> f.startsWith("dials\u001f")).findFirst().orElseThrow();
        assertEquals("dials\u001f美 [ˈdaɪəlz]\u001f拨号盘；刻度盘；转盘", String.join("\u001f",
                List.of(dials.split("\u001f", -1)).subList(0, 3)));
        assertTrue(dials.split("\u001f", -1)[3].contains("<b>dials</b>"), dials);
    }

    @Test
    void domainsAndFlagsAreTagsAndImagesAreMedia() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.write(notes.resolve("diagram.png"), PNG);
        Files.writeString(notes.resolve("law.md"), """
                原文：

                The court heard the appeal of the mistral ruling.

                法院审理了对米斯特拉尔裁决的上诉。

                学习：

                appeal：[法律]上诉 **注意发音**

                Mistral：法国南部的干冷北风

                Mistral：一家法国人工智能公司

                mistral ruling：
                > 指一项裁决
                > ![a diagram of the ruling](diagram.png)
                """);
        List<Flashcard> cards = cards(notes, List.of("law.md"));
        Package p = read(apkg(cards, "Law::2024", notes));
        assertEquals(4, p.guids().size());
        assertEquals(4, new HashSet<>(p.guids()).size(), "two entries of one headword are two notes");
        assertTrue(p.tags().get(0).contains(" domain::法律 "), p.tags().get(0));
        assertTrue(p.tags().get(0).contains(" flag::注意发音 "), p.tags().get(0));
        String ruling = p.fields().get(3);
        assertTrue(ruling.split("\u001f", -1)[2].contains("指一项裁决"), "an entry explained only in a quote has it as"
                + " its meaning: " + ruling);
        String media = new String(p.entries().get("media"), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode map = new ObjectMapper().readTree(media);
        assertEquals(1, map.size(), media);
        String name = map.path("0").asText();
        assertArrayEquals(PNG, p.entries().get("0"), "the image is in the package");
        assertTrue(ruling.contains("<img src=\"" + name + "\""), ruling);
    }

    @Test
    void aCorpusFolderMakesAPackageWithUniqueStableIds() throws Exception {
        Path corpus = SharedData.require("corpus", "the Anki package test over a corpus folder");
        Path idioms = corpus.resolve("Idioms");
        List<String> names = SharedData.notesFiles(idioms).stream().map(f -> idioms.relativize(f).toString()).toList();
        List<Flashcard> cards = cards(idioms, names);
        Package first = read(apkg(cards, "Idioms", idioms));
        Package second = read(apkg(cards(idioms, names), "Idioms", idioms));
        assertTrue(first.guids().size() > 100, "cards: " + first.guids().size());
        assertEquals(first.guids().size(), new HashSet<>(first.guids()).size(), "guids are unique");
        assertEquals(first.guids(), second.guids(), "ids are stable across runs");
        assertEquals(first.noteIds(), second.noteIds(), "note ids are stable across runs");
    }

    private static List<Flashcard> cards(Path root, List<String> names) throws IOException {
        List<Flashcard> cards = new ArrayList<>();
        for (String name : names) {
            cards.addAll(Flashcards.of(name, DocumentAligner.create().align(
                    NotesParser.create().parse(Files.readAllBytes(root.resolve(name))))));
        }
        return cards;
    }

    private static byte[] apkg(List<Flashcard> cards, String deck, Path root) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<SourceDiagnostic> notIncluded = ApkgWriter.builder().deck(deck).modified(WHEN).mediaRoot(root).build()
                .write(cards, out);
        assertTrue(notIncluded.stream().noneMatch(d -> d.diagnostic().message().contains("diagram")), notIncluded.toString());
        return out.toByteArray();
    }

    private Package read(byte[] apkg) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(apkg))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        Path db = Files.createTempFile(dir, "collection", ".anki2");
        Files.write(db, entries.get("collection.anki2"));
        List<String> guids = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Set<Long> cardNotes = new HashSet<>();
        int cards = 0;
        JsonNode models;
        JsonNode decks;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select n.id, n.guid, n.flds, n.tags from notes n join cards c on c.nid = n.id order by c.due")) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                    guids.add(r.getString(2));
                    fields.add(r.getString(3));
                    tags.add(r.getString(4));
                }
            }
            try (ResultSet r = s.executeQuery("select nid from cards")) {
                while (r.next()) {
                    cards++;
                    cardNotes.add(r.getLong(1));
                }
            }
            try (ResultSet r = s.executeQuery("select models, decks, ver from col")) {
                r.next();
                models = new ObjectMapper().readTree(r.getString(1));
                decks = new ObjectMapper().readTree(r.getString(2));
                assertEquals(11, r.getInt(3), "schema 11");
            }
        }
        return new Package(entries, guids, ids, fields, tags, cards, cardNotes, models, decks);
    }
}
