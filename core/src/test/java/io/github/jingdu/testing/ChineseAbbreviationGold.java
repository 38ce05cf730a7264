package io.github.jingdu.testing;

import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.terms.DefinitionPattern;
import io.github.jingdu.terms.TermExtractor;
import io.github.jingdu.terms.TextTerm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Chinese definitions of abbreviations checked by reading
 * ({@code src/test/resources/terms/chinese-abbreviations.gold}), in samples, and an extractor's
 * precision and recall on each.
 */
public final class ChineseAbbreviationGold {
    private static final String SAMPLE = "# sample ";

    /**
     * What an extractor gave on one sample.
     *
     * @param given definitions given for a line of the sample
     * @param right of those, the ones the gold holds
     * @param defined lines where the gold holds a definition
     */
    public record Counts(int given, int right, int defined) {
        /** @return right over given */
        public double precision() {
            return (double) right / Math.max(given, 1);
        }

        Counts plus(Counts o) {
            return new Counts(given + o.given, right + o.right, defined + o.defined);
        }

        /** @return a line saying what was given and how much of it was right */
        public String describe(String name) {
            return String.format("Chinese abbreviation definitions, %s: %d given, %d right: precision %.3f, recall %.3f"
                    + " (%d defined)", name, given, right, precision(), (double) right / Math.max(defined, 1), defined);
        }
    }

    private ChineseAbbreviationGold() {
    }

    /**
     * Scores an extractor on each sample and on all of them ({@code "all"}, last).
     *
     * @param terms the extractor
     * @param wrong receives a line for each wrong definition given
     * @return counts by sample name, in the gold's order
     */
    public static Map<String, Counts> score(TermExtractor terms, List<String> wrong) throws IOException {
        Path corpus = SharedData.require("corpus", "the Chinese abbreviation gold");
        Map<String, List<TextTerm>> byFile = new HashMap<>();
        Map<String, Counts> counts = new LinkedHashMap<>();
        String sample = null;
        for (String line : Files.readAllLines(SharedData.projectRoot().resolve(
                "core/src/test/resources/terms/chinese-abbreviations.gold"))) {
            if (line.startsWith(SAMPLE)) {
                sample = line.substring(SAMPLE.length(), line.indexOf(' ', SAMPLE.length()));
            }
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            int colon = f[0].lastIndexOf(':');
            String file = f[0].substring(0, colon);
            int lineNumber = Integer.parseInt(f[0].substring(colon + 1));
            List<TextTerm> found = byFile.computeIfAbsent(file, x -> extract(terms, corpus.resolve(x)));
            String given = found.stream()
                    .filter(t -> t.pattern() == DefinitionPattern.CHINESE && t.text().equals(f[1])
                            && t.span().line() == lineNumber)
                    .map(TextTerm::expansion).findFirst().orElse(null);
            boolean right = f[2].equals(given);
            if (given != null && !right) {
                wrong.add(f[0] + " " + f[1] + ": " + given + " instead of " + f[2]);
            }
            counts.merge(sample, new Counts(given == null ? 0 : 1, right ? 1 : 0, f[2].equals("-") ? 0 : 1),
                    Counts::plus);
        }
        Counts all = counts.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
        counts.put("all", all);
        return counts;
    }

    private static List<TextTerm> extract(TermExtractor terms, Path file) {
        try {
            NoteDocument doc = NotesParser.create().parse(Files.readString(file));
            return terms.extract(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
