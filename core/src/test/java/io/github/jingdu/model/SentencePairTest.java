package io.github.jingdu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SentenceAlignment#pairs()}: each bead with its sentences and their text. */
class SentencePairTest {

    private static Sentence s(String text) {
        return new Sentence(text, SourceSpan.NONE);
    }

    @Test
    void eachBeadComesWithItsSentencesInOrder() {
        SentenceAlignment alignment = new SentenceAlignment(
                List.of(s("It rained."), s("We stayed in."), s("Nobody came.")),
                List.of(s("下雨了，我们待在家里。"), s("“没人来。”")),
                List.of(new Bead(List.of(0, 1), List.of(0), 0.9), new Bead(List.of(2), List.of(1), 0.8)));
        List<SentencePair> pairs = alignment.pairs();
        assertEquals(2, pairs.size());
        assertEquals("It rained. We stayed in.", pairs.get(0).sourceText());
        assertEquals("下雨了，我们待在家里。", pairs.get(0).targetText());
        assertEquals(List.of(s("Nobody came.")), pairs.get(1).source());
        assertEquals(alignment.confidence(alignment.beads().get(1)), pairs.get(1).confidence());
    }

    @Test
    void anUntranslatedSentenceHasAnEmptyOtherSide() {
        SentenceAlignment alignment = new SentenceAlignment(List.of(s("Hello.")), List.of(),
                List.of(new Bead(List.of(0), List.of(), 0.5)));
        assertEquals("", alignment.pairs().get(0).targetText());
    }

    @Test
    void chineseSentencesAreJoinedWithoutSpacesAndEnglishOnesWithOne() {
        assertEquals("他来了。她走了！", SentencePair.join(List.of(s("他来了。"), s("她走了！"))));
        assertEquals("“走吧。”他说。", SentencePair.join(List.of(s("“走吧。”"), s("他说。"))));
        assertEquals("He came. She left!", SentencePair.join(List.of(s("He came."), s("She left!"))));
        assertEquals("He said “yes.” Then he left.", SentencePair.join(List.of(s("He said “yes.”"), s("Then he left."))));
        assertEquals("他说……她走了。", SentencePair.join(List.of(s("他说……"), s("她走了。"))));
        assertEquals("And then… She left.", SentencePair.join(List.of(s("And then…"), s("She left."))));
        assertEquals("", SentencePair.join(List.of()));
    }
}
