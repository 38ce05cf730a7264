package io.github.jingdu.parse.internal;

import io.github.jingdu.model.Explanation;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.Severity;
import io.github.jingdu.model.StudyItem;
import io.github.jingdu.model.StudyText;
import io.github.jingdu.model.VocabularyEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the study notes of a passage: vocabulary lines, the {@code >} quotes that explain them,
 * images, and any other lines as text.
 */
final class StudyReader {
    private final ReadContext ctx;

    StudyReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    List<StudyItem> read(int from, int to) {
        List<StudyItem> items = new ArrayList<>();
        int i = from;
        while (i < to) {
            LineKind kind = ctx.kinds[i];
            if (kind == LineKind.BLANK) {
                i++;
            } else if (kind == LineKind.QUOTE) {
                int end = runOf(i, to, LineKind.QUOTE);
                addExplanation(items, explanation(i, end));
                i = end;
            } else if (kind == LineKind.IMAGE) {
                items.add(figure(i));
                i++;
            } else if (kind == LineKind.FENCE) {
                int end = runOf(i + 1, to, LineKind.FENCED);
                items.add(text(i, end));
                i = end;
            } else {
                VocabularyLine.Parts parts = entryAt(i, to);
                if (parts != null) {
                    items.add(entry(i, parts));
                    i++;
                } else {
                    int end = i + 1;
                    while (end < to && isPlainText(end, to)) {
                        end++;
                    }
                    reportUnreadEntries(i, end);
                    items.add(text(i, end));
                    i = end;
                }
            }
        }
        return items;
    }

    /** Lines that look like vocabulary entries but could not be read are reported, never dropped. */
    private void reportUnreadEntries(int from, int end) {
        for (int line = from; line < end; line++) {
            if (ctx.kinds[line] == LineKind.TEXT && VocabularyLine.looksLikeEntry(ctx.content(line))) {
                ctx.report(Severity.WARNING, "vocabulary-unparsed",
                        "this line looks like a vocabulary entry but could not be read; write it as "
                                + "`headword：meaning；meaning`, or as a headword alone with a `>` explanation below",
                        ctx.lines.spanOfContent(line, line));
            }
        }
    }

    private boolean isPlainText(int line, int to) {
        LineKind kind = ctx.kinds[line];
        return (kind == LineKind.TEXT || kind == LineKind.STUDY_MARKER) && entryAt(line, to) == null;
    }

    /**
     * Reads the line as a vocabulary entry: a line with a head and a gloss, or a bare head (its
     * explanation is in the quote below it, or missing, which is reported).
     */
    private VocabularyLine.Parts entryAt(int line, int to) {
        VocabularyLine.Parts parts = VocabularyLine.parse(ctx.content(line), true);
        if (parts != null || ctx.kinds[line] != LineKind.TEXT) {
            return parts;
        }
        return VocabularyLine.bareHead(ctx.content(line));
    }

    private int runOf(int from, int to, LineKind kind) {
        int i = from;
        while (i < to && ctx.kinds[i] == kind) {
            i++;
        }
        return i;
    }

    private static void addExplanation(List<StudyItem> items, Explanation explanation) {
        if (!items.isEmpty() && items.get(items.size() - 1) instanceof VocabularyEntry e
                && e.explanation() == null) {
            items.set(items.size() - 1, e.withExplanation(explanation));
        } else {
            items.add(explanation);
        }
    }

    private Explanation explanation(int from, int to) {
        StringBuilder markdown = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                markdown.append('\n');
            }
            markdown.append(QuoteLines.unquote(ctx.content(i)));
        }
        String text = markdown.toString();
        return new Explanation(text, ExampleReader.read(text), ctx.lines.spanOfContent(from, to - 1));
    }

    private Figure figure(int line) {
        FigureLine.Parts parts = FigureLine.parse(ctx.content(line));
        ReadContext.Piece p = ctx.piece(line);
        return new Figure(parts.alt(), parts.path(), parts.title(), ctx.lines.span(p.from(), p.to()),
                ctx.text(p));
    }

    private VocabularyEntry entry(int line, VocabularyLine.Parts parts) {
        VocabularyLine.Gloss gloss = VocabularyLine.readGloss(parts.gloss());
        ReadContext.Piece p = ctx.piece(line);
        int next = ctx.skipBlank(line + 1, ctx.kinds.length);
        if (gloss.senses().isEmpty() && gloss.pronunciations().isEmpty() && !explainedBelow(next)) {
            ctx.report(Severity.WARNING, "vocabulary-without-meaning",
                    "the entry `" + parts.headword() + "` gives no meaning; write one after a colon "
                            + "(`" + parts.headword() + "：…`) or explain it in a `>` quote below",
                    ctx.lines.spanOfContent(line, line));
        }
        return new VocabularyEntry(parts.headword(), parts.variants(), parts.gloss(), gloss.pronunciations(),
                gloss.senses(), gloss.note(), gloss.morphology(), gloss.flags(), null, ctx.lines.span(p.from(), p.to()));
    }

    /**
     * Whether the line after an entry without a meaning explains it: a {@code >} quote, or a line
     * of Chinese that is not itself an entry (the meaning written as the next paragraph).
     */
    private boolean explainedBelow(int next) {
        if (next >= ctx.kinds.length) {
            return false;
        }
        String content = ctx.content(next);
        return ctx.kinds[next] == LineKind.QUOTE || ctx.kinds[next] == LineKind.TEXT && Scripts.isChinese(content)
                && VocabularyLine.parse(content, false) == null;
    }

    private StudyText text(int from, int end) {
        int to = end;
        while (to > from + 1 && Scripts.isBlank(ctx.content(to - 1))) {
            to--;
        }
        StringBuilder markdown = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                markdown.append('\n');
            }
            markdown.append(ctx.content(i));
        }
        return new StudyText(markdown.toString(), ctx.lines.spanOfContent(from, to - 1));
    }
}
