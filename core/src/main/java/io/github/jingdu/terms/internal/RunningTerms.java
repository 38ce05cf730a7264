package io.github.jingdu.terms.internal;

import io.github.jingdu.terms.TermKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names, handles, citations and captions in a paragraph's plain text. Names are looked
 * for only in Chinese text, where a Latin-script run stands out as a kept name or term.
 */
public final class RunningTerms {
    /**
     * The first word of a Latin-script run; the words after it, each after one space, are added
     * by {@link #latinRunEnd}. A repeated group in the pattern would say the same, but Java runs
     * it by recursion, one stack frame per word, and overflowed on long runs.
     */
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9@#_.-])[A-Za-z][A-Za-z0-9+#'’.-]*[A-Za-z0-9+#]");
    private static final Pattern HANDLE = Pattern.compile("(?<![A-Za-z0-9_.@])@[A-Za-z0-9_]{1,30}(?![A-Za-z0-9_@.]*\\.[a-z])");
    /**
     * What may be a citation: a bracket, a number, then only digits, spaces and separators up to a
     * closing bracket; {@link #isCitation} checks its numbers (without a repeated group in a
     * pattern, for the reason given at {@link #LATIN_WORD}).
     */
    private static final Pattern CITATION = Pattern.compile("\\[\\d{1,4}[\\d\\s,–-]*\\]");
    /** A caption, perhaps in bold that does not render: {@code **Figure 1: **…}. */
    private static final Pattern CAPTION = Pattern.compile("^[*_]*(?:Figure|Fig\\.|Table|图|表)\\s*\\d+[.:：]?.*");
    private static final int MAX_CAPTION = 300;

    /**
     * A term's kind and where it stands in the text.
     *
     * @param kind its kind
     * @param start first offset
     * @param end offset just past it
     */
    public record Found(TermKind kind, int start, int end) {
    }

    private RunningTerms() {
    }

    /**
     * Finds the terms in one paragraph.
     *
     * @param text the paragraph's plain text
     * @param chinese whether the paragraph is Chinese text
     * @return the terms in text order per kind
     */
    public static List<Found> find(String text, boolean chinese) {
        List<Found> found = new ArrayList<>();
        String trimmed = text.strip();
        if (trimmed.length() <= MAX_CAPTION && CAPTION.matcher(trimmed).matches()) {
            int start = text.indexOf(trimmed.charAt(0));
            found.add(new Found(TermKind.CAPTION, start, start + trimmed.length()));
        }
        if (chinese) {
            Matcher m = LATIN_WORD.matcher(text);
            int from = 0;
            while (m.find(from)) {
                from = latinRunEnd(text, m.end());
                found.add(new Found(TermKind.LATIN_IN_CHINESE, m.start(), from));
            }
        }
        // Each pattern needs its first character; looking for it first spares the pattern's
        // look-behind at every position of the many paragraphs without one.
        if (text.indexOf('@') >= 0) {
            add(found, TermKind.HANDLE, HANDLE.matcher(text));
        }
        if (text.indexOf('[') >= 0) {
            Matcher m = CITATION.matcher(text);
            int from = 0;
            while (m.find(from)) {
                if (isCitation(text, m.start() + 1, m.end() - 1)) {
                    found.add(new Found(TermKind.CITATION, m.start(), m.end()));
                    from = m.end();
                } else {
                    from = m.start() + 1;
                }
            }
        }
        return found;
    }

    /**
     * Where a Latin-script run that has a word ending at {@code end} ends: each further word
     * follows one space (or no-break space), opens with a letter or digit and ends with a letter,
     * digit, {@code +} or {@code #}, at least two characters long.
     */
    private static int latinRunEnd(String text, int end) {
        while (end + 2 < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\u00a0')
                && isAsciiLetterOrDigit(text.charAt(end + 1))) {
            int last = -1;
            for (int i = end + 2; i < text.length() && isInnerChar(text.charAt(i)); i++) {
                if (isAsciiLetterOrDigit(text.charAt(i)) || text.charAt(i) == '+' || text.charAt(i) == '#') {
                    last = i;
                }
            }
            if (last < 0) {
                break;
            }
            end = last + 1;
        }
        return end;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isInnerChar(char c) {
        return isAsciiLetterOrDigit(c) || "+#'’.-".indexOf(c) >= 0;
    }

    /** Whether {@code text[from, to)} is numbers of one to four digits joined by {@code , – -}. */
    private static boolean isCitation(String text, int from, int to) {
        int i = from;
        while (true) {
            int digits = 0;
            while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
                digits++;
            }
            if (digits < 1 || digits > 4) {
                return false;
            }
            i = skipSpace(text, i, to);
            if (i == to) {
                return true;
            }
            char separator = text.charAt(i);
            if (separator != ',' && separator != '–' && separator != '-') {
                return false;
            }
            i = skipSpace(text, i + 1, to);
        }
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static void add(List<Found> found, TermKind kind, Matcher m) {
        while (m.find()) {
            found.add(new Found(kind, m.start(), m.end()));
        }
    }
}
