package io.github.jingdu.render.internal;

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
import io.github.jingdu.terms.Grounder;
import io.github.jingdu.terms.Grounding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a passage: the English and its translation with their inline formatting, sentences
 * wrapped in spans whose ids pair aligned sentences ({@code c1-p2-b0-en0} with
 * {@code c1-p2-b0-zh0}), headwords linked to notes that readers show as pop-ups where the
 * library's {@link Grounder} finds them (the longest headword first where two overlap), and the
 * other study notes after the text.
 */
final class PassageRenderer {
    /** Below this confidence a bead's sentences are marked {@code uncertain}. */
    static final double UNCERTAIN = 0.5;
    private final ChapterContext ctx;

    PassageRenderer(ChapterContext ctx) {
        this.ctx = ctx;
    }

    /**
     * A headword's place in a sentence, the entry's index in the passage's vocabulary, and the
     * entries found in the same words ({@code tract} in {@code tract housing}), whose notes join
     * its pop-up.
     */
    private record Anchor(int start, int end, int entry, List<Integer> within) {
    }

    String render(Passage p, String id) {
        StringBuilder out = new StringBuilder("<section class=\"passage\" id=\"").append(id).append("\">\n");
        List<VocabularyEntry> vocabulary = p.vocabulary();
        boolean[] placed = new boolean[vocabulary.size()];
        StringBuilder notes = new StringBuilder();
        EpubEdition edition = ctx.edition();
        SentenceAlignment a = p.alignment();
        Set<Integer> uncertain = uncertain(a);
        if (edition != EpubEdition.TRANSLATION && !p.source().isEmpty()) {
            int[] beads = a == null ? null : beadOf(a.beads(), a.source().size(), true);
            out.append("<div class=\"source\"").append(Xhtml.lang(Languages.ENGLISH)).append(">\n");
            out.append(paragraphs(p.source(), Language.ENGLISH, id, beads, uncertain, "en", anchors(p), vocabulary, placed,
                    notes));
            out.append("</div>\n");
        }
        if (edition != EpubEdition.SOURCE && !p.translation().isEmpty()) {
            int[] beads = a == null ? null : beadOf(a.beads(), a.target().size(), false);
            out.append("<div class=\"translation\"").append(Xhtml.lang(Languages.CHINESE)).append(">\n");
            out.append(paragraphs(p.translation(), Language.CHINESE, id, beads, uncertain, "zh", Map.of(), vocabulary, placed,
                    notes));
            out.append("</div>\n");
        }
        out.append(notes);
        if (edition != EpubEdition.TRANSLATION) {
            out.append(study(p.study(), id, placed));
        }
        return out.append("</section>\n").toString();
    }

    /**
     * Where each entry's note is linked from, by sentence: its grounding, the longer headword
     * first where two would overlap (so {@code wriggle room} keeps its words from {@code wriggle},
     * whose note joins the pop-up of {@code wriggle room}).
     */
    private static Map<Integer, List<Anchor>> anchors(Passage p) {
        List<Grounding> groundings = Grounder.create().ground(p);
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < groundings.size(); e++) {
            if (groundings.get(e).found()) {
                order.add(e);
            }
        }
        order.sort(Comparator.comparingInt((Integer e) -> groundings.get(e).start() - groundings.get(e).end())
                .thenComparingInt(e -> e));
        Map<Integer, List<Anchor>> out = new HashMap<>();
        for (int e : order) {
            Grounding g = groundings.get(e);
            List<Anchor> sentence = out.computeIfAbsent(g.sentenceIndex(), k -> new ArrayList<>());
            Anchor clash = sentence.stream().filter(x -> x.start() < g.end() && g.start() < x.end()).findFirst()
                    .orElse(null);
            if (clash == null) {
                sentence.add(new Anchor(g.start(), g.end(), e, new ArrayList<>()));
            } else {
                clash.within().add(e);
            }
        }
        return out;
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

    /**
     * The beads whose confidence is below one half: the reader sees that their sentences may not
     * be each other's translation.
     */
    private static Set<Integer> uncertain(SentenceAlignment a) {
        Set<Integer> out = new HashSet<>();
        if (a != null) {
            for (int b = 0; b < a.beads().size(); b++) {
                if (a.confidence(a.beads().get(b)) < UNCERTAIN) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    private String paragraphs(List<Paragraph> paragraphs, Language language, String id, int[] beads,
            Set<Integer> uncertain, String side,
            Map<Integer, List<Anchor>> anchors, List<VocabularyEntry> vocabulary, boolean[] placed,
            StringBuilder notes) {
        StringBuilder out = new StringBuilder();
        SentenceSegmenter segmenter = SentenceSegmenter.of(language);
        boolean spans = beads != null;
        int sentence = 0;
        for (Paragraph paragraph : paragraphs) {
            List<Segment> segments = segmenter.segment(paragraph.text());
            spans = spans && sentence + segments.size() <= beads.length;
            List<Mark> marks = new ArrayList<>();
            Map<String, Integer> entryOf = new HashMap<>();
            Map<String, List<Integer>> withinOf = new HashMap<>();
            for (int k = 0; k < segments.size(); k++, sentence++) {
                Segment s = segments.get(k);
                if (spans) {
                    String spanId = id + "-b" + beads[sentence] + "-" + side + sentence;
                    String kind = uncertain.contains(beads[sentence]) ? "sentence uncertain" : "sentence";
                    // A sentence in no bead (an alignment made elsewhere may leave one out) pairs with nothing.
                    String bead = ctx.packaging().web() && beads[sentence] >= 0
                            ? " data-bead=\"" + id + "-b" + beads[sentence] + "\"" : "";
                    marks.add(new Mark(s.start(), s.end(), "<span class=\"" + kind + "\" id=\"" + spanId + "\"" + bead
                            + ">", "</span>"));
                }
                for (Anchor at : anchors.getOrDefault(sentence, List.of())) {
                    String noteId = id + "-n" + at.entry();
                    String open = "<a epub:type=\"noteref\" role=\"doc-noteref\" class=\"noteref\" href=\"#" + noteId
                            + "\">";
                    entryOf.put(open, at.entry());
                    withinOf.put(open, at.within());
                    marks.add(new Mark(s.start() + at.start(), s.start() + at.end(), open, "</a>"));
                }
            }
            Spliced html = ctx.markdown().inline(paragraph.markdown(), paragraph.text(), marks, ctx.images(paragraph.span()));
            out.append("<p>").append(html.xhtml()).append("</p>\n");
            for (Mark m : html.marks()) {
                Integer e = entryOf.get(m.open());
                if (e != null) {
                    placed[e] = true;
                    VocabularyEntry v = vocabulary.get(e);
                    String noteId = id + "-n" + e;
                    notes.append("<aside epub:type=\"footnote\" role=\"doc-footnote\" class=\"note\" id=\"").append(noteId)
                            .append("\">\n").append(Notes.body(v, ctx.glossaryHref(v, noteId)));
                    for (int inner : withinOf.get(m.open())) {
                        placed[inner] = true;
                        VocabularyEntry w = vocabulary.get(inner);
                        String innerId = id + "-n" + inner;
                        notes.append("<div class=\"within\" id=\"").append(innerId).append("\">\n")
                                .append(Notes.body(w, ctx.glossaryHref(w, innerId))).append("</div>\n");
                    }
                    notes.append("</aside>\n");
                }
            }
        }
        return out.toString();
    }

    /**
     * Study notes outside a passage: every entry as a note of its own, with the explanations,
     * figures and other notes, in order.
     */
    String render(StudyNotes n, String id) {
        return "<section class=\"notes\" id=\"" + id + "\">\n" + study(n.study(), id, new boolean[n.vocabulary().size()])
                + "</section>\n";
    }

    /** Entries not linked from the text, then explanations, figures and other notes, in order. */
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
                e = block(out, id, e, t.entries(), t.markdown(), t.span());
            } else if (item instanceof VocabularyList l) {
                e = block(out, id, e, l.entries(), l.markdown(), l.span());
            } else if (item instanceof Explanation x) {
                String language = Languages.of(x.markdown(), Languages.CHINESE);
                out.append("<blockquote class=\"explanation\"").append(Xhtml.lang(language)).append(">\n")
                        .append(Languages.tag(ctx.markdown().blocks(x.markdown(), ctx.images(x.span())), language))
                        .append("</blockquote>\n");
            } else if (item instanceof Figure f) {
                out.append(ctx.figure(f));
            } else if (item instanceof StudyText t) {
                out.append(Languages.tag(ctx.markdown().blocks(t.markdown(), ctx.images(t.span())), Languages.ENGLISH));
            }
        }
        return out.length() == 0 ? "" : "<div class=\"study\">\n" + out + "</div>\n";
    }

    /**
     * A table or list of vocabulary as written; the glossary links each of its entries to it.
     *
     * @return the index of the entry after its last
     */
    private int block(StringBuilder out, String id, int first, List<VocabularyEntry> entries, String markdown,
            io.github.jingdu.model.SourceSpan span) {
        String blockId = id + "-v" + first;
        for (VocabularyEntry v : entries) {
            ctx.glossaryHref(v, blockId);
        }
        out.append("<div class=\"vocabulary\" id=\"").append(blockId).append("\">\n")
                .append(Languages.tag(ctx.markdown().blocks(markdown, ctx.images(span)), Languages.ENGLISH))
                .append("</div>\n");
        return first + entries.size();
    }
}
