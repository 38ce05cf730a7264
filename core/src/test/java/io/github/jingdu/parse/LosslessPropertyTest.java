package io.github.jingdu.parse;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.jingdu.testing.Fragments;
import io.github.jingdu.testing.Invariants;
import org.junit.jupiter.api.Test;

/** Any string parses, its blocks tile it, and the lossless writer gives it back. */
class LosslessPropertyTest {
    private final NotesParser parser = NotesParser.create();

    @Test
    void arbitraryUnicodeRoundTrips() {
        qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 300))
                .checkAssert(this::assertLossless);
    }

    @Test
    void mixesOfFormatFragmentsRoundTrip() {
        qt().withExamples(3000).forAll(Fragments.notesLike()).checkAssert(this::assertLossless);
    }

    @Test
    void linesOfFormatFragmentsRoundTrip() {
        qt().withExamples(3000).forAll(Fragments.notesLikeLines()).checkAssert(this::assertLossless);
    }

    private void assertLossless(String s) {
        Invariants.assertLossless(s, parser.parse(s));
    }
}
