package io.github.jingdu.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.GeneratedDocuments;
import io.github.jingdu.testing.Fragments;
import org.junit.jupiter.api.Test;

/** Writing a document as JSON and reading it back gives an equal document. */
class JsonRoundTripTest {
    private final NotesParser parser = NotesParser.create();
    private final JsonWriter writer = JsonWriter.create();
    private final JsonReader reader = JsonReader.create();

    @Test
    void parsedDocumentsSurviveJson() {
        qt().withExamples(2000).forAll(Fragments.notesLikeLines()).checkAssert(s -> {
            NoteDocument d = parser.parse(s);
            NoteDocument back = read(writer.write(d));
            assertEquals(d, back);
            assertEquals(s, MarkdownWriter.lossless().write(back), "JSON keeps the original text");
        });
    }

    @Test
    void arbitraryTextSurvivesJson() {
        qt().withExamples(2000).forAll(Fragments.notesLike()).checkAssert(s ->
                assertEquals(parser.parse(s), read(writer.write(parser.parse(s)))));
    }

    @Test
    void documentsWithoutPositionsSurviveCompactJson() {
        JsonWriter compact = JsonWriter.builder().positions(false).pretty(false).build();
        qt().withExamples(1000).forAll(GeneratedDocuments.canonicalShaped()).checkAssert(d ->
                assertEquals(d, read(compact.write(d))));
    }

    private NoteDocument read(String json) {
        try {
            return reader.read(json);
        } catch (JsonFormatException e) {
            throw new AssertionError(e.getMessage() + "\n" + json, e);
        }
    }
}
