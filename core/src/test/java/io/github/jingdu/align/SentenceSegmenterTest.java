package io.github.jingdu.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence boundaries in English and Chinese, and the offsets they keep. */
class SentenceSegmenterTest {

    private static List<String> english(String text) {
        return SentenceSegmenter.of(Language.ENGLISH).segment(text).stream().map(Segment::text).toList();
    }

    private static List<String> chinese(String text) {
        return SentenceSegmenter.of(Language.CHINESE).segment(text).stream().map(Segment::text).toList();
    }

    @Test
    void englishAbbreviationsDecimalsAndQuotesDoNotBreak() {
        assertEquals(List.of("Mr. Li left the U.S. on Monday.", "He was 3.5 km away, e.g. near the river.",
                "“Really?” she said.", "J. K. Rowling wrote it (ie, the book)."),
                english("Mr. Li left the U.S. on Monday. He was 3.5 km away, e.g. near the river. "
                        + "“Really?” she said. J. K. Rowling wrote it (ie, the book)."));
    }

    @Test
    void aParagraphWrittenWithoutCapitalsBreaksBeforeSmallLetters() {
        assertEquals(List.of("this wasn’t sustainable, e.g. in hindsight.", "the only way (if not the whole society!) was on.",
                "as mentioned, companies “waited.”", "in other words, AI was the future."),
                english("this wasn’t sustainable, e.g. in hindsight. the only way (if not the whole society!) was on. "
                        + "as mentioned, companies “waited.” in other words, AI was the future."));
        // A capital after a stop: the writer capitalises sentences, and a small letter continues one.
        assertEquals(List.of("iPhone sales rose. they say so.", "Then they fell."),
                english("iPhone sales rose. they say so. Then they fell."));
        // One small letter after a stop is a paragraph that begins inside a sentence, not a style.
        assertEquals(List.of("still free?” they ask hopefully."), english("still free?” they ask hopefully."));
        assertEquals(List.of("trickier. eMarketer reckons so."), english("trickier. eMarketer reckons so."));
        // The dots of an ellipsis end no sentence.
        assertEquals(List.of("and right on ... pie man ... potentially.", "my stories.", "ok."),
                english("and right on ... pie man ... potentially. my stories. ok."));
    }

    @Test
    void anEndMarkStaysWithTheLastSentence() {
        assertEquals(List.of("Maybe someday an AI model will do the job. ■"),
                english("Maybe someday an AI model will do the job. ■"));
    }

    @Test
    void chineseBreaksAfterStopsWithTheirClosingQuotes() {
        assertEquals(List.of("他问：“你好吗？”", "我说：“好。”", "然后……走了。", "真的！！", "最后一句没有句号"),
                chinese("他问：“你好吗？”我说：“好。”然后……走了。真的！！最后一句没有句号"));
        assertEquals(List.of("他说：“我不知道……”", "她笑了。"), chinese("他说：“我不知道……”她笑了。"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  First one.   Second one.  ";
        for (Segment s : SentenceSegmenter.of(Language.ENGLISH).segment(text)) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
        assertEquals(List.of(), english("   "));
    }
}
