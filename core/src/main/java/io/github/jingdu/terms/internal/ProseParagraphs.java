package io.github.jingdu.terms.internal;

import io.github.jingdu.model.Block;
import io.github.jingdu.model.MarkdownBlock;
import io.github.jingdu.model.MarkdownKind;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.TranslationUnit;
import io.github.jingdu.text.internal.PlainTextSpans;
import io.github.jingdu.text.internal.Scripts;
import java.util.ArrayList;
import java.util.List;

/**
 * The prose of a document as plain-text paragraphs that know where they stand: passages'
 * English and Chinese, translation units' renditions, and Markdown paragraphs.
 */
public final class ProseParagraphs {

    /**
     * One paragraph. Where its stretches stand in the source is worked out when first asked:
     * most paragraphs hold no term. For one thread.
     */
    public static final class Prose {
        private final String text;
        private final boolean chinese;
        private final String blockRaw;
        private final SourceSpan blockSpan;
        private final SourceSpan paragraphSpan;
        private PlainTextSpans spans;

        Prose(String text, String blockRaw, SourceSpan blockSpan, SourceSpan paragraphSpan) {
            this.text = text;
            this.chinese = Scripts.isChinese(text);
            this.blockRaw = blockRaw;
            this.blockSpan = blockSpan;
            this.paragraphSpan = paragraphSpan;
        }

        /** @return its plain text */
        public String text() {
            return text;
        }

        /** @return whether it is Chinese text */
        public boolean chinese() {
            return chinese;
        }

        /**
         * @param start first offset in {@link #text()}
         * @param end offset just past the stretch
         * @return where the stretch stands in the source
         */
        public SourceSpan span(int start, int end) {
            if (spans == null) {
                spans = new PlainTextSpans(blockRaw, blockSpan, paragraphSpan, text);
            }
            return spans.span(start, end);
        }
    }

    private ProseParagraphs() {
    }

    /**
     * Lists a document's prose paragraphs in source order.
     *
     * @param document a parsed document
     * @return its paragraphs
     */
    public static List<Prose> of(NoteDocument document) {
        List<Prose> out = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Passage p) {
                add(out, p.source(), p.raw(), p.span());
                add(out, p.translation(), p.raw(), p.span());
            } else if (block instanceof TranslationUnit u) {
                for (Rendition r : u.parts()) {
                    add(out, r.paragraphs(), u.raw(), u.span());
                }
            } else if (block instanceof MarkdownBlock m && m.kind() == MarkdownKind.PARAGRAPH) {
                out.add(new Prose(m.markdown(), m.raw(), m.span(), m.span()));
            }
        }
        return out;
    }

    private static void add(List<Prose> out, List<Paragraph> paragraphs, String raw, SourceSpan span) {
        for (Paragraph p : paragraphs) {
            out.add(new Prose(p.text(), raw, span, p.span()));
        }
    }
}
