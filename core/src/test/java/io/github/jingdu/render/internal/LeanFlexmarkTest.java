package io.github.jingdu.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        int compared = 0;
        List<CorpusPieces.Piece> differ = new ArrayList<>();
        for (CorpusPieces.Piece piece : CorpusPieces.of("the lean Flexmark test over the corpus")) {
            String text = piece.markdown();
            if (text.indexOf('|') < 0 && text.indexOf('~') < 0 && SimpleMarkdown.render(text) == null) {
                compared++;
                if (!markdown.flexmarkWithExtensions(text).equals(markdown.flexmark(text, MarkdownXhtml.NO_IMAGES))) {
                    differ.add(piece);
                }
            }
        }
        assertTrue(compared > 5_000, "compared " + compared);
        assertEquals(List.of(), differ.stream().limit(5).toList(), differ.size() + " pieces differ");
    }
}
