package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Lines;
import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.text.internal.QuoteLines;
import io.github.jingdu.model.Explanation;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.Severity;
import io.github.jingdu.model.StudyItem;
import io.github.jingdu.model.StudyText;
import io.github.jingdu.model.EntryShape;
import io.github.jingdu.model.Example;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.model.VocabularyList;
import io.github.jingdu.model.VocabularyTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the study notes of a passage: vocabulary lines, the {@code >} quotes that explain them,
 * images, and any other lines as text.
 */
final class StudyReader {
    private final ReadContext ctx;
    private final boolean unlabelledExamples;
    private final boolean headsWithoutSeparator;
    /** The index of the entry that example lines attach to, or -1. */
    private int current = -1;

    /**
     * @param ctx the document
     * @param unlabelledExamples whether a sentence after an entry is its example without a label
     *     such as {@code 例句：} (so outside passages: in a passage's notes, a sentence copied from the
     *     passage with its translation is an entry)
     */
    StudyReader(ReadContext ctx, boolean unlabelledExamples) {
        this(ctx, unlabelledExamples, true);
    }

    /**
     * @param ctx the document
     * @param unlabelledExamples as above
     * @param headsWithoutSeparator whether a head glued to its gloss ({@code one-off一次性的}) or
     *     standing alone above a quote is an entry: not under a heading that names the entry, whose
     *     prose often starts with an English name ({@code NBA 选秀联合试训会测两种弹跳})
     */
    StudyReader(ReadContext ctx, boolean unlabelledExamples, boolean headsWithoutSeparator) {
        this.ctx = ctx;
        this.unlabelledExamples = unlabelledExamples;
        this.headsWithoutSeparator = headsWithoutSeparator;
    }

    List<StudyItem> read(int from, int to) {
        List<StudyItem> items = new ArrayList<>();
        read(from, to, items);
        return items;
    }

    /**
     * Reads study items after those already in a list; example lines may attach to its last entry.
     *
     * @param items the items so far, added to
     */
    void read(int from, int to, List<StudyItem> items) {
        read(from, to, items, !items.isEmpty() && items.get(items.size() - 1) instanceof VocabularyEntry
                ? items.size() - 1 : -1);
    }

    /**
     * Reads study items after those already in a list; example lines attach to a given entry of
     * it until another entry is read.
     *
     * @param items the items so far, added to
     * @param attachTo the index in {@code items} of the entry examples attach to, or -1
     */
    void read(int from, int to, List<StudyItem> items, int attachTo) {
        current = attachTo;
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
                current = -1;
                i++;
            } else if (kind == LineKind.FENCE) {
                int end = runOf(i + 1, to, LineKind.FENCED);
                items.add(text(i, end));
                current = -1;
                i = end;
            } else {
                i = readLine(items, i, to);
            }
        }
    }

    /** Reads what starts at a text line: an example, a table, a list, an entry or text. */
    private int readLine(List<StudyItem> items, int i, int to) {
        String content = ctx.content(i);
        if (current >= 0 && ctx.kinds[i] == LineKind.TEXT && exampleAt(items, i)) {
            return addExample(items, i, to);
        }
        if (content.stripLeading().startsWith("|") && i + 1 < to
                && VocabularyTables.isDelimiterRow(ctx.content(i + 1))) {
            int end = i;
            while (end < to && ctx.kinds[end] == LineKind.TEXT && content(end).startsWith("|")) {
                end++;
            }
            VocabularyTable table = VocabularyTables.read(ctx, i, end);
            items.add(table != null ? table : text(i, end));
            current = -1;
            return end;
        }
        if (VocabularyLists.isItem(content)) {
            int end = listEnd(i, to);
            VocabularyList list = VocabularyLists.read(ctx, i, end);
            items.add(list != null ? list : text(i, end));
            if (list != null || !unlabelledExamples) {
                current = -1;
            }
            return end;
        }
        VocabularyLine.Parts parts = entryAt(i, to);
        if (parts != null && !(unlabelledExamples && current < 0 && ExampleLines.isSentence(parts.headword())
                && parts.gloss().indexOf('[') < 0 && parts.gloss().indexOf('/') < 0)) {
            items.add(entry(i, parts));
            current = items.size() - 1;
            return i + 1;
        }
        int end = i + 1;
        while (end < to && isPlainText(end, to)) {
            end++;
        }
        if (!unlabelledExamples) {
            // In a vocabulary section or under an idiom, prose about the entries is expected
            // (`“*Rule of thumb*” 这个短语源自于…`): only a 学习 section is held to its entries.
            reportUnreadEntries(i, end);
        }
        items.add(text(i, end));
        if (!unlabelledExamples) {
            // Outside passages, prose after an entry comments on it (an idiom's origin, in either
            // language): its examples may still follow.
            current = -1;
        }
        return end;
    }

    /** The lines of a list that starts at a line: items and the lines under them, up to a blank line. */
    private int listEnd(int from, int to) {
        int end = from + 1;
        while (end < to && ctx.kinds[end] == LineKind.TEXT && !VocabularyLists.endsList(ctx.content(end))) {
            end++;
        }
        return end;
    }

    private String content(int line) {
        return ctx.content(line).stripLeading();
    }

    /**
     * Whether the line is an example of the current entry: labelled ({@code 例句：…}), or, where
     * unlabelled examples are read, an English sentence with its translation, or a line that parses
     * as an entry but reads as an example ({@link ExampleLines#isExample}).
     */
    private boolean exampleAt(List<StudyItem> items, int line) {
        String content = ctx.content(line);
        if (ExampleLines.labelled(content)) {
            return true;
        }
        if (!unlabelledExamples || !ExampleLines.startsEnglish(content)) {
            return false;
        }
        VocabularyLine.Parts parts = VocabularyLine.parse(content, true);
        String headword = ((VocabularyEntry) items.get(current)).headword();
        if (parts != null) {
            VocabularyLine.Gloss gloss = VocabularyLine.readGloss(parts.gloss());
            if (!gloss.pronunciations().isEmpty() || !gloss.flags().isEmpty()) {
                return false;
            }
            String english = ExampleLines.english(content);
            if (VocabularyLine.parse(content, false) != null) {
                // Written `phrase：meaning`, it is an entry unless it reads as a sentence.
                return ExampleLines.isSentence(english) || ExampleLines.isClause(english, headword);
            }
            return ExampleLines.isExample(content, parts.headword(), headword) || ExampleLines.isSentence(english);
        }
        if (startsTermItem(content)) {
            return false;
        }
        String english = ExampleLines.english(content);
        return Scripts.hasHan(content) && (ExampleLines.isSentence(english)
                || ExampleLines.usesInLongerPhrase(english, headword));
    }

    private int addExample(List<StudyItem> items, int line, int to) {
        String content = ctx.content(line);
        VocabularyLine.Parts written = ExampleLines.labelled(content) ? null : VocabularyLine.parse(content, false);
        if (written != null) {
            ctx.report(Severity.WARNING, "example-like-entry", "this line is written like a vocabulary entry (`"
                    + written.headword() + "：…`) but is read as an example of `"
                    + ((VocabularyEntry) items.get(current)).headword() + "`, the entry above: a sentence, or a"
                    + " phrase that uses its headword; write an example without the colon, or after `例句：`",
                    ctx.lines.spanOfContent(line, line));
        }
        int last = line;
        Example x = ExampleLines.read(content, Scripts.strip(content), ctx.lines.spanOfContent(line, line));
        int next = line + 1;
        if (x.chinese().isEmpty() && next < to && ctx.kinds[next] == LineKind.TEXT && Scripts.isChinese(ctx.content(next))
                && VocabularyLine.parse(ctx.content(next), false) == null) {
            last = next;
            String chinese = ExampleLines.unbracketed(Scripts.strip(ctx.content(next)));
            x = new Example(x.english(), Scripts.strip(chinese),
                    Scripts.strip(content) + "\n" + Scripts.strip(ctx.content(next)), ctx.lines.spanOfContent(line, last));
        }
        items.set(current, ((VocabularyEntry) items.get(current)).withExample(x));
        return last + 1;
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
        return (kind == LineKind.TEXT || kind == LineKind.STUDY_MARKER) && entryAt(line, to) == null
                && !startsTermItem(ctx.content(line));
    }

    /** Whether a line is an item of a term list, which text before it does not take in. */
    private static boolean startsTermItem(String content) {
        return VocabularyLists.isItem(content) && !TermItems.parse(ExampleLines.unlisted(Scripts.strip(content))).isEmpty();
    }

    /**
     * Reads the line as a vocabulary entry: a line with a head and a gloss, or a bare head (its
     * explanation is in the quote below it, or missing, which is reported).
     */
    private VocabularyLine.Parts entryAt(int line, int to) {
        VocabularyLine.Parts parts = VocabularyLine.parse(ctx.content(line), headsWithoutSeparator);
        if (parts != null || ctx.kinds[line] != LineKind.TEXT) {
            return parts;
        }
        VocabularyLine.Parts bare = headsWithoutSeparator ? VocabularyLine.bareHead(ctx.content(line)) : null;
        return bare != null ? bare : VocabularyLine.reversed(ctx.content(line));
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
        String written = ctx.text(p);
        // A head in code (`gather`) or a reversed line (立场：position) is kept as written: the
        // canonical `headword：gloss` would change what it says.
        boolean asWritten = written.startsWith("`") || Scripts.isHan(written.codePointAt(0));
        return new VocabularyEntry(parts.headword(), parts.variants(), parts.gloss(), gloss.pronunciations(),
                gloss.senses(), gloss.note(), gloss.morphology(), gloss.flags(), null, ctx.lines.span(p.from(), p.to()),
                null, null, List.of(), EntryShape.LINE, asWritten ? written : "");
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
