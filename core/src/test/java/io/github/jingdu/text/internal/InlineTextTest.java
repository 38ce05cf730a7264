package io.github.jingdu.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jingdu.parse.NotesParser;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inline Markdown becomes the text a reader sees; text that is not syntax stays as it is. */
class InlineTextTest {
    private static final InlineText INLINE = new InlineText(NotesParser.DEFAULT_MAX_INLINE_LENGTH,
            NotesParser.DEFAULT_MAX_NESTING_DEPTH);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a **bold** word | a bold word",
        "DALL\\-E | DALL-E",
        "[link](https://example.com) here | link here",
        "see [20] | see [20]",
        "AT&amp;T | AT&T",
        "AT&T and R&D | AT&T and R&D",
        "a < b > c | a < b > c",
        "<b>x</b> | x",
        "Wow! ~tilde~ | Wow! ~tilde~",
        "`code` | code"})
    void readsInlineMarkdown(String markdown, String plain) {
        assertEquals(plain, INLINE.plain(markdown));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a\0b", "a\0b!", "a\0**b**"})
    void replacesNulInEveryLineAlike(String markdown) {
        assertEquals(markdown.replace("**", "").replace('\0', '\uFFFD'), INLINE.plain(markdown));
    }

    @Test
    void manyEscapesInAnUnclosedLinkLabelAreKeptAsTheyAreInsteadOfTakingExponentialTime() {
        String hostile = "[" + "\\!".repeat(40);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertEquals(hostile, INLINE.plain(hostile)));
        String few = "[" + "\\!".repeat(InlineText.MAX_BACKSLASHES_IN_LINKS);
        assertEquals(few.replace("\\", ""), INLINE.plain(few));
    }
}
