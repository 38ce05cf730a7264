package io.github.jingdu.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.jingdu.model.Bead;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever the input, an alignment is monotonic and covers every segment of each side once. */
class AlignerPropertyTest {
    private final Aligner aligner = Aligner.create();

    @Test
    void beadsCoverEverySegmentOnceInOrder() {
        qt().withExamples(300)
                .forAll(lists().of(strings().allPossible().ofLengthBetween(0, 40)).ofSizeBetween(0, 40),
                        lists().of(strings().allPossible().ofLengthBetween(0, 60)).ofSizeBetween(0, 50),
                        integers().between(0, 2))
                .checkAssert((source, target, pair) -> assertCovers(source.size(), target.size(),
                        aligner.align(source, target, LanguagePair.values()[pair]).beads()));
    }

    @Test
    void unevenSidesStillCoverEverything() {
        List<String> many = java.util.Collections.nCopies(300, "A sentence of some length, with words.");
        assertCovers(3, 300, aligner.align(List.of("一。", "二。", "三。"), many, LanguagePair.ZH_EN).beads());
        assertCovers(300, 1, aligner.align(many, List.of("只有一句。"), LanguagePair.EN_ZH).beads());
        // Found by the property above: two Chinese sides of different lengths, one character without pinyin.
        assertCovers(1, 2, aligner.align(List.of("!!㐂"), List.of("!!!!!!!!!!!!!!!!!!㐀", ""), LanguagePair.ZH_ZH).beads());
    }

    static void assertCovers(int sources, int targets, List<Bead> beads) {
        int s = 0;
        int t = 0;
        for (Bead b : beads) {
            assertFalse(b.source().isEmpty() && b.target().isEmpty());
            for (int i : b.source()) {
                assertEquals(s++, i, "source indices run in order, each once");
            }
            for (int j : b.target()) {
                assertEquals(t++, j, "target indices run in order, each once");
            }
        }
        assertEquals(sources, s);
        assertEquals(targets, t);
    }
}
