package io.github.jingdu.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.parse.NotesParser;
import org.junit.jupiter.api.Test;

/** JSON of the wrong shape is refused with the path of the offending field. */
class JsonReaderErrorsTest {
    private final JsonReader reader = JsonReader.create();
    private final String valid = JsonWriter.builder().pretty(false).build()
            .write(NotesParser.create().parse("# T\n\n原文：\n\nHello there.\n\n你好。\n\n学习：\n\nhello：你好\n"));

    @Test
    void aNewerVersionIsRefusedWithAdvice() {
        JsonFormatException e = refuse(valid.replace("\"version\":" + JsonFormat.VERSION, "\"version\":" + (JsonFormat.VERSION + 1)));
        assertEquals("version", e.path());
        assertEquals("version: version " + (JsonFormat.VERSION + 1) + " is not supported: this Jingdu reads versions 1 to "
                + JsonFormat.VERSION + "; upgrade Jingdu to read it", e.getMessage());
    }

    @Test
    void versionOneWithoutTheFieldsVersionTwoAddedIsRead() throws JsonFormatException {
        String v1 = valid.replace("\"version\":" + JsonFormat.VERSION, "\"version\":1").replace(",\"shape\":\"line\"", "");
        assertTrue(valid.contains("\"shape\":\"line\"") && !v1.contains("shape"), v1);
        assertEquals(reader.read(valid).vocabulary(), reader.read(v1).vocabulary());
    }

    @Test
    void anotherFormatIsRefused() {
        JsonFormatException e = refuse(valid.replace("jingdu-notes", "pandoc"));
        assertEquals("format", e.path());
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedByItsPath() {
        String broken = valid.replace("\"text\":\"Hello there.\"", "\"text\":42");
        JsonFormatException e = refuse(broken);
        assertEquals("blocks[1].source[0].text", e.path());
        assertEquals("blocks[1].source[0].text: expected a string, found a number", e.getMessage());
    }

    @Test
    void aMissingFieldIsNamed() {
        JsonFormatException e = refuse(valid.replace("\"headword\":\"hello\",", ""));
        assertEquals("blocks[1].vocabulary[0].headword", e.path());
        assertEquals("blocks[1].vocabulary[0].headword: required field is missing", e.getMessage());
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        String unit = JsonWriter.builder().pretty(false).build()
                .write(NotesParser.create().parse("### 直译\n\nA literal one.\n\n### 意译\n\nA free one.\n"));
        JsonFormatException e = refuse(unit.replace("\"kind\":\"literal\"", "\"kind\":\"poetic\""));
        assertEquals("blocks[0].parts[0].kind", e.path());
        assertTrue(e.getMessage().endsWith("unknown value \"poetic\"; expected one of source, literal, critique, free"),
                e.getMessage());
    }

    @Test
    void anUnknownBlockTypeIsNamed() {
        JsonFormatException e = refuse(valid.replace("\"type\":\"passage\"", "\"type\":\"poem\""));
        assertEquals("blocks[1].type", e.path());
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() {
        JsonFormatException e = refuse("{\n  \"format\": \"jingdu-notes\",\n  oops\n}");
        // After the position, the JSON parser's own words (Jackson's, which a new version may change).
        String message = e.getMessage();
        assertEquals("$: not valid JSON at line 3, column 3: ", message.substring(0, Math.min(message.length(), 39)),
                message);
    }

    @Test
    void emptyInputIsRefused() {
        assertEquals("$", refuse("").path());
    }

    @Test
    void theWrongRootIsRefused() {
        assertTrue(refuse("[1, 2]").getMessage().contains("expected an object"));
    }

    private JsonFormatException refuse(String json) {
        return assertThrows(JsonFormatException.class, () -> reader.read(json));
    }
}
