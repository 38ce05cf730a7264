package io.github.jingdu.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingdu.json.JsonWriter;
import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.testing.FencedBlocks;
import io.github.jingdu.testing.JsonContainment;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the examples of {@code docs/format.md}, the specification, as tests. */
class FormatSpecTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final NotesParser parser = NotesParser.create();

    /** One example: its kind, its line in format.md, its input and its expected output. */
    record Example(String kind, int line, String input, String expected) {
    }

    @TestFactory
    Stream<DynamicTest> examplesOfTheSpecification() throws IOException {
        List<Example> examples = examples();
        assertTrue(examples.size() >= 10, "format.md has its examples");
        return examples.stream().map(e -> DynamicTest.dynamicTest(
                e.kind() + " at docs/format.md:" + e.line(), () -> run(e)));
    }

    private void run(Example e) throws IOException {
        if (e.kind().equals("canonical")) {
            assertEquals(e.expected(), MarkdownWriter.canonical().write(parser.parse(e.input())));
            return;
        }
        JsonNode actual = MAPPER.readTree(JsonWriter.builder().positions(false).build()
                .write(parser.parse(e.input()))).get("blocks");
        JsonNode expected = MAPPER.readTree(e.expected());
        assertNull(JsonContainment.difference(expected, actual, "blocks"), () -> "actual: " + actual.toPrettyString());
    }

    private static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        for (FencedBlocks.Block b : FencedBlocks.of(Files.readString(SharedData.projectRoot().resolve("docs/format.md")),
                Set.of("example", "canonical"))) {
            // The input, a line holding only ".", then what it must give.
            String body = b.body();
            int dot = body.startsWith(".\n") ? 0 : body.indexOf("\n.\n") + 1;
            if (dot == 0 && !body.startsWith(".\n")) {
                throw new AssertionError("docs/format.md:" + b.line() + ": an example without its \".\" line");
            }
            out.add(new Example(b.info(), b.line(), body.substring(0, dot), body.substring(dot + 2)));
        }
        return out;
    }
}
