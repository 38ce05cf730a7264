package io.github.jingdu.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.GeneratedDocuments;
import io.github.jingdu.testing.Fragments;
import io.github.jingdu.testing.SchemaCheck;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Everything the JSON writer produces is valid against the published schema in docs/. */
class JsonSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final NotesParser parser = NotesParser.create();
    private final SchemaCheck schema;

    JsonSchemaTest() throws IOException {
        schema = new SchemaCheck(MAPPER.readTree(
                Files.readString(SharedData.projectRoot().resolve("docs/jingdu-notes.schema.json"))));
    }

    @Test
    void parsedDocumentsMatchTheSchema() {
        qt().withExamples(1000).forAll(Fragments.notesLikeLines()).checkAssert(s -> {
            NoteDocument d = parser.parse(s);
            assertValid(JsonWriter.create().write(d));
            assertValid(JsonWriter.builder().positions(false).build().write(d));
        });
    }

    @Test
    void generatedDocumentsMatchTheSchema() {
        qt().withExamples(500).forAll(GeneratedDocuments.canonicalShaped())
                .checkAssert(d -> assertValid(JsonWriter.create().write(d)));
    }

    @Test
    void seedsMatchTheSchema() throws IOException {
        for (String seed : List.of("000_2a148c15c4b98b6e", "003_ab445b9359c57aa7")) {
            assertValid(JsonWriter.create().write(parser.parse(
                    Files.readAllBytes(SharedData.projectRoot().resolve("seeds/" + seed + ".txt")))));
        }
    }

    @Test
    void theCheckerRejectsWhatTheSchemaForbids() throws IOException {
        ObjectNode json = (ObjectNode) MAPPER.readTree(JsonWriter.create().write(parser.parse("原文：\n\nHi.\n")));
        ((ObjectNode) json.get("blocks").get(0)).put("colour", "red");
        List<String> problems = schema.problems(json);
        assertFalse(problems.isEmpty());
        json.put("version", JsonFormat.VERSION + 1);
        assertFalse(schema.problems(json).stream().noneMatch(p -> p.startsWith("$.version")));
    }

    private void assertValid(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            assertEquals(List.of(), schema.problems(node));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
