package io.github.jingdu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The contract of {@link SourceSpan}'s constructor, as its Javadoc states it. */
class SourceSpanTest {

    @Test
    void aSpanThatCoversTextMustSayWhereItIs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SourceSpan(5, 3, 0, 0));
        assertEquals("a span of 3 units has no position; give its line and column, or use SourceSpan.NONE", e.getMessage());
    }

    @Test
    void lineAndColumnComeTogether() {
        assertThrows(IllegalArgumentException.class, () -> new SourceSpan(0, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SourceSpan(0, 0, 0, 1));
    }

    @Test
    void negativeValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SourceSpan(-1, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SourceSpan(0, -1, 1, 1));
    }

    @Test
    void wellFormedSpans() {
        SourceSpan span = new SourceSpan(5, 3, 2, 1);
        assertEquals(8, span.end());
        assertTrue(span.isKnown());
        assertFalse(SourceSpan.NONE.isKnown());
        assertTrue(new SourceSpan(7, 0, 3, 4).isKnown());
    }
}
