package io.github.jingdu.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jingdu.json.TermsJsonWriter;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Pronunciation;
import io.github.jingdu.model.Sense;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Glossary parts merged in any grouping and order give the glossary of the notes taken one after
 * the other, as a simple sequential merge (below, independent of the class under test) makes it.
 */
class GlossaryPartTest {
    private static final String A = "原文：\n\nX.\n\n学习：\n\nmaterialise：实现；\n\nzeal：热情\n\nApple：苹果\n";
    private static final String B = "原文：\n\nY.\n\n学习：\n\nMaterialize = materialise：具体化；实现\n\nbanana：香蕉\n";

    private static final List<String> SOURCES = new ArrayList<>();
    private static final List<NoteDocument> NOTES = new ArrayList<>();
    private static final List<GlossaryPart> PARTS = new ArrayList<>();

    @BeforeAll
    static void readCorpus() throws IOException {
        Path corpus = SharedData.require("corpus", "glossary parts over the corpus");
        NotesParser parser = NotesParser.create();
        for (Path file : SharedData.notesFiles(corpus)) {
            NoteDocument note = parser.parse(Files.readAllBytes(file));
            PARTS.add(GlossaryPart.of(NOTES.size(), file.toString(), note, Grounder.create().ground(note)));
            SOURCES.add(file.toString());
            NOTES.add(note);
        }
    }

    @Test
    void twoNotesMergeToTheirGlossaryWhicheverComesFirst() {
        NotesParser parser = NotesParser.create();
        GlossaryPart a = GlossaryPart.of(0, "a.md", parser.parse(A));
        GlossaryPart b = GlossaryPart.of(1, "b.md", parser.parse(B));
        assertEquals(a.merge(b), b.merge(a));
        GlossaryEntry m = b.merge(a).glossary(GlossaryOrder.ENGLISH).entries().stream()
                .filter(e -> e.headword().equals("materialise")).findFirst().orElseThrow();
        // Variants in the order met: B's own variant (the same spelling as the headword, kept as
        // written), then B's headword.
        assertEquals(new GlossaryEntry("materialise", List.of("materialise", "Materialize"), List.of(),
                List.of(new Sense("实现", null), new Sense("具体化", null)), 2, m.first(), List.of("a.md", "b.md")), m);
        assertEquals("a.md", m.first().source());
        assertEquals(List.of("Apple", "banana", "materialise", "zeal"),
                b.merge(a).glossary(GlossaryOrder.ENGLISH).entries().stream().map(GlossaryEntry::headword).toList());
    }

    @Test
    void notesGivenTheSameOrdinalAreOrderedByTheirSourcesNames() {
        NotesParser parser = NotesParser.create();
        GlossaryPart b = GlossaryPart.of(7, "b.md", parser.parse(A));
        GlossaryPart a = GlossaryPart.of(7, "a.md", parser.parse(B));
        assertEquals(a.merge(b), b.merge(a));
        GlossaryEntry m = b.merge(a).glossary(GlossaryOrder.ENGLISH).entries().stream()
                .filter(e -> e.headword().equalsIgnoreCase("materialize")).findFirst().orElseThrow();
        assertEquals("Materialize", m.headword());
        assertEquals(List.of("a.md", "b.md"), m.sources());
        assertEquals(List.of(new Sense("具体化", null), new Sense("实现", null)), m.senses());
    }

    @Test
    void theEmptyPartChangesNothing() {
        GlossaryPart a = GlossaryPart.of(0, "a.md", NotesParser.create().parse(A));
        assertSame(a, a.merge(GlossaryPart.empty()));
        assertSame(a, GlossaryPart.empty().merge(a));
        assertEquals(0, GlossaryPart.mergeAll(List.of()).size());
        assertEquals(3, a.size());
    }

    @Test
    void theCorpusMergedInAnyGroupingAndOrderGivesTheSequentialGlossary() {
        for (GlossaryOrder order : GlossaryOrder.values()) {
            Glossary expected = sequential(order);
            assertEquals(expected, GlossaryPart.mergeAll(PARTS).glossary(order));
            Glossary.Builder builder = Glossary.builder(order);
            for (int i = 0; i < NOTES.size(); i++) {
                builder.add(SOURCES.get(i), NOTES.get(i));
            }
            assertEquals(expected, builder.build());
        }
        Glossary expected = sequential(GlossaryOrder.ENGLISH);
        qt().withExamples(12).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<GlossaryPart> shuffled = new ArrayList<>(PARTS);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, mergeAsATree(shuffled, random).glossary(GlossaryOrder.ENGLISH));
        });
    }

    @Test
    void aPartThatTravelsComesBackEqual() {
        GlossaryPart all = GlossaryPart.mergeAll(PARTS);
        GlossaryPart back = roundTrip(all);
        assertEquals(all, back);
        assertEquals(all.glossary(GlossaryOrder.PINYIN), back.glossary(GlossaryOrder.PINYIN));
        assertEquals(all.groundings(), back.groundings());
    }

    @Test
    void theGroundingsKeptWriteTheSameTermsJsonAsEveryGrounding() {
        Map<String, List<Grounding>> every = new LinkedHashMap<>();
        for (int i = 0; i < NOTES.size(); i++) {
            every.put(SOURCES.get(i), Grounder.create().ground(NOTES.get(i)));
        }
        Glossary glossary = sequential(GlossaryOrder.ENGLISH);
        GlossaryPart all = GlossaryPart.mergeAll(PARTS);
        assertEquals(TermsJsonWriter.create().write(glossary, null, every),
                TermsJsonWriter.create().write(all.glossary(GlossaryOrder.ENGLISH), null, all.groundings()));
    }

    /** Merges consecutive runs of random length, then the merged runs pairwise, in random order. */
    private static GlossaryPart mergeAsATree(List<GlossaryPart> parts, Random random) {
        List<GlossaryPart> level = new ArrayList<>();
        for (int i = 0; i < parts.size(); ) {
            int n = 1 + random.nextInt(40);
            level.add(GlossaryPart.mergeAll(parts.subList(i, Math.min(parts.size(), i + n))));
            i += n;
        }
        while (level.size() > 1) {
            GlossaryPart x = level.remove(random.nextInt(level.size()));
            GlossaryPart y = level.remove(random.nextInt(level.size()));
            level.add(x.merge(y));
        }
        return level.get(0);
    }

    private static GlossaryPart roundTrip(GlossaryPart part) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(part);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (GlossaryPart) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** The glossary of the corpus's notes in path order, merged one entry after the other. */
    private static Glossary sequential(GlossaryOrder order) {
        Map<String, Merging> byKey = new LinkedHashMap<>();
        for (int i = 0; i < NOTES.size(); i++) {
            String source = SOURCES.get(i);
            for (VocabularyEntry e : NOTES.get(i).vocabulary()) {
                String key = io.github.jingdu.terms.internal.WordForms.american(
                        e.headword().toLowerCase(Locale.ROOT).strip());
                byKey.computeIfAbsent(key, k -> new Merging(e.headword(), new Occurrence(source, e.span())))
                        .add(source, e);
            }
        }
        List<GlossaryEntry> entries = new ArrayList<>();
        byKey.values().forEach(m -> entries.add(new GlossaryEntry(m.headword, List.copyOf(m.variants),
                List.copyOf(m.pronunciations), List.copyOf(m.senses), m.frequency, m.first, List.copyOf(m.sources))));
        return Glossary.sorted(entries, order);
    }

    /** One headword of the sequential merge: each list in the order its items were first met. */
    private static final class Merging {
        final String headword;
        final Occurrence first;
        final Set<String> variants = new LinkedHashSet<>();
        final Set<Pronunciation> pronunciations = new LinkedHashSet<>();
        final Set<Sense> senses = new LinkedHashSet<>();
        final Set<String> sources = new LinkedHashSet<>();
        int frequency;

        Merging(String headword, Occurrence first) {
            this.headword = headword;
            this.first = first;
        }

        void add(String source, VocabularyEntry e) {
            frequency++;
            sources.add(source);
            variants.addAll(e.variants());
            if (!e.headword().equalsIgnoreCase(headword)) {
                variants.add(e.headword());
            }
            pronunciations.addAll(e.pronunciations());
            senses.addAll(e.senses());
        }
    }
}
