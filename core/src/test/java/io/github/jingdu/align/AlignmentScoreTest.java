package io.github.jingdu.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jingdu.model.Bead;
import io.github.jingdu.testing.MacDev;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer counts as vecalign's score.py does, and reproduces the published Bertalign row. */
class AlignmentScoreTest {

    @Test
    void strictAndLaxHitsOnASmallExample() {
        List<Bead> gold = GoldFormat.parse("[0,1]:[0]\n[2]:[1,2]\n[3]:[]\n[4]:[3]\n");
        List<Bead> test = GoldFormat.parse("[0]:[0]\n[1]:[]\n[2]:[1,2]\n[3]:[]\n[4]:[3]\n");
        AlignmentScore s = AlignmentScore.of(gold, test);
        assertEquals(5, s.testBeads(), "precision counts every test bead");
        assertEquals(3, s.strictTestHits(), "[2]:[1,2], the deletion [3]:[] and [4]:[3]");
        assertEquals(4, s.laxTestHits(), "[0]:[0] overlaps gold [0,1]:[0]");
        assertEquals(3, s.goldBeads(), "recall leaves deletions out");
        assertEquals(2, s.strictGoldHits());
        assertEquals(3, s.laxGoldHits());
        assertEquals(0.6, s.strictPrecision(), 1e-9);
        assertEquals(2.0 / 3, s.strictRecall(), 1e-9);
    }

    @Test
    void identicalAlignmentsScoreOne() {
        List<Bead> gold = GoldFormat.parse("[0]:[0,1]\n[1,2]:[2]\n");
        AlignmentScore s = AlignmentScore.of(gold, gold);
        assertEquals(1.0, s.strictF1());
        assertEquals(1.0, s.laxF1());
    }

    @Test
    void reproducesThePublishedBertalignScoresOnMacDev() throws IOException {
        Path mac = SharedData.require("align/mac-dev", "the check of the scorer against Bertalign");
        AlignmentScore total = null;
        for (String id : MacDev.CHAPTERS) {
            AlignmentScore s = AlignmentScore.of(MacDev.gold(mac, id),
                    GoldFormat.parse(Files.readString(mac.resolve("bertalign/" + id + ".align"))));
            total = total == null ? s : total.plus(s);
        }
        assertEquals(0.911, total.strictF1(), 0.0005, "published Bertalign strict F1");
        assertEquals(0.998, total.laxF1(), 0.0005, "published Bertalign lax F1");
    }
}
