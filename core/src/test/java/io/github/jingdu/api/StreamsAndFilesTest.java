package io.github.jingdu.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jingdu.json.JsonFormatException;
import io.github.jingdu.json.JsonReader;
import io.github.jingdu.json.JsonWriter;
import io.github.jingdu.lint.Linter;
import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file, stream and reader forms of the API give what the byte and string forms give, and a
 * null argument fails at once with its name.
 */
class StreamsAndFilesTest {
    private final Path seed = SharedData.projectRoot().resolve("seeds/000_2a148c15c4b98b6e.txt");
    private final NotesParser parser = NotesParser.create();

    @Test
    void parsingAFileAStreamOrAReaderGivesTheSameDocument() throws IOException {
        byte[] bytes = Files.readAllBytes(seed);
        NoteDocument fromBytes = parser.parse(bytes);
        assertEquals(fromBytes, parser.parse(seed));
        assertEquals(fromBytes, parser.parse(new ByteArrayInputStream(bytes)));
        assertEquals(fromBytes, parser.parse(new StringReader(new String(bytes, StandardCharsets.UTF_8))));
    }

    @Test
    void invalidUtf8InAStreamIsReportedAsInBytes() throws IOException {
        byte[] broken = "原文：One.\n\n".getBytes(StandardCharsets.UTF_8);
        broken[1] = (byte) 0xFF;
        assertEquals(parser.parse(broken).diagnostics(), parser.parse(new ByteArrayInputStream(broken)).diagnostics());
        assertEquals("invalid-utf8", parser.parse(new ByteArrayInputStream(broken)).diagnostics().get(0).code());
    }

    @Test
    void writersWriteToStreamsWhatTheyReturnAsText() throws IOException {
        byte[] bytes = Files.readAllBytes(seed);
        NoteDocument doc = parser.parse(bytes);

        ByteArrayOutputStream same = new ByteArrayOutputStream();
        MarkdownWriter.lossless().write(doc, same);
        assertArrayEquals(bytes, same.toByteArray());
        StringWriter canonical = new StringWriter();
        MarkdownWriter.canonical().write(doc, canonical);
        assertEquals(MarkdownWriter.canonical().write(doc), canonical.toString());

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        JsonWriter.create().write(doc, json);
        assertEquals(JsonWriter.create().write(doc), json.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonIsReadFromAFileAStreamOrAReader(@TempDir Path dir) throws IOException, JsonFormatException {
        NoteDocument doc = parser.parse(seed);
        String json = JsonWriter.create().write(doc);
        Path file = Files.writeString(dir.resolve("seed.json"), json);
        JsonReader reader = JsonReader.create();
        assertEquals(doc, reader.read(file));
        assertEquals(doc, reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals(doc, reader.read(new StringReader(json)));
    }

    @Test
    void aFileIsLintedAsItsBytes() throws IOException {
        Linter linter = Linter.create();
        assertEquals(linter.lint(Files.readAllBytes(seed), seed), linter.lint(seed));
    }

    @Test
    void nullArgumentsAreNamed() {
        assertNamed("text", () -> parser.parse((String) null));
        assertNamed("utf8", () -> parser.parse((byte[]) null));
        assertNamed("file", () -> parser.parse((Path) null));
        assertNamed("json", () -> JsonReader.create().read((String) null));
        assertNamed("utf8", () -> JsonReader.create().read((byte[]) null));
        assertNamed("document", () -> JsonWriter.create().write(null));
        assertNamed("document", () -> MarkdownWriter.lossless().write(null));
        assertNamed("text", () -> Linter.create().lint((String) null, null));
    }

    private static void assertNamed(String argument, Executable call) {
        assertEquals(argument, assertThrows(NullPointerException.class, call).getMessage());
    }
}
