package io.github.jingdu.align;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.testing.NotesGold;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The aligner without a dictionary (the document's own vocabulary only) on 51 passages of the
 * corpus aligned by reading, partial translations among them. It holds the level reached on
 * 2026-12-01 (strict F1 0.967); the target of 0.98 is not met yet: the aligner still joins some
 * untranslated English sentences to their neighbour's bead instead of leaving them alone.
 */
class NotesAlignmentGoldTest {

    @Test
    void agreesWithTheGoldMadeByReading() throws IOException {
        AlignmentScore s = NotesGold.score(DocumentAligner.create());
        System.out.printf("notes gold, no dictionary: strict F1 %.3f, lax F1 %.3f over %d gold beads%n",
                s.strictF1(), s.laxF1(), s.goldBeads());
        assertTrue(s.strictF1() >= 0.96, () -> "strict F1 " + s.strictF1() + " is below 0.96, the level reached");
    }
}
