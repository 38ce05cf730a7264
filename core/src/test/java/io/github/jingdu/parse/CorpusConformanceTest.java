package io.github.jingdu.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.json.JsonFormatException;
import io.github.jingdu.json.JsonReader;
import io.github.jingdu.json.JsonWriter;
import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every real notes file in {@code ../shared/corpus} and {@code seeds/} parses, writes back
 * byte for byte, survives JSON, and has one passage per {@code 原文} marker.
 */
class CorpusConformanceTest {
    /** A marker as a reader of the notes sees one, counted independently of the parser. */
    private static final Pattern MARKER = Pattern.compile("^原文[ \\t]*(?:[：:；;][ \\t]*(.*))?$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final NotesParser parser = NotesParser.create();

    @Test
    void seedsConform() throws IOException {
        Report r = check(SharedData.notesFiles(SharedData.projectRoot().resolve("seeds")).stream()
                .filter(p -> !p.getFileName().toString().contains(".expected.")).toList());
        assertEquals(2, r.files, "both seeds are in seeds/");
    }

    @Test
    void corpusConforms() throws IOException {
        List<Path> files = SharedData.notesFiles(SharedData.require("corpus", "the corpus conformance test"));
        Report r = check(files);
        System.out.printf("corpus conformance: %d files, %d passages, %d markers, %d round-trip failures,"
                + " %d JSON failures, %d ms%n", r.files, r.passages, r.markers, r.roundTripFailures.size(),
                r.jsonFailures.size(), r.millis);
        assertTrue(r.files > 300, "the corpus holds over 300 files");
    }

    private Report check(List<Path> files) throws IOException {
        Report r = new Report();
        long start = System.nanoTime();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            NoteDocument d = parser.parse(bytes);
            r.files++;
            r.passages += d.passages().size();
            int markers = countMarkers(text);
            r.markers += markers;
            if (!MarkdownWriter.lossless().write(d).equals(text)) {
                r.roundTripFailures.add(file.toString());
            }
            try {
                if (!JsonReader.create().read(JsonWriter.create().write(d)).equals(d)) {
                    r.jsonFailures.add(file.toString());
                }
            } catch (JsonFormatException e) {
                r.jsonFailures.add(file + ": " + e.getMessage());
            }
            assertEquals(markers, d.passages().size(), () -> "passages in " + file);
        }
        r.millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(), r.roundTripFailures, "lossless round trip");
        assertEquals(List.of(), r.jsonFailures, "JSON round trip");
        return r;
    }

    /** Counts marker lines outside code fences: 原文 alone, or with English after its colon. */
    static int countMarkers(String text) {
        int count = 0;
        boolean fenced = false;
        for (String line : text.split("\r\n|\r|\n", -1)) {
            String s = line.replaceAll("^[\\s\\u200B\\u3000\\uFEFF]+|[\\s\\u200B\\u3000]+$", "");
            if (s.startsWith("```") || s.startsWith("~~~")) {
                fenced = !fenced;
            }
            Matcher m = MARKER.matcher(s);
            if (!fenced && m.matches() && (m.group(1) == null || m.group(1).isEmpty()
                    || !HAN.matcher(m.group(1)).find() && m.group(1).matches(".*[A-Za-z].*"))) {
                count++;
            }
        }
        return count;
    }

    private static final class Report {
        int files;
        int passages;
        int markers;
        long millis;
        final List<String> roundTripFailures = new ArrayList<>();
        final List<String> jsonFailures = new ArrayList<>();
    }
}
