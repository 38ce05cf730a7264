package io.github.jingdu.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text with no {@code |} and no {@code ~} is rendered by Flexmark without its table and
 * strikethrough extensions: the HTML is the same as with them, on every paragraph and line of the
 * corpus that has syntax, and on text that only looks like a table or a strikethrough.
 */
class LeanFlexmarkTest {
    private final MarkdownXhtml markdown = MarkdownXhtml.get();

    @Test
    void textThatOnlyLooksLikeATableOrAStrikethroughIsTheSame() {
        for (String text : List.of("a\n---\nb", "**a** : b\n--- : ---", "a ≈ b\n\n- x\n- y", "`code` and *em*",
                "1. one\n2. two\n\n> quote\n\n    indented")) {
            assertEquals(markdown.flexmarkWithExtensions(text), markdown.flexmark(text, MarkdownXhtml.NO_IMAGES), text);
        }
    }

    @Test
    void everyParagraphAndLineOfTheCorpusIsTheSame() throws Exception {
        Path corpus = SharedData.require("corpus", "the lean Flexmark test over the corpus");
        int compared = 0;
        List<String> differ = new ArrayList<>();
        for (Path file : SharedData.notesFiles(corpus)) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            List<String> pieces = new ArrayList<>(List.of(text.split("\n\n")));
            pieces.addAll(List.of(text.split("\n")));
            for (String piece : pieces) {
                if (piece.indexOf('|') < 0 && piece.indexOf('~') < 0 && PlainParagraphs.render(piece) == null) {
                    compared++;
                    if (!markdown.flexmarkWithExtensions(piece).equals(markdown.flexmark(piece, MarkdownXhtml.NO_IMAGES))) {
                        differ.add(corpus.relativize(file) + ": " + piece);
                    }
                }
            }
        }
        assertTrue(compared > 5_000, "compared " + compared);
        assertEquals(List.of(), differ.stream().limit(5).toList(), differ.size() + " pieces differ");
    }
}
