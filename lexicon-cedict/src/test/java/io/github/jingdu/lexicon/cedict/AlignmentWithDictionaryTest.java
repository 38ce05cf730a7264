package io.github.jingdu.lexicon.cedict;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.align.Aligner;
import io.github.jingdu.align.AlignmentScore;
import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.align.LanguagePair;
import io.github.jingdu.testing.MacDev;
import io.github.jingdu.testing.NotesGold;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The aligner with CC-CEDICT found on the class path, as the CLI runs it: on MAC-Dev (target:
 * strict F1 at least 0.90, lax at least 0.99) and on the notes gold made by reading (target:
 * strict F1 at least 0.98).
 */
class AlignmentWithDictionaryTest {

    @Test
    void macDev() throws IOException {
        Path mac = io.github.jingdu.testing.SharedData.require("align/mac-dev", "the MAC-Dev alignment test");
        AlignmentScore all = score(mac, Aligner.create());
        AlignmentScore without = score(mac, Aligner.builder().installedLexicons(false).build());
        System.out.printf("MAC-Dev with CC-CEDICT: strict P %.3f R %.3f F1 %.3f | lax P %.3f R %.3f F1 %.3f%n",
                all.strictPrecision(), all.strictRecall(), all.strictF1(), all.laxPrecision(), all.laxRecall(),
                all.laxF1());
        assertTrue(all.strictF1() > without.strictF1() + 0.05, "the dictionary is used: " + without.strictF1() + " without");
        assertTrue(all.strictF1() >= 0.90, () -> "strict F1 " + all.strictF1() + " is below the target 0.90");
        assertTrue(all.laxF1() >= 0.99, () -> "lax F1 " + all.laxF1() + " is below the target 0.99");
    }

    @Test
    void notesGold() throws IOException {
        AlignmentScore s = NotesGold.score(DocumentAligner.create());
        System.out.printf("notes gold with CC-CEDICT: strict F1 %.3f, lax F1 %.3f over %d gold beads%n",
                s.strictF1(), s.laxF1(), s.goldBeads());
        assertTrue(s.strictF1() >= 0.98, () -> "strict F1 " + s.strictF1() + " is below the target 0.98");
    }

    private static AlignmentScore score(Path mac, Aligner aligner) throws IOException {
        AlignmentScore total = null;
        for (String id : MacDev.CHAPTERS) {
            AlignmentScore s = AlignmentScore.of(MacDev.gold(mac, id), aligner.align(
                    MacDev.chinese(mac, id), MacDev.english(mac, id), LanguagePair.ZH_EN).beads());
            total = total == null ? s : total.plus(s);
        }
        return total;
    }
}
