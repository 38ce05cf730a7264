package io.github.jingdu.lexicon.cedict;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.terms.TermExtractor;
import io.github.jingdu.testing.ChineseAbbreviationGold;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chinese definitions of abbreviations with CC-CEDICT found on the class path, as the CLI finds
 * them, against the samples checked by reading (core's {@code chinese-abbreviations.gold}).
 * Target: precision at least 0.90 on the samples together.
 */
class AbbreviationsWithDictionaryTest {

    @Test
    void precisionOnTheSamplesCheckedByReading() throws IOException {
        List<String> wrong = new ArrayList<>();
        Map<String, ChineseAbbreviationGold.Counts> counts = ChineseAbbreviationGold.score(TermExtractor.create(), wrong);
        List<String> without = new ArrayList<>();
        ChineseAbbreviationGold.Counts before = ChineseAbbreviationGold.score(
                TermExtractor.builder().installedLexicons(false).build(), without).get("all");
        if (Boolean.getBoolean("jingdu.verbose")) {
            wrong.forEach(w -> System.out.println("  " + w));
        }
        counts.forEach((name, c) -> System.out.println(
                c.describe((name.equals("all") ? "all samples" : "sample " + name) + ", with CC-CEDICT")));
        ChineseAbbreviationGold.Counts all = counts.get("all");
        assertTrue(all.right() > before.right(), "the dictionary is used: " + before.right() + " right without it");
        assertTrue(all.precision() >= 0.90, () -> "precision " + all.precision() + " is below the target 0.90");
    }
}
