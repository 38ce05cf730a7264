package io.github.jingdu.terms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chinese definitions of abbreviations against three samples checked by reading
 * ({@code src/test/resources/terms/chinese-abbreviations.gold}): two the reader was tuned on and
 * a third held out. It holds the precision reached on 2026-12-01; the target of 0.90 on a sample
 * the reader was not tuned on is not met yet (see docs/terms.md).
 */
class ChineseAbbreviationGoldTest {
    private static final String SAMPLE = "# sample ";

    @Test
    void precisionOnTheSamplesCheckedByReading() throws IOException {
        Path corpus = SharedData.require("corpus", "the Chinese abbreviation gold");
        Map<String, List<TextTerm>> byFile = new HashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        int[] sample = null;
        for (String line : Files.readAllLines(SharedData.projectRoot().resolve(
                "core/src/test/resources/terms/chinese-abbreviations.gold"))) {
            if (line.startsWith(SAMPLE)) {
                sample = counts.computeIfAbsent(line.substring(SAMPLE.length(), line.indexOf(' ', SAMPLE.length())),
                        k -> new int[3]);
            }
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
                sample[2]++;
            }
            if (found != null) {
                sample[0]++;
                if (found.equals(f[2])) {
                    sample[1]++;
                } else if (Boolean.getBoolean("jingdu.verbose")) {
                    System.out.println("  " + f[1] + ": " + found + " instead of " + f[2]);
                }
            }
        }
        int[] all = new int[3];
        counts.forEach((name, c) -> {
            report("sample " + name, c);
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        });
        double overall = report("all samples", all);
        double heldOut = precision(counts.get("3"));
        assertTrue(overall >= 0.89, "precision " + overall + " is below 0.89, the level reached");
        assertTrue(heldOut >= 0.85, "precision on the held-out sample " + heldOut + " is below 0.85, the level reached");
    }

    private static double report(String name, int[] c) {
        System.out.printf("Chinese abbreviation definitions, %s: %d given, %d right: precision %.3f, recall %.3f"
                + " (%d defined)%n", name, c[0], c[1], precision(c), (double) c[1] / Math.max(c[2], 1), c[2]);
        return precision(c);
    }

    private static double precision(int[] c) {
        return (double) c[1] / Math.max(c[0], 1);
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
