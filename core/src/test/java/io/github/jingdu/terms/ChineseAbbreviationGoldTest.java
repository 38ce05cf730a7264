package io.github.jingdu.terms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chinese definitions of abbreviations against 80 checked by reading
 * ({@code src/test/resources/terms/chinese-abbreviations.gold}). It holds the precision reached
 * on 2026-12-01; the target of 0.90 is not met yet (see docs/terms.md).
 */
class ChineseAbbreviationGoldTest {

    @Test
    void precisionOnTheSampleCheckedByReading() throws IOException {
        Path corpus = SharedData.require("corpus", "the Chinese abbreviation gold");
        Map<String, List<TextTerm>> byFile = new HashMap<>();
        int predicted = 0;
        int right = 0;
        int defined = 0;
        for (String line : Files.readAllLines(SharedData.projectRoot().resolve(
                "core/src/test/resources/terms/chinese-abbreviations.gold"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            int colon = f[0].lastIndexOf(':');
            String file = f[0].substring(0, colon);
            int lineNumber = Integer.parseInt(f[0].substring(colon + 1));
            List<TextTerm> terms = byFile.computeIfAbsent(file, x -> extract(corpus.resolve(x)));
            String found = terms.stream()
                    .filter(t -> t.pattern() == DefinitionPattern.CHINESE && t.text().equals(f[1])
                            && t.span().line() == lineNumber)
                    .map(TextTerm::expansion).findFirst().orElse(null);
            if (!f[2].equals("-")) {
                defined++;
            }
            if (found != null) {
                predicted++;
                if (found.equals(f[2])) {
                    right++;
                } else if (Boolean.getBoolean("jingdu.verbose")) {
                    System.out.println("  " + f[1] + ": " + found + " instead of " + f[2]);
                }
            }
        }
        double precision = (double) right / Math.max(predicted, 1);
        double recall = (double) right / Math.max(defined, 1);
        System.out.printf("Chinese abbreviation definitions: %d given, %d right: precision %.3f, recall %.3f"
                + " (%d defined in the sample)%n", predicted, right, precision, recall, defined);
        assertTrue(precision >= 0.55, "precision " + precision + " is below 0.55, the level reached");
    }

    private static List<TextTerm> extract(Path file) {
        try {
            NoteDocument doc = NotesParser.create().parse(Files.readString(file));
            return TermExtractor.create().extract(doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
