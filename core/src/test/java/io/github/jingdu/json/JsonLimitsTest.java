package io.github.jingdu.json;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hostile JSON is refused with an error naming the limit, never a stack overflow or out of memory. */
class JsonLimitsTest {

    @Test
    void deepNestingIsRefusedByName() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> JsonReader.create().read(deep));
        assertTrue(e.getMessage().contains("nesting depth 200"), e.getMessage());
    }

    @Test
    void longNumbersAndStringsAreRefusedByName() {
        String number = "{\"format\":\"jingdu-notes\",\"version\":" + "9".repeat(5_000) + "}";
        assertTrue(assertThrows(JsonFormatException.class, () -> JsonReader.create().read(number))
                .getMessage().contains("number length 100"));
        String string = "{\"format\":\"" + "x".repeat(2_000) + "\"}";
        JsonReader small = JsonReader.builder().maxStringLength(1_000).build();
        assertTrue(assertThrows(JsonFormatException.class, () -> small.read(string))
                .getMessage().contains("string length 1000"));
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> JsonReader.builder().maxNestingDepth(0));
    }
}
