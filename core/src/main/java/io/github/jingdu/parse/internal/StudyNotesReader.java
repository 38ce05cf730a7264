package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.model.Marker;
import io.github.jingdu.model.StudyNotes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads study notes outside a 原文 block: a {@code 学习} marker or a vocabulary line (with a
 * separator and a Chinese gloss) starts them; entries, explanation quotes and further markers
 * continue them, across blank lines, until a line that is none of these.
 */
final class StudyNotesReader {
    private static final Pattern STUDY_TEXT = Pattern.compile("学习[ \\t]*[：:；;]?");
    private final ReadContext ctx;

    private final boolean inVocabularySection;

    /**
     * @param ctx the document
     * @param inVocabularySection whether the notes stand in a vocabulary section, where a
     *     sentence after an entry is its example ({@link VocabularySections})
     */
    StudyNotesReader(ReadContext ctx, boolean inVocabularySection) {
        this.ctx = ctx;
        this.inVocabularySection = inVocabularySection;
    }

    /**
     * Finds where study notes starting at a line end.
     *
     * @return the line past the notes, or {@code from} when the line does not start notes
     */
    static int end(ReadContext ctx, int from, boolean inVocabularySection) {
        if (!startsNotes(ctx, from)) {
            return from;
        }
        int n = ctx.count();
        int last = from;
        int i = from + 1;
        while (i < n) {
            int next = ctx.skipBlank(i, n);
            if (next == n || !continuesNotes(ctx, next, inVocabularySection)) {
                break;
            }
            last = next;
            i = next + 1;
        }
        return last + 1;
    }

    private static boolean startsNotes(ReadContext ctx, int line) {
        if (ctx.kinds[line] == LineKind.STUDY_MARKER) {
            return true;
        }
        return ctx.kinds[line] == LineKind.TEXT && isEntry(ctx.content(line));
    }

    /**
     * Once notes have started, any line the study reader takes for an entry continues them (an
     * empty gloss such as {@code melt-up：} included), and so does a bare head whose explanation
     * quote follows, after blank lines or not.
     */
    private static boolean continuesNotes(ReadContext ctx, int line, boolean inVocabularySection) {
        LineKind kind = ctx.kinds[line];
        if (kind == LineKind.STUDY_MARKER || kind == LineKind.QUOTE) {
            return true;
        }
        if (kind != LineKind.TEXT) {
            return false;
        }
        String content = ctx.content(line);
        if (FrontMatterReader.isField(Scripts.strip(content).replace('：', ':'))) {
            return false;
        }
        if (VocabularyLine.parse(content, true) != null || VocabularyLine.reversed(content) != null
                || ExampleLines.labelled(content)
                || inVocabularySection && ExampleLines.startsEnglish(content) && Scripts.hasHan(content)) {
            return true;
        }
        if (VocabularyLists.isItem(content)
                && !TermItems.parse(ExampleLines.unlisted(Scripts.strip(content))).isEmpty()) {
            return true;
        }
        int next = ctx.skipBlank(line + 1, ctx.count());
        return next < ctx.count() && ctx.kinds[next] == LineKind.QUOTE && VocabularyLine.bareHead(content) != null;
    }

    /**
     * A line with a separator and a Chinese gloss: never an English or Chinese prose line, nor a
     * front-matter field such as {@code Link: …}.
     */
    private static boolean isEntry(String content) {
        if (FrontMatterReader.isField(Scripts.strip(content).replace('：', ':'))) {
            return false;
        }
        VocabularyLine.Parts parts = VocabularyLine.parse(content, false);
        return parts != null && Scripts.hasHan(parts.gloss()) && !Scripts.isChinese(parts.headword());
    }

    StudyNotes read(int start, int from, int end) {
        Marker marker = null;
        int first = from;
        if (ctx.kinds[from] == LineKind.STUDY_MARKER) {
            Matcher m = STUDY_TEXT.matcher(ctx.content(from));
            m.find();
            int ls = ctx.lines.start(from);
            marker = new Marker(m.group(), ctx.lines.span(ls + m.start(), ls + m.end()));
            first = from + 1;
        }
        int to = ctx.lines.start(end);
        return new StudyNotes(marker, new StudyReader(ctx, inVocabularySection).read(first, end), ctx.lines.span(start, to),
                ctx.lines.text().substring(start, to));
    }
}
