package io.github.jingdu.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The JSON reader takes one document exactly as written, or refuses it (issue 15): nothing after
 * the document, no key twice, no bytes that are not UTF-8, no span outside its block.
 */
class JsonReaderStrictnessTest {
    private final JsonReader reader = JsonReader.create();
    private final NoteDocument document = NotesParser.create().parse("原文：\n\nHello there.\n\n你好。\n");
    private final String valid = JsonWriter.builder().pretty(false).build().write(document);

    @Test
    void textAfterTheDocumentIsRefused() {
        assertTrue(refuse(valid + " x").getMessage().contains("not valid JSON"));
        assertTrue(refuse(valid + valid).getMessage().contains("not valid JSON"));
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        String twice = valid.replaceFirst("\\{", "{\"format\":\"jingdu-notes\",");
        String message = refuse(twice).getMessage();
        // After the position, Jackson's words, which a new version may change.
        assertEquals("$: not valid JSON at line 1, column 34: ", message.substring(0, Math.min(message.length(), 40)),
                message);
        assertTrue(message.contains("'format'"), message);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirOffset() {
        String json = valid.replace("Hello", "H\u00e9llo");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int at = json.substring(0, json.indexOf('\u00e9')).getBytes(StandardCharsets.UTF_8).length;
        bytes[at + 1] = 'x';
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> reader.read(bytes));
        assertEquals("$: not UTF-8: the bytes from offset " + at + " are not valid UTF-8; save the file as UTF-8",
                e.getMessage());
    }

    @Test
    void aByteOrderMarkIsAccepted() throws JsonFormatException {
        assertEquals(document, reader.read("\uFEFF" + valid));
        byte[] utf8 = valid.getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[utf8.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withMark, 3, utf8.length);
        assertEquals(document, reader.read(withMark));
    }

    @Test
    void aSpanOutsideItsBlockIsRefused() {
        String outside = valid.replace("\"span\":{\"offset\":5,\"length\":12", "\"span\":{\"offset\":500,\"length\":12");
        assertTrue(!outside.equals(valid), "the test changes the English paragraph's span");
        JsonFormatException e = refuse(outside);
        assertEquals("blocks[0].source[0].span: the span (offset 500, length 12) lies outside its block's (offset 0, length 23)",
                e.getMessage());
    }

    @Test
    void aBlockWhoseTextIsNotAsLongAsItsSpanIsRefused() {
        JsonFormatException e = refuse(valid.replace("你好。\\n\"", "你好\\n\""));
        assertEquals("blocks[0].raw: the block's text is 22 characters long but its span says 23", e.getMessage());
    }

    private JsonFormatException refuse(String json) {
        return assertThrows(JsonFormatException.class, () -> reader.read(json));
    }
}
