package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.text.internal.EnglishJoiner;
import io.github.jingdu.model.Marker;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Severity;
import io.github.jingdu.model.StudyItem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code 原文} block: the marker, English lines until the first Chinese line, Chinese
 * lines until a {@code 学习} marker or a vocabulary line, then the study notes.
 */
final class PassageReader {
    private static final Pattern MARKER_TEXT = Pattern.compile("原文[ \\t]*[：:；;]?");
    private static final Pattern GLUED_STUDY = Pattern.compile("^(.*\\S)[ \\t]*(学习[：:])[ \\t]*$");
    private static final Pattern STUDY_TEXT = Pattern.compile("学习[ \\t]*[：:；;]?");

    /** Longer than any head a vocabulary line may have: what decides how a paragraph reads. */
    private static final int OPENING = 200;

    private final ReadContext ctx;

    PassageReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Reads the passage whose marker is on line {@code from}.
     *
     * @param start offset where the block starts (blank lines at the top of the file included)
     * @param from the marker line
     * @param to the line just past the block
     */
    Passage read(int start, int from, int to) {
        String markerLine = ctx.content(from);
        int lineStart = ctx.lines.start(from);
        Matcher m = MARKER_TEXT.matcher(markerLine);
        m.find();
        Marker marker = new Marker(m.group(), ctx.lines.span(lineStart + m.start(), lineStart + m.end()));

        List<ReadContext.Piece> source = new ArrayList<>();
        List<Integer> sourceBlanks = new ArrayList<>();
        ReadContext.Piece inline = ctx.piece(from, lineStart + m.end(), ctx.lines.contentEnd(from));
        if (inline.to() > inline.from()) {
            source.add(inline);
            sourceBlanks.add(0);
        }
        int i = from + 1;
        int blanks = 0;
        StringBuilder englishParagraph = new StringBuilder(source.isEmpty() ? "" : ctx.text(inline));
        while (i < to) {
            if (ctx.blank(i)) {
                blanks++;
                i++;
                continue;
            }
            if (ctx.kinds[i] != LineKind.TEXT) {
                break;
            }
            String content = ctx.content(i);
            boolean han = Scripts.hasHan(content);
            if (!isEnglish(content, han)) {
                break;
            }
            ReadContext.Piece piece = ctx.piece(i);
            String next = ctx.text(piece);
            if (!source.isEmpty() && ReadContext.englishJoins(englishParagraph, blanks, next)) {
                // The piece is the line without the blank characters at its ends, none of them Han.
                if (!staysEnglish(englishParagraph, next, han)) {
                    break;
                }
                EnglishJoiner.join(englishParagraph, next);
            } else {
                englishParagraph.setLength(0);
                englishParagraph.append(next);
            }
            source.add(piece);
            sourceBlanks.add(blanks);
            blanks = 0;
            i++;
        }

        List<ReadContext.Piece> translation = new ArrayList<>();
        List<Integer> translationBlanks = new ArrayList<>();
        Marker studyMarker = null;
        i = ctx.skipBlank(i, to);
        blanks = 0;
        while (i < to && studyMarker == null) {
            if (ctx.blank(i)) {
                blanks++;
                i++;
                continue;
            }
            if (!isTranslation(i)) {
                break;
            }
            ReadContext.Piece piece = ctx.piece(i);
            // A line ending in 学习： never joins the lines before it (ReadContext.chineseParagraphs),
            // so whether its text reads as translation is judged on the line alone, as when the
            // canonical form puts it in a paragraph of its own.
            String text = ctx.text(piece);
            Matcher glued = LineClassifier.endsWithStudyMarker(text) ? GLUED_STUDY.matcher(text) : null;
            if (glued != null && glued.matches() && !LineClassifier.endsWithStudyMarker(glued.group(1))
                    && isTranslationText(Scripts.strip(glued.group(1)))) {
                int ls = piece.from();
                piece = ctx.piece(i, ls, ls + glued.end(1));
                studyMarker = new Marker(glued.group(2), ctx.lines.span(ls + glued.start(2), ls + glued.end(2)));
            }
            translation.add(piece);
            translationBlanks.add(blanks);
            blanks = 0;
            i++;
        }

        i = ctx.skipBlank(i, to);
        if (studyMarker == null && i < to && ctx.kinds[i] == LineKind.STUDY_MARKER) {
            String line = ctx.content(i);
            Matcher s = STUDY_TEXT.matcher(line);
            s.find();
            int ls = ctx.lines.start(i);
            studyMarker = new Marker(s.group(), ctx.lines.span(ls + s.start(), ls + s.end()));
            i++;
        }
        List<StudyItem> study = new StudyReader(ctx, false).read(i, to);

        List<Paragraph> english = ctx.englishParagraphs(source, sourceBlanks);
        List<Paragraph> chinese = ctx.chineseParagraphs(translation, translationBlanks);
        if (english.isEmpty() && chinese.isEmpty() && study.isEmpty()) {
            ctx.report(Severity.WARNING, "empty-passage",
                    "this 原文 marker is followed by no text; write the English passage after it or remove the marker",
                    marker.span());
        }
        int end = ctx.lines.start(to);
        return new Passage(marker, english, chinese, studyMarker, study, null,
                ctx.lines.span(start, end), ctx.lines.text().substring(start, end));
    }

    /**
     * Whether a paragraph still reads as English once a line joins it. Only its opening can
     * change that: a bare head {@code melt-up：} followed by a line with Chinese would read as a
     * vocabulary entry once written on one line. Once the opening is long, only a line with
     * Chinese can still do so, by becoming part of the gloss of an opening shaped like a head.
     */
    private static boolean staysEnglish(StringBuilder paragraph, String next, boolean nextHasHan) {
        if (!nextHasHan && (paragraph.length() >= OPENING || !Scripts.hasHan(paragraph))) {
            return true;
        }
        StringBuilder joined = new StringBuilder(paragraph.subSequence(0, Math.min(paragraph.length(), OPENING)));
        EnglishJoiner.join(joined, next);
        VocabularyLine.Parts entry = VocabularyLine.parse(joined.toString(), false);
        return entry == null || !Scripts.hasHan(entry.gloss());
    }

    /**
     * Whether a text line reads as English: not Chinese, and no vocabulary entry with a Chinese
     * gloss.
     *
     * @param content the line
     * @param han whether it holds Han: without, it is neither Chinese nor such an entry (the gloss
     *     is part of the line)
     */
    private static boolean isEnglish(String content, boolean han) {
        if (!han) {
            return true;
        }
        if (Scripts.isChinese(content)) {
            return false;
        }
        VocabularyLine.Parts entry = VocabularyLine.parse(content, false);
        return entry == null || !Scripts.hasHan(entry.gloss());
    }

    private boolean isTranslation(int line) {
        return ctx.kinds[line] == LineKind.TEXT && isTranslationText(ctx.content(line));
    }

    /** Whether a text, alone on a line, reads as translation: Chinese, and no vocabulary entry. */
    private static boolean isTranslationText(String text) {
        return Scripts.isChinese(text) && VocabularyLine.parse(text, false) == null
                && LineClassifier.standsAsText(text);
    }
}
