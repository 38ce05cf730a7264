package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Lines;
import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.model.RenditionKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gives every line its {@link LineKind}, following code fences so that nothing inside is structural. */
public final class LineClassifier {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})(?:[ \\t]+(.*))?$");
    private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})(.*)$");
    private static final Pattern PASSAGE = Pattern.compile("^原文[ \\t]*(?:[：:；;][ \\t]*(.*))?$");
    private static final Pattern STUDY = Pattern.compile("^学习[ \\t]*[：:；;]?$");
    private static final Pattern POSTSCRIPT_LINE = Pattern.compile("^(?:\\*\\*)?后记[ \\t]*[：:]");

    private LineClassifier() {
    }

    /**
     * Classifies the lines of a text.
     *
     * @param lines the text's lines
     * @param maxLineLength longer lines are {@link LineKind#TEXT} (or fenced code) whatever they
     *     hold, so that no pattern is tried on them
     * @return one kind per line
     */
    public static LineKind[] classify(Lines lines, int maxLineLength) {
        LineKind[] kinds = new LineKind[lines.count()];
        String fence = null;
        for (int i = 0; i < kinds.length; i++) {
            String line = lines.content(i);
            if (fence != null) {
                kinds[i] = LineKind.FENCED;
                if (closesFence(line, fence)) {
                    fence = null;
                }
                continue;
            }
            if (line.length() > maxLineLength) {
                kinds[i] = LineKind.TEXT;
                continue;
            }
            String stripped = Scripts.strip(line);
            Matcher f = stripped.startsWith("```") || stripped.startsWith("~~~") ? FENCE.matcher(stripped) : null;
            if (f != null && f.matches() && !(f.group(1).charAt(0) == '`' && f.group(2).indexOf('`') >= 0)) {
                kinds[i] = LineKind.FENCE;
                fence = f.group(1);
                continue;
            }
            kinds[i] = kindOf(line);
        }
        return kinds;
    }

    /**
     * Tells whether a line is a heading, and returns its level and text.
     *
     * @param line a line's content
     * @return the matcher, matched, or null when the line is no heading
     */
    public static Matcher heading(String line) {
        String stripped = Scripts.strip(line);
        if (!stripped.startsWith("#")) {
            return null;
        }
        Matcher m = HEADING.matcher(stripped);
        return m.matches() ? m : null;
    }

    /**
     * Tells which part of a translation unit a heading names; the one test by which a line is
     * classified {@link LineKind#RENDITION} and its part read.
     *
     * @param heading a matched {@link #heading(String)}
     * @return the part, or null when the heading names none
     */
    public static RenditionKind renditionKind(Matcher heading) {
        return RenditionKind.of(headingText(heading));
    }

    /** The heading's text as a rendition or postscript name is looked for in it. */
    private static String headingText(Matcher heading) {
        return headingMarkdown(heading).replace("*", "").strip();
    }

    /**
     * Returns a heading's Markdown: its text without the closing sequence of {@code #}, so that
     * {@code ### 意译 #} names the same part as {@code ### 意译}.
     *
     * @param heading a matched {@link #heading(String)}
     * @return the Markdown after the opening marks
     */
    public static String headingMarkdown(Matcher heading) {
        return heading.group(2) == null ? "" : stripClosingHashes(Scripts.strip(heading.group(2)));
    }

    private static String stripClosingHashes(String s) {
        int i = s.length();
        while (i > 0 && s.charAt(i - 1) == '#') {
            i--;
        }
        if (i < s.length() && (i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
            return Scripts.strip(s.substring(0, i));
        }
        return s;
    }


    /**
     * Reads a passage marker line. English may follow the marker on its line
     * ({@code 原文：For too long, …}); a line where Chinese or Markdown syntax follows is not a
     * marker.
     *
     * @param line a line's content
     * @return the matcher (group 1: English after the marker, may be null), or null
     */
    public static Matcher passageMarker(String line) {
        String stripped = Scripts.strip(line);
        if (!stripped.startsWith("原文")) {
            return null;
        }
        Matcher m = PASSAGE.matcher(stripped);
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(1);
        if (rest != null && !rest.isEmpty() && (Scripts.hasHan(rest) || !rest.matches("(?s).*[A-Za-z].*") || !standsAsText(rest))) {
            return null;
        }
        return m;
    }

    /**
     * @param line a line's content
     * @return true for a {@code 学习} marker alone on its line
     */
    public static boolean isStudyMarker(String line) {
        String stripped = Scripts.strip(line);
        return stripped.startsWith("学习") && STUDY.matcher(stripped).matches();
    }

    /**
     * Whether a text ends with a {@code 学习：} marker, blank characters after it aside (a byte-order
     * mark too, which stripping removes): such a line of translation reads as the translation's end
     * glued to the study marker.
     *
     * @param text a line or a paragraph written as one line
     * @return true when the last characters are {@code 学习：} or {@code 学习:}
     */
    public static boolean endsWithStudyMarker(CharSequence text) {
        int end = text.length();
        while (end > 0 && Scripts.isBlankChar(text.charAt(end - 1))) {
            end--;
        }
        return end >= 3 && (text.charAt(end - 1) == '：' || text.charAt(end - 1) == ':')
                && text.charAt(end - 2) == '习' && text.charAt(end - 3) == '学';
    }

    /**
     * Tells whether a text, written alone on a line, would read as a plain line of text rather
     * than a marker, heading, quote, image or fence.
     *
     * @param text one line
     * @return true when its kind would be {@link LineKind#TEXT}
     */
    public static boolean standsAsText(String text) {
        return kindOf(text) == LineKind.TEXT && !FENCE.matcher(Scripts.strip(text)).matches();
    }

    /**
     * Tells whether a line would read as a plain heading: not a postscript's or a rendition's.
     *
     * @param line one line
     * @return true when its kind would be {@link LineKind#HEADING}
     */
    public static boolean readsAsHeading(String line) {
        return kindOf(line) == LineKind.HEADING;
    }

    /**
     * Classifies a line by its stripped content, so that blank characters around it (spaces,
     * U+200B, U+3000, a byte order mark) never change what it is: the canonical writer drops
     * them, and the line must read the same afterwards.
     */
    private static LineKind kindOf(String rawLine) {
        String line = Scripts.strip(rawLine);
        if (Scripts.isBlank(line)) {
            return LineKind.BLANK;
        }
        if (passageMarker(line) != null) {
            return LineKind.PASSAGE_MARKER;
        }
        if (isStudyMarker(line)) {
            return LineKind.STUDY_MARKER;
        }
        Matcher h = heading(line);
        if (h != null) {
            if (headingText(h).startsWith("后记")) {
                return LineKind.POSTSCRIPT;
            }
            return renditionKind(h) != null ? LineKind.RENDITION : LineKind.HEADING;
        }
        if ((line.startsWith("后记") || line.startsWith("**后记")) && POSTSCRIPT_LINE.matcher(line).find()) {
            return LineKind.POSTSCRIPT;
        }
        if (line.startsWith(">")) {
            return LineKind.QUOTE;
        }
        if (FigureLine.parse(line) != null) {
            return LineKind.IMAGE;
        }
        return LineKind.TEXT;
    }

    private static boolean closesFence(String line, String fence) {
        String s = Scripts.strip(line);
        if (s.length() < fence.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != fence.charAt(0)) {
                return false;
            }
        }
        return true;
    }
}
