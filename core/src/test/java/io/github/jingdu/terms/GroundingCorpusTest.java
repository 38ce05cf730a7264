package io.github.jingdu.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Grounding over the real corpus: every entry gets exactly one grounding, and at least 97% of
 * headwords are found in their passage's English, in the examples written after them, or (outside
 * passages) in the note's English elsewhere (the rate and the misses by cause are printed).
 *
 * <p>Every genre counts but Basketball: its notes are lessons whose vocabulary tables list words
 * that no English of the note uses (0.435 of its entries are found anywhere in the note, measured
 * on 2026-11-30), so grounding does not apply to them yet (issue 14 stays open on this).
 */
class GroundingCorpusTest {
    private static final double TARGET = 0.97;

    private static final String NO_TEXT_STUDIED = "Basketball";

    @Test
    void almostEveryHeadwordIsFoundInItsPassage() throws IOException {
        Path corpus = SharedData.require("corpus", "the grounding rate over the corpus");
        int entries = 0;
        int found = 0;
        int linked = 0;
        Map<GroundingMiss, Integer> misses = new EnumMap<>(GroundingMiss.class);
        for (Path file : SharedData.notesFiles(corpus)) {
            if (corpus.relativize(file).getName(0).toString().equals(NO_TEXT_STUDIED)) {
                continue;
            }
            NoteDocument doc = DocumentAligner.create().align(NotesParser.create().parse(Files.readString(file)));
            int vocabulary = doc.vocabulary().size();
            var groundings = Grounder.create().ground(doc);
            assertEquals(vocabulary, groundings.size(), file.toString());
            for (Grounding g : groundings) {
                entries++;
                if (g.found()) {
                    found++;
                    linked += g.translation().isEmpty() ? 0 : 1;
                    assertEquals(g.sentence().text().substring(g.start(), g.end()), g.matched());
                } else {
                    misses.merge(g.miss(), 1, Integer::sum);
                }
            }
        }
        double rate = found / (double) entries;
        System.out.printf("grounding: %d entries, %d found (%.4f), %d linked to a Chinese sentence, misses %s%n",
                entries, found, rate, linked, misses);
        assertTrue(rate >= TARGET, "rate " + rate);
    }
}
