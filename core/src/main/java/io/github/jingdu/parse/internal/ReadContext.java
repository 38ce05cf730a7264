package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Lines;
import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.text.internal.EnglishJoiner;
import io.github.jingdu.text.internal.InlineText;
import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Severity;
import io.github.jingdu.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** What the block readers share while reading one document: the lines, their kinds, findings. */
final class ReadContext {
    /** How much of a paragraph's opening can decide what its first line reads as. */
    private static final int OPENING = 200;
    final Lines lines;
    final LineKind[] kinds;
    final InlineText inline;
    final ReaderLimits limits;
    final List<Diagnostic> diagnostics = new ArrayList<>();

    ReadContext(Lines lines, InlineText inline, ReaderLimits limits) {
        this.lines = lines;
        this.kinds = LineClassifier.classify(lines, limits.maxLineLength());
        this.inline = inline;
        this.limits = limits;
    }

    /**
     * Reports the lines over the length limit and the quote lines nested deeper than allowed.
     *
     * @return whether it reported any
     */
    boolean reportLimitedLines() {
        int before = diagnostics.size();
        for (int i = 0; i < count(); i++) {
            int length = lines.contentEnd(i) - lines.start(i);
            if (length > limits.maxLineLength()) {
                report(Severity.WARNING, "line-too-long", "this line is " + length
                        + " characters long, more than the limit of " + limits.maxLineLength()
                        + " (NotesParser.Builder.maxLineLength), so it is read as"
                        + " plain text; break it into lines or raise the limit", lines.spanOfContent(i, i));
            } else if (kinds[i] == LineKind.QUOTE && quoteDepth(i) > limits.maxNestingDepth()) {
                report(Severity.WARNING, "nesting-too-deep", "this quote is nested more than "
                        + limits.maxNestingDepth() + " levels deep (NotesParser.Builder.maxNestingDepth);"
                        + " only its first '>' is read, the rest is text", lines.spanOfContent(i, i));
            }
        }
        return diagnostics.size() > before;
    }

    /** Counts a line's leading quote markers, stopping one past the limit. */
    private int quoteDepth(int line) {
        String text = lines.text();
        int depth = 0;
        for (int k = lines.start(line); k < lines.contentEnd(line) && depth <= limits.maxNestingDepth(); k++) {
            char c = text.charAt(k);
            if (c == '>') {
                depth++;
            } else if (!Scripts.isBlankChar(c)) {
                break;
            }
        }
        return depth;
    }

    /** A stripped stretch of one line's content. */
    record Piece(int line, int from, int to) {
    }

    int count() {
        return lines.count();
    }

    boolean blank(int line) {
        return kinds[line] == LineKind.BLANK;
    }

    String content(int line) {
        return lines.content(line);
    }

    /** Returns the line's content without blank characters at either end. */
    Piece piece(int line) {
        return piece(line, lines.start(line), lines.contentEnd(line));
    }

    /** Returns a stretch of a line without blank characters at either end. */
    Piece piece(int line, int from, int to) {
        String text = lines.text();
        while (from < to && Scripts.isBlankChar(text.charAt(from))) {
            from++;
        }
        while (to > from && Scripts.isBlankChar(text.charAt(to - 1))) {
            to--;
        }
        return new Piece(line, from, to);
    }

    String text(Piece piece) {
        return lines.text().substring(piece.from(), piece.to());
    }

    /** Returns the first line at or after {@code from} that is not blank, or {@code to}. */
    int skipBlank(int from, int to) {
        int i = from;
        while (i < to && blank(i)) {
            i++;
        }
        return i;
    }

    /** Returns the first line at or after {@code from} that starts a new top-level block. */
    int nextBoundary(int from) {
        int i = from;
        while (i < count()) {
            LineKind k = kinds[i];
            if (k == LineKind.PASSAGE_MARKER || k == LineKind.HEADING || k == LineKind.POSTSCRIPT
                    || k == LineKind.RENDITION) {
                return i;
            }
            i++;
        }
        return i;
    }

    /** Makes a paragraph from its Markdown and the stretch of source it came from. */
    Paragraph paragraph(String markdown, int from, int to) {
        SourceSpan span = lines.span(from, to);
        int nesting = markdown.length() <= inline.maxLength() ? InlineText.nesting(markdown) : -1;
        if (nesting > limits.maxNestingDepth()) {
            report(Severity.WARNING, "nesting-too-deep", "this paragraph nests brackets or emphasis more than "
                    + limits.maxNestingDepth() + " levels deep (NotesParser.Builder.maxNestingDepth),"
                    + " so its Markdown is kept as its text", span);
        }
        return new Paragraph(inline.plain(markdown, nesting), markdown, span);
    }

    void report(Severity severity, String code, String message, SourceSpan span) {
        diagnostics.add(new Diagnostic(severity, code, message, span));
    }

    /**
     * Joins pieces of Chinese prose: consecutive lines join with nothing between them, or a space
     * between two Latin letters or digits; a blank line starts a new paragraph.
     */
    List<Paragraph> chineseParagraphs(List<Piece> pieces, List<Integer> blanksBefore) {
        return paragraphs(pieces, blanksBefore, (text, blanks, next) -> blanks == 0 && joinedStandsAsText(text, next),
                ReadContext::joinChinese);
    }

    /**
     * Whether two lines of Chinese, written as one, still read as text: {@code 原} and {@code 文:}
     * must not become a passage marker, nor {@code 学} and {@code 习：} a study marker glued to the
     * translation. Only a short opening can turn into a marker or heading, so longer paragraphs
     * are checked for their end alone, and each line is checked at most once.
     */
    private static boolean joinedStandsAsText(CharSequence text, String next) {
        boolean longText = text.length() >= OPENING;
        if (longText && opensLikeMarker(text)) {
            return false;
        }
        CharSequence end = longText ? text.subSequence(text.length() - 2, text.length()) : text;
        StringBuilder joined = joinChinese(new StringBuilder(end), next);
        if (LineClassifier.endsWithStudyMarker(joined)) {
            return false;
        }
        return longText || LineClassifier.standsAsText(joined.toString());
    }

    /**
     * Whether a paragraph opens with {@code 原文}: a line that does, with text after it, reads as
     * a passage marker once that text has a Latin letter and no Han, wherever the letter stands,
     * so its reading depends on all of it, not its opening. Such a paragraph, once long, takes
     * no more lines, since checking each joined line whole would cost time quadratic in its
     * length (found by fuzzing: {@code 原文：} and 198 characters without a letter, then a line
     * {@code C}, which read as one line is a passage marker).
     */
    private static boolean opensLikeMarker(CharSequence paragraph) {
        // Paragraphs are made of lines stripped of blank characters, so a marker stands first.
        return paragraph.length() >= 2 && paragraph.charAt(0) == '原' && paragraph.charAt(1) == '文';
    }

    /** Joins pieces of English prose by the rules of {@link EnglishJoiner}. */
    List<Paragraph> englishParagraphs(List<Piece> pieces, List<Integer> blanksBefore) {
        return paragraphs(pieces, blanksBefore, ReadContext::englishJoins, EnglishJoiner::join);
    }

    /**
     * Whether a line of English joins the paragraph before it: by {@link EnglishJoiner}'s rule,
     * and only if the two, written as one line, still read as text ({@code 原文：} and an English
     * line must not become a passage marker). As for Chinese, only a short opening is checked.
     */
    static boolean englishJoins(CharSequence paragraph, int blankLines, String next) {
        if (!EnglishJoiner.joins(paragraph, blankLines)) {
            return false;
        }
        if (paragraph.length() >= OPENING) {
            return !opensLikeMarker(paragraph);
        }
        StringBuilder joined = new StringBuilder(paragraph);
        EnglishJoiner.join(joined, next);
        return LineClassifier.standsAsText(joined.toString());
    }

    private List<Paragraph> paragraphs(List<Piece> pieces, List<Integer> blanksBefore,
            JoinRule joins, BiConsumer<StringBuilder, String> join) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder text = null;
        int start = 0;
        int end = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            String t = text(p);
            if (text != null && joins.test(text, blanksBefore.get(i), t)) {
                join.accept(text, t);
            } else {
                if (text != null) {
                    out.add(paragraph(text.toString(), start, end));
                }
                text = new StringBuilder(t);
                start = p.from();
            }
            end = p.to();
        }
        if (text != null) {
            out.add(paragraph(text.toString(), start, end));
        }
        return out;
    }

    /** Whether the next line joins the paragraph so far. */
    private interface JoinRule {
        boolean test(CharSequence paragraph, int blankLinesBefore, String next);
    }

    /** Appends a line of Chinese prose to a paragraph, as {@link #chineseParagraphs} joins them. */
    static StringBuilder joinChinese(StringBuilder paragraph, String line) {
        if (needsSpace(paragraph, line)) {
            paragraph.append(' ');
        }
        return paragraph.append(line);
    }

    private static boolean needsSpace(CharSequence before, String after) {
        if (before.length() == 0 || after.isEmpty()) {
            return false;
        }
        char a = before.charAt(before.length() - 1);
        char b = after.charAt(0);
        return a < 0x80 && Character.isLetterOrDigit(a) && b < 0x80 && Character.isLetterOrDigit(b);
    }
}
