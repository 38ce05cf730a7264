package io.github.jingdu.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The run notation of the fuzz targets writes out what it says and leaves valid UTF-8 alone. */
class LongRunsTest {
    @Test
    void aRunRepeatsTheCharacterOrTwoCharactersBeforeIt() {
        assertEquals("a" + "-".repeat(2_048) + "b", text(bytes("a-", 0xF8, 0xEE + 11, "b")));
        assertEquals("x" + "中".repeat(8), text(bytes("x中", 0xF8, 7)));
        assertEquals("- ".repeat(3), text(bytes("- ", 0xF9, 2)));
        assertEquals("-".repeat(131_072), text(bytes("-", 0xF8, 0xEE + 17)));
    }

    @Test
    void validUtf8IsLeftAlone() {
        byte[] valid = "原文：\n\nHello ÿ.\n".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(valid, LongRuns.expand(valid));
    }

    private static String text(byte[] b) {
        return new String(LongRuns.expand(b), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) p);
            }
        }
        return out.toByteArray();
    }
}
