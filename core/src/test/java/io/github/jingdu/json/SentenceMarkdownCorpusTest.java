package io.github.jingdu.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.text.internal.InlineText;
import io.github.jingdu.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On every corpus note, each aligned sentence of a passage has its Markdown in the JSON, and that
 * Markdown reads as the sentence's text: a reader can show every sentence with its formatting.
 */
class SentenceMarkdownCorpusTest {
    private static final InlineText TEXT = new InlineText(20_000, NotesParser.DEFAULT_MAX_NESTING_DEPTH);

    @Test
    void everyAlignedSentenceHasMarkdownThatReadsAsItsText() throws Exception {
        Path corpus = SharedData.require("corpus", "the sentence Markdown test over the corpus");
        NotesParser parser = NotesParser.create();
        DocumentAligner aligner = DocumentAligner.create();
        JsonWriter writer = JsonWriter.builder().positions(false).pretty(false).build();
        ObjectMapper mapper = new ObjectMapper();
        int sentences = 0;
        int formatted = 0;
        List<String> wrong = new ArrayList<>();
        for (Path file : SharedData.notesFiles(corpus)) {
            JsonNode doc = mapper.readTree(writer.write(aligner.align(parser.parse(Files.readAllBytes(file)))));
            for (JsonNode block : doc.path("blocks")) {
                if (!block.path("type").asText().equals("passage")) {
                    continue;
                }
                for (String side : List.of("source", "target")) {
                    for (JsonNode s : block.path("alignment").path(side)) {
                        sentences++;
                        String text = s.path("text").asText();
                        String markdown = s.path("markdown").asText(null);
                        if (markdown == null || !TEXT.plain(markdown).equals(text)) {
                            wrong.add(corpus.relativize(file) + ": " + text + " ← " + markdown);
                        } else if (!markdown.equals(text)) {
                            formatted++;
                        }
                    }
                }
            }
        }
        System.out.printf("Sentence Markdown: %d aligned passage sentences, %d with Markdown syntax, %d wrong%n",
                sentences, formatted, wrong.size());
        assertTrue(sentences > 10_000, "sentences: " + sentences);
        assertEquals(List.of(), wrong.stream().limit(5).toList(), wrong.size() + " sentences");
    }
}
