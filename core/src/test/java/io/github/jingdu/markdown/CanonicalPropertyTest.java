package io.github.jingdu.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.jingdu.json.JsonWriter;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.GeneratedDocuments;
import io.github.jingdu.testing.Fragments;
import org.junit.jupiter.api.Test;

/** The canonical form reads back as what was written, and writing it again changes nothing. */
class CanonicalPropertyTest {
    // Groundings are derived from the content, by a heuristic that may read two equal documents
    // differently where their spans differ; the property is about the content.
    private static final JsonWriter CONTENT = JsonWriter.builder().positions(false).groundings(false).build();
    private final NotesParser parser = NotesParser.create();

    @Test
    void parsingCanonicalTextGivesTheDocumentBack() {
        qt().withExamples(2000).forAll(GeneratedDocuments.canonicalShaped()).checkAssert(d -> {
            String text = MarkdownWriter.canonical().write(d);
            NoteDocument back = parser.parse(text);
            assertEquals(CONTENT.write(withoutDiagnostics(d)), CONTENT.write(withoutDiagnostics(back)), text);
        });
    }

    @Test
    void canonicalIsIdempotentOnFragmentMixes() {
        qt().withExamples(3000).forAll(Fragments.notesLike()).checkAssert(this::assertIdempotent);
        qt().withExamples(3000).forAll(Fragments.notesLikeLines()).checkAssert(this::assertIdempotent);
    }

    @Test
    void canonicalIsIdempotentOnArbitraryText() {
        qt().withExamples(1000).forAll(strings().allPossible().ofLengthBetween(0, 200))
                .checkAssert(this::assertIdempotent);
    }

    @Test
    void canonicalTextUsesLineFeedsAndEndsWithOne() {
        qt().withExamples(1000).forAll(Fragments.notesLikeLines()).checkAssert(s -> {
            String c = MarkdownWriter.canonical().write(parser.parse(s));
            assertEquals(-1, c.indexOf('\r'), c);
            assertEquals(c.isEmpty() || c.endsWith("\n") && !c.endsWith("\n\n"), true, c);
        });
    }

    private void assertIdempotent(String s) {
        String once = MarkdownWriter.canonical().write(parser.parse(s));
        String twice = MarkdownWriter.canonical().write(parser.parse(once));
        assertEquals(once, twice, () -> "input: " + s.replace("\n", "\\n").replace("\r", "\\r"));
    }

    private static NoteDocument withoutDiagnostics(NoteDocument d) {
        return new NoteDocument(d.blocks(), java.util.List.of());
    }
}
