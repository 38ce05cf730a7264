package io.github.jingdu.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jingdu.align.Language;
import io.github.jingdu.align.SentenceSegmenter;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.text.internal.InlineText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A paragraph's Markdown cut into its sentences', each whole and with the sentence's plain text. */
class SentenceMarkdownTest {
    private static final InlineText TEXT = new InlineText(20_000, NotesParser.DEFAULT_MAX_NESTING_DEPTH);

    private static List<String> cut(String markdown) {
        String plain = TEXT.plain(markdown);
        List<int[]> ranges = SentenceSegmenter.of(Language.ENGLISH).segment(plain).stream()
                .map(s -> new int[] {s.start(), s.end()}).toList();
        List<String> out = SentenceMarkdown.cut(markdown, plain, ranges);
        for (int i = 0; i < out.size(); i++) {
            assertEquals(plain.substring(ranges.get(i)[0], ranges.get(i)[1]), TEXT.plain(out.get(i)),
                    "the sentence's Markdown reads as its text: " + out.get(i));
        }
        return out;
    }

    @Test
    void emphasisCutByASentenceIsClosedAndOpenedAgain() {
        assertEquals(List.of("It was **very big.**", "**Then it** shrank."), cut("It was **very big. Then it** shrank."));
    }

    @Test
    void escapesAndCodeStayAsWritten() {
        assertEquals(List.of("Put a prompt into DALL\\-E 3.", "Run `ls -l` now."),
                cut("Put a prompt into DALL\\-E 3. Run `ls -l` now."));
    }

    @Test
    void aLinkAcrossSentencesIsALinkInEach() {
        assertEquals(List.of("See [the report.](https://example.com)", "[It says](https://example.com) more."),
                cut("See [the report. It says](https://example.com) more."));
    }

    @Test
    void nestedEmphasisAndEntities() {
        assertEquals(List.of("*A **b.***", "***C** d* &amp; e."), cut("*A **b. C** d* &amp; e."));
    }

    @Test
    void aParagraphThatStartsLikeAListKeepsItsEscape() {
        assertEquals(List.of("\\# of units grew.", "It *was*."), cut("# of units grew. It *was*."));
    }
}
