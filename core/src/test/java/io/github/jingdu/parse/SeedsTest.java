package io.github.jingdu.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.json.JsonWriter;
import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed documents read into the model checked by hand and kept beside them:
 * {@code NAME.expected.json} (the content with its sentence alignments, as
 * {@code jingdu parse --no-positions --no-dictionary} prints it) and
 * {@code NAME.expected.md} (the canonical form). The beads' scores and confidences are the
 * aligner's weighing, not the reading: the comparison leaves them out (a change of weights is
 * measured by the alignment gold tests), and holds every other field, the beads' sentences
 * included.
 */
class SeedsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final NotesParser parser = NotesParser.create();

    @ParameterizedTest
    @ValueSource(strings = {"000_2a148c15c4b98b6e", "003_ab445b9359c57aa7"})
    void seedMatchesItsExpectedOutputs(String name) throws IOException {
        Path seeds = SharedData.projectRoot().resolve("seeds");
        NoteDocument d = DocumentAligner.create().align(parser.parse(Files.readAllBytes(seeds.resolve(name + ".txt"))));
        assertEquals(withoutWeights(Files.readString(seeds.resolve(name + ".expected.json"))),
                withoutWeights(JsonWriter.builder().positions(false).build().write(d)));
        assertEquals(Files.readString(seeds.resolve(name + ".expected.md")), MarkdownWriter.canonical().write(d));
    }

    /** The JSON with every bead's score and confidence (where it has one) removed, pretty-printed. */
    private static String withoutWeights(String json) throws IOException {
        JsonNode tree = MAPPER.readTree(json);
        for (JsonNode bead : tree.findParents("score")) {
            assertTrue(bead.has("source") && bead.has("target"), () -> "a score outside a bead: " + bead);
            ((ObjectNode) bead).remove(List.of("score", "confidence"));
        }
        assertEquals(List.of(), tree.findParents("confidence"), "a confidence without a score");
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_2a148c15c4b98b6e", "003_ab445b9359c57aa7"})
    void seedInSharedIsTheCommittedCopy(String name) throws IOException {
        Path shared = SharedData.require("seeds", "the comparison of the committed seeds with ../shared").resolve(name + ".txt");
        assertEquals(Files.readString(shared), Files.readString(
                SharedData.projectRoot().resolve("seeds").resolve(name + ".txt")));
    }
}
