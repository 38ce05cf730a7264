package io.github.jingdu.align;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.testing.MacDev;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Jingdu's aligner on MAC-Dev (six chapters of Chinese novels and their published English
 * translations): length alone, then each kind of evidence added, printed as a table. Targets:
 * strict F1 at least 0.82 and lax F1 at least 0.98 with all evidence and no dictionary (with
 * CC-CEDICT: {@code MacDevWithDictionaryTest} in the lexicon-cedict module).
 */
class MacDevAlignmentTest {

    @Test
    void meetsTheTargetsAndReportsWhatEachEvidenceAdds() throws IOException {
        Path mac = io.github.jingdu.testing.SharedData.require("align/mac-dev", "the MAC-Dev alignment test");
        Map<String, Set<Evidence>> steps = new LinkedHashMap<>();
        steps.put("length alone", EnumSet.noneOf(Evidence.class));
        steps.put("+ anchors", EnumSet.of(Evidence.ANCHORS));
        steps.put("+ names", EnumSet.of(Evidence.ANCHORS, Evidence.NAMES));
        steps.put("+ learned lexicon", EnumSet.of(Evidence.ANCHORS, Evidence.NAMES, Evidence.LEARNED));
        AlignmentScore all = null;
        for (Map.Entry<String, Set<Evidence>> step : steps.entrySet()) {
            Aligner aligner = Aligner.builder().evidence(step.getValue()).build();
            AlignmentScore total = null;
            for (String id : MacDev.CHAPTERS) {
                AlignmentScore s = AlignmentScore.of(MacDev.gold(mac, id), aligner.align(
                        MacDev.chinese(mac, id), MacDev.english(mac, id), LanguagePair.ZH_EN).beads());
                total = total == null ? s : total.plus(s);
            }
            System.out.printf("MAC-Dev %-18s strict P %.3f R %.3f F1 %.3f | lax P %.3f R %.3f F1 %.3f%n",
                    step.getKey(), total.strictPrecision(), total.strictRecall(), total.strictF1(),
                    total.laxPrecision(), total.laxRecall(), total.laxF1());
            all = total;
        }
        double strict = all.strictF1();
        double lax = all.laxF1();
        assertTrue(strict >= 0.82, () -> "strict F1 " + strict + " is below the target 0.82");
        assertTrue(lax >= 0.98, () -> "lax F1 " + lax + " is below the target 0.98");
    }
}
