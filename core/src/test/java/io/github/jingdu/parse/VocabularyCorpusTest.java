package io.github.jingdu.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Vocabulary over the real corpus: at least 99.5% of the lines that are or look like entries
 * parse into a headword with senses (or with an explanation or a full form that gives them). The leftovers are
 * printed; each is also a diagnostic, never dropped.
 */
class VocabularyCorpusTest {
    private static final double TARGET = 0.995;
    private static final Set<String> LEFTOVER_CODES = Set.of("vocabulary-unparsed", "vocabulary-without-meaning");

    @Test
    void almostEveryEntryLineParsesIntoHeadwordAndSenses() throws IOException {
        Path corpus = SharedData.require("corpus", "the vocabulary rate over the corpus");
        NotesParser parser = NotesParser.create();
        int entries = 0;
        int complete = 0;
        int unparsed = 0;
        int examples = 0;
        List<String> leftovers = new ArrayList<>();
        for (Path file : SharedData.notesFiles(corpus)) {
            NoteDocument doc = parser.parse(Files.readString(file));
            {
                for (VocabularyEntry e : doc.vocabulary()) {
                    entries++;
                    if (!e.senses().isEmpty() || e.explanation() != null || e.expansion() != null) {
                        complete++;
                    } else {
                        leftovers.add(corpus.relativize(file) + ":" + e.span().line() + ": no meaning: " + e.headword());
                    }
                    examples += e.examples().size() + (e.explanation() == null ? 0 : e.explanation().examples().size());
                }
            }
            for (Diagnostic d : doc.diagnostics()) {
                if (d.code().equals("vocabulary-unparsed")) {
                    unparsed++;
                    leftovers.add(corpus.relativize(file) + ":" + d.span().line() + ": " + d.code());
                }
            }
        }
        double rate = complete / (double) (entries + unparsed);
        System.out.printf("vocabulary: %d entries, %d with headword and senses, %d lines unparsed, rate %.4f, %d examples%n",
                entries, complete, unparsed, rate, examples);
        leftovers.forEach(l -> System.out.println("  leftover " + l));
        assertTrue(entries > 10_000, "the corpus holds over ten thousand entries");
        assertTrue(rate >= TARGET, "rate " + rate);
    }

    @Test
    void everyLeftoverIsReported() {
        NoteDocument doc = NotesParser.create().parse(
                "原文：\n\nThey won gold.\n\n他们赢得了金牌。\n\n学习：\n\ngold，silver，bronze 美 [brɑːnz]：金银铜\n\nroaming\n");
        List<String> codes = doc.diagnostics().stream().map(Diagnostic::code).filter(LEFTOVER_CODES::contains).toList();
        assertTrue(codes.equals(List.of("vocabulary-unparsed", "vocabulary-without-meaning")), codes.toString());
        assertTrue(doc.diagnostics().get(0).span().line() == 9, "the unparsed line is line 9");
    }
}
