package io.github.jingdu.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finding a headword in its passage's English, and through the alignment its Chinese. */
class GrounderTest {

    private static List<Grounding> ground(String english, String chinese, String entries) {
        NoteDocument doc = NotesParser.create().parse("原文：\n\n" + english + "\n\n" + chinese + "\n\n学习：\n\n" + entries + "\n");
        return Grounder.create().ground(DocumentAligner.create().align(doc));
    }

    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "dials|Akin to adjusting billions of dials until the output is right.|dials",
        "dial|Akin to adjusting billions of dials until the output is right.|dials",
        "materialize|Type in a question and an answer will materialise.|materialise",
        "reverse-engineer|You can also reverse-engineer this process.|reverse-engineer",
        "reverse engineer|You can also reverse-engineer this process.|reverse-engineer",
        "take sth into account|They take that into account as they formulate it.|take that into account",
        "be conducive to|The climate is conducive to growth.|is conducive to",
        "find one's footing|The firm has yet to find its footing.|find its footing",
        "wield influence|They wield more influence than before.|wield more influence",
        "Ramp Up|It ramped up the market capitalisation of Nvidia.|ramped up",
        "market capitalization|It ramped up the market capitalisation of Nvidia.|market capitalisation",
        "studies|She studied hard.|studied",
        "take fright at|Investors took fright at the news.|took fright at",
    })
    void findsTheHeadword(String head, String english, String matched) {
        Grounding g = ground(english, "中文翻译。", head + "：意思").get(0);
        assertTrue(g.found(), () -> "missed: " + g.miss());
        assertEquals(matched, g.matched());
    }

    @Test
    void linksTheSentenceToItsTranslation() {
        Grounding g = ground("The weather is fine. Reams of data arrive daily.", "天气很好。每天都有大量数据到来。",
                "reams of data：大量数据").get(0);
        assertEquals(1, g.sentenceIndex());
        assertEquals("每天都有大量数据到来。", g.translation().get(0).text());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "relingquish|MISSPELT",
        "thermodynamics|ABSENT",
        "adjust the dial|PARTIAL",
        "this whole long sentence is not in the text|SENTENCE_HEAD",
    })
    void saysWhyAHeadwordWasNotFound(String head, GroundingMiss miss) {
        Grounding g = ground("They relinquish control of the dials to others.", "他们把控制权交给别人。", head + "：意思").get(0);
        assertEquals(miss, g.miss());
    }

    @Test
    void aHeadInAnotherPassageIsElsewhere() {
        NoteDocument doc = NotesParser.create().parse("原文：\n\nThe dials turned.\n\n转盘转动了。\n\n原文：\n\nNothing here.\n\n这里没有。\n\n学习：\n\ndials：转盘\n");
        assertEquals(GroundingMiss.ELSEWHERE, Grounder.create().ground(doc).get(0).miss());
    }
}
