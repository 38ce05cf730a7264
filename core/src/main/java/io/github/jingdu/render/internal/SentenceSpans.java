package io.github.jingdu.render.internal;

import io.github.jingdu.align.Language;
import io.github.jingdu.align.Segment;
import io.github.jingdu.align.SentenceSegmenter;
import io.github.jingdu.model.Bead;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.SentenceAlignment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The paragraphs of a translation unit's part with each sentence in a span that names the beads it
 * belongs to (and says when one of them is uncertain), for a web page's script: a free translation's sentence is in a bead with the literal
 * translation and in one with the English source, so {@code data-bead} lists both. Sentences are
 * counted as the aligner counts them, paragraph by paragraph; when the count differs from the
 * alignment's, the paragraphs are written without spans rather than with wrong ones.
 */
final class SentenceSpans {
    /** The beads of each sentence of one part, as {@code data-bead} tokens; empty when there is none. */
    private final List<List<String>> tokens = new ArrayList<>();
    /** The sentences of a bead whose confidence is below {@link PassageRenderer#UNCERTAIN}. */
    private final Set<Integer> uncertain = new HashSet<>();

    /**
     * Adds the beads of one side of an alignment.
     *
     * @param alignment the alignment, or null
     * @param source whether the part is its source side
     * @param prefix what the tokens start with, such as {@code c1-4-r}
     * @return this
     */
    SentenceSpans add(SentenceAlignment alignment, boolean source, String prefix) {
        if (alignment == null) {
            return this;
        }
        int size = source ? alignment.source().size() : alignment.target().size();
        if (!tokens.isEmpty() && tokens.size() != size) {
            tokens.clear();
            uncertain.clear();
            return this;
        }
        while (tokens.size() < size) {
            tokens.add(new ArrayList<>());
        }
        for (int b = 0; b < alignment.beads().size(); b++) {
            Bead bead = alignment.beads().get(b);
            boolean unsure = alignment.confidence(bead) < PassageRenderer.UNCERTAIN;
            for (int i : source ? bead.source() : bead.target()) {
                if (i < size) {
                    tokens.get(i).add(prefix + b);
                    if (unsure) {
                        uncertain.add(i);
                    }
                }
            }
        }
        return this;
    }

    /**
     * @param paragraphs the part's paragraphs
     * @param language their language
     * @param id the id of the part's sentences before their number, such as {@code c1-4-free}
     * @param ctx the chapter
     * @return the paragraphs as XHTML, with spans where the alignment's sentences are found
     */
    String paragraphs(List<Paragraph> paragraphs, Language language, String id, ChapterContext ctx) {
        SentenceSegmenter segmenter = SentenceSegmenter.of(language);
        List<List<Segment>> segments = new ArrayList<>();
        int count = 0;
        for (Paragraph p : paragraphs) {
            List<Segment> s = segmenter.segment(p.text());
            segments.add(s);
            count += s.size();
        }
        boolean spans = count == tokens.size() && count > 0;
        StringBuilder out = new StringBuilder();
        int sentence = 0;
        for (int k = 0; k < paragraphs.size(); k++) {
            Paragraph p = paragraphs.get(k);
            List<Mark> marks = new ArrayList<>();
            for (Segment s : segments.get(k)) {
                if (spans && !tokens.get(sentence).isEmpty()) {
                    String kind = uncertain.contains(sentence) ? "sentence uncertain" : "sentence";
                    marks.add(new Mark(s.start(), s.end(), "<span class=\"" + kind + "\" id=\"" + id + sentence
                            + "\" data-bead=\"" + String.join(" ", tokens.get(sentence)) + "\">", "</span>"));
                }
                sentence++;
            }
            out.append("<p>").append(ctx.markdown().inline(p.markdown(), p.text(), marks, ctx.images(p.span())).xhtml())
                    .append("</p>\n");
        }
        return out.toString();
    }
}
