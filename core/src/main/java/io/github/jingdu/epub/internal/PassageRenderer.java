package io.github.jingdu.epub.internal;

import io.github.jingdu.align.Language;
import io.github.jingdu.align.Segment;
import io.github.jingdu.align.SentenceSegmenter;
import io.github.jingdu.epub.EpubEdition;
import io.github.jingdu.model.Bead;
import io.github.jingdu.model.Explanation;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.SentenceAlignment;
import io.github.jingdu.model.StudyItem;
import io.github.jingdu.model.StudyNotes;
import io.github.jingdu.model.StudyText;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.model.VocabularyList;
import io.github.jingdu.model.VocabularyTable;
import io.github.jingdu.model.MarkdownKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Renders a passage: the English and its translation, sentences wrapped in spans whose ids pair
 * aligned sentences ({@code c1-p2-b0-en0} with {@code c1-p2-b0-zh0}), headwords linked to notes
 * that readers show as pop-ups, and the other study notes after the text.
 */
final class PassageRenderer {
    private final ChapterContext ctx;

    PassageRenderer(ChapterContext ctx) {
        this.ctx = ctx;
    }

    String render(Passage p, String id) {
        StringBuilder out = new StringBuilder("<section class=\"passage\" id=\"").append(id).append("\">\n");
        List<VocabularyEntry> vocabulary = p.vocabulary();
        boolean[] placed = new boolean[vocabulary.size()];
        StringBuilder notes = new StringBuilder();
        EpubEdition edition = ctx.edition();
        SentenceAlignment a = p.alignment();
        if (edition != EpubEdition.TRANSLATION && !p.source().isEmpty()) {
            int[] beads = a == null ? null : beadOf(a.beads(), a.source().size(), true);
            out.append("<div class=\"source\"").append(Xhtml.lang("en")).append(">\n");
            out.append(paragraphs(p.source(), Language.ENGLISH, id, beads, "en", vocabulary, placed, notes));
            out.append("</div>\n");
        }
        if (edition != EpubEdition.SOURCE && !p.translation().isEmpty()) {
            int[] beads = a == null ? null : beadOf(a.beads(), a.target().size(), false);
            out.append("<div class=\"translation\"").append(Xhtml.lang("zh-CN")).append(">\n");
            out.append(paragraphs(p.translation(), Language.CHINESE, id, beads, "zh", List.of(), placed, notes));
            out.append("</div>\n");
        }
        out.append(notes);
        if (edition != EpubEdition.TRANSLATION) {
            out.append(study(p.study(), id, placed));
        }
        return out.append("</section>\n").toString();
    }

    /** For each sentence of one side, the bead it belongs to. */
    private static int[] beadOf(List<Bead> beads, int sentences, boolean source) {
        int[] of = new int[sentences];
        Arrays.fill(of, -1);
        for (int b = 0; b < beads.size(); b++) {
            for (int i : source ? beads.get(b).source() : beads.get(b).target()) {
                if (i < sentences) {
                    of[i] = b;
                }
            }
        }
        return of;
    }

    private String paragraphs(List<Paragraph> paragraphs, Language language, String id, int[] beads, String side,
            List<VocabularyEntry> vocabulary, boolean[] placed, StringBuilder notes) {
        StringBuilder out = new StringBuilder();
        SentenceSegmenter segmenter = SentenceSegmenter.of(language);
        int sentence = 0;
        for (Paragraph paragraph : paragraphs) {
            out.append("<p>");
            List<Segment> segments = segmenter.segment(paragraph.text());
            if (beads == null || sentence + segments.size() > beads.length) {
                out.append(withNotes(paragraph.text(), id, vocabulary, placed, notes));
            } else {
                for (int k = 0; k < segments.size(); k++, sentence++) {
                    if (k > 0) {
                        out.append(language == Language.ENGLISH ? " " : "");
                    }
                    String spanId = id + "-b" + beads[sentence] + "-" + side + sentence;
                    out.append("<span class=\"sentence\" id=\"").append(spanId).append("\">")
                            .append(withNotes(segments.get(k).text(), id, vocabulary, placed, notes))
                            .append("</span>");
                }
            }
            out.append("</p>\n");
        }
        return out.toString();
    }

    /** Escapes a sentence, linking the first occurrence of each not yet placed headword to its note. */
    private String withNotes(String text, String id, List<VocabularyEntry> vocabulary, boolean[] placed,
            StringBuilder notes) {
        List<int[]> anchors = new ArrayList<>();
        NoteAnchors sentence = null;
        for (int e = 0; e < vocabulary.size(); e++) {
            if (placed[e]) {
                continue;
            }
            if (sentence == null) {
                sentence = new NoteAnchors(text);
            }
            int[] at = sentence.find(vocabulary.get(e));
            if (at != null && anchors.stream().noneMatch(x -> x[0] < at[1] && at[0] < x[1])) {
                anchors.add(new int[] {at[0], at[1], e});
                placed[e] = true;
            }
        }
        anchors.sort((x, y) -> Integer.compare(x[0], y[0]));
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int[] at : anchors) {
            String noteId = id + "-n" + at[2];
            out.append(Xml.escape(text.substring(from, at[0])))
                    .append("<a epub:type=\"noteref\" class=\"noteref\" href=\"#").append(noteId).append("\">")
                    .append(Xml.escape(text.substring(at[0], at[1]))).append("</a>");
            VocabularyEntry v = vocabulary.get(at[2]);
            notes.append("<aside epub:type=\"footnote\" class=\"note\" id=\"").append(noteId).append("\">\n")
                    .append(Notes.body(v, ctx.glossaryHref(v, noteId))).append("</aside>\n");
            from = at[1];
        }
        return out.append(Xml.escape(text.substring(from))).toString();
    }

    /**
     * Study notes outside a passage: every entry as a note of its own, with the explanations,
     * figures and other notes, in order.
     */
    String render(StudyNotes n, String id) {
        return "<section class=\"notes\" id=\"" + id + "\">\n" + study(n.study(), id, new boolean[n.vocabulary().size()])
                + "</section>\n";
    }

    /** Entries not found in the text, then explanations, figures and other notes, in order. */
    private String study(List<StudyItem> study, String id, boolean[] placed) {
        StringBuilder out = new StringBuilder();
        int e = 0;
        for (StudyItem item : study) {
            if (item instanceof VocabularyEntry v) {
                if (!placed[e]) {
                    String noteId = id + "-n" + e;
                    out.append("<div class=\"entry\" id=\"").append(noteId).append("\">\n")
                            .append(Notes.body(v, ctx.glossaryHref(v, noteId))).append("</div>\n");
                }
                e++;
            } else if (item instanceof VocabularyTable t) {
                e = block(out, id, e, t.entries(), MarkdownBlocks.render(MarkdownKind.TABLE, t.markdown()));
            } else if (item instanceof VocabularyList l) {
                e = block(out, id, e, l.entries(), MarkdownBlocks.render(MarkdownKind.LIST, l.markdown()));
            } else if (item instanceof Explanation x) {
                out.append("<blockquote class=\"explanation\">\n")
                        .append(MarkdownBlocks.lines(x.markdown(), "explanation")).append("</blockquote>\n");
            } else if (item instanceof Figure f) {
                out.append(ctx.figure(f));
            } else if (item instanceof StudyText t) {
                out.append(MarkdownBlocks.lines(t.markdown(), "study"));
            }
        }
        return out.length() == 0 ? "" : "<div class=\"study\">\n" + out + "</div>\n";
    }

    /**
     * A table or list of vocabulary as written; the glossary links each of its entries to it.
     *
     * @return the index of the entry after its last
     */
    private int block(StringBuilder out, String id, int first, List<VocabularyEntry> entries, String html) {
        String blockId = id + "-v" + first;
        for (VocabularyEntry v : entries) {
            ctx.glossaryHref(v, blockId);
        }
        out.append("<div class=\"vocabulary\" id=\"").append(blockId).append("\">\n").append(html).append("</div>\n");
        return first + entries.size();
    }
}
