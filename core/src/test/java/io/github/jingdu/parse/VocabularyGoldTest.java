package io.github.jingdu.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The reader's vocabulary against gold made by reading notes of every genre of the corpus
 * ({@code vocabulary-gold.tsv}: file, line, headword; nothing else of the notes). A found entry
 * matches a gold entry on the same line whose headword is its headword or one of its variants
 * (compared without case, emphasis, quotes or closing punctuation). Precision and recall are
 * printed per genre; the floors asserted are those of {@code docs/format.md} for the whole gold.
 */
class VocabularyGoldTest {
    private static final double PRECISION_FLOOR = 0.97;
    private static final double F1_FLOOR = 0.95;

    @Test
    void theReaderFindsTheEntriesAPersonSees() throws IOException {
        Path corpus = SharedData.require("corpus", "the vocabulary gold");
        Map<String, List<String[]>> gold = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("vocabulary-gold.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    String[] f = line.split("\t");
                    gold.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
                }
            }
        }
        Map<String, int[]> byGenre = new TreeMap<>();
        NotesParser parser = NotesParser.create();
        for (Map.Entry<String, List<String[]>> file : gold.entrySet()) {
            List<VocabularyEntry> found = parser.parse(Files.readAllBytes(corpus.resolve(file.getKey()))).vocabulary();
            boolean[] used = new boolean[found.size()];
            int matched = 0;
            for (String[] g : file.getValue()) {
                for (int i = 0; i < found.size(); i++) {
                    if (!used[i] && matches(found.get(i), Integer.parseInt(g[1]), g[2])) {
                        used[i] = true;
                        matched++;
                        break;
                    }
                }
            }
            int[] counts = byGenre.computeIfAbsent(file.getKey().substring(0, file.getKey().indexOf('/')), k -> new int[3]);
            counts[0] += file.getValue().size();
            counts[1] += found.size();
            counts[2] += matched;
        }
        int[] all = new int[3];
        StringBuilder report = new StringBuilder("vocabulary gold (genre: gold, found, matched, P, R, F1):");
        byGenre.forEach((genre, c) -> {
            report.append(String.format(Locale.ROOT, "%n  %s: %d, %d, %d, %s", genre, c[0], c[1], c[2], scores(c)));
            for (int k = 0; k < 3; k++) {
                all[k] += c[k];
            }
        });
        report.append(String.format(Locale.ROOT, "%n  all: %d, %d, %d, %s", all[0], all[1], all[2], scores(all)));
        System.out.println(report);
        assertFalse(byGenre.isEmpty());
        double precision = all[2] / (double) all[1];
        double recall = all[2] / (double) all[0];
        assertTrue(precision >= PRECISION_FLOOR && 2 * precision * recall / (precision + recall) >= F1_FLOOR,
                report.toString());
    }

    private static String scores(int[] c) {
        double p = c[1] == 0 ? 0 : c[2] / (double) c[1];
        double r = c[0] == 0 ? 0 : c[2] / (double) c[0];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "%.3f, %.3f, %.3f", p, r, f);
    }

    private static boolean matches(VocabularyEntry e, int line, String headword) {
        if (e.span().line() != line) {
            return false;
        }
        String want = normal(headword);
        if (normal(e.headword()).equals(want)) {
            return true;
        }
        return e.variants().stream().anyMatch(v -> normal(v).equals(want));
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace("*", "").replace('’', '\'').replaceAll("[\"“”`]", "")
                .replaceAll("[.!?:：;；,，]+$", "").replaceAll("\\s+", " ").strip();
    }
}
