package io.github.jingdu.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingdu.json.JsonWriter;
import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.testing.JsonContainment;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
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
        List<String> lines = Files.readAllLines(SharedData.projectRoot().resolve("docs/format.md"));
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i);
            if (!fence.equals("````example") && !fence.equals("````canonical")) {
                continue;
            }
            int start = i + 1;
            int dot = start;
            while (!lines.get(dot).equals(".")) {
                dot++;
            }
            int end = dot + 1;
            while (!lines.get(end).equals("````")) {
                end++;
            }
            out.add(new Example(fence.substring(4), i + 1, join(lines, start, dot), join(lines, dot + 1, end)));
            i = end;
        }
        return out;
    }

    private static String join(List<String> lines, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(lines.get(i)).append('\n');
        }
        return sb.toString();
    }
}
