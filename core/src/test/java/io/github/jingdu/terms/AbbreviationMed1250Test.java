package io.github.jingdu.terms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Abbreviation extraction on MED1250 (1,250 biomedical abstracts with gold short-form/long-form
 * pairs): case-insensitive exact pairs, each pair counted once per abstract. Published figures on
 * the same gold: Schwartz and Hearst P 0.955 / R 0.786, Ab3P P 0.964 / R 0.847.
 */
class AbbreviationMed1250Test {
    private static final double PRECISION_TARGET = 0.96;
    private static final double RECALL_TARGET = 0.85;

    @Test
    void precisionAndRecallBeatTheTargets() throws IOException {
        Med1250 gold = Med1250.read(SharedData.require("terms/med1250", "the MED1250 abbreviation evaluation")
                .resolve("MED1250_labeled"));
        TermExtractor extractor = TermExtractor.create();
        int truePositives = 0;
        int found = 0;
        int expected = 0;
        for (Med1250.Abstract a : gold.abstracts()) {
            Set<String> pairs = new HashSet<>();
            for (Abbreviation abbreviation : extractor.abbreviations(a.text())) {
                pairs.add(Med1250.pair(abbreviation.shortForm(), abbreviation.longForm()));
            }
            found += pairs.size();
            expected += a.gold().size();
            pairs.retainAll(a.gold());
            truePositives += pairs.size();
        }
        double precision = truePositives / (double) found;
        double recall = truePositives / (double) expected;
        System.out.printf("MED1250: %d abstracts, %d gold pairs, %d found, %d correct: P %.4f R %.4f%n",
                gold.abstracts().size(), expected, found, truePositives, precision, recall);
        assertTrue(gold.abstracts().size() > 1000, "the gold file should hold about 1,250 abstracts");
        assertTrue(precision >= PRECISION_TARGET, "precision " + precision);
        assertTrue(recall >= RECALL_TARGET, "recall " + recall);
    }
}
