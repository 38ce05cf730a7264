package io.github.jingdu.text.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Decides how the physical lines of English prose join into paragraphs.
 *
 * <p>Magazine notes hard-wrap English at about 70 characters with a blank line between every
 * line, so a blank line alone does not end a paragraph. A line joins the next when no blank line
 * separates them, or exactly one does and the line does not end a sentence. Two or more blank
 * lines always end a paragraph. Joined lines take one space, except after a line ending in
 * {@code -} or {@code —}, which keeps its dash and takes none ({@code reverse-} + {@code engineer}),
 * and before a line starting with {@code —} (The Economist sets its dashes closed up).
 */
public final class EnglishJoiner {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "st.", "prof.", "e.g.", "i.e.", "vs.", "no.", "u.s.",
            "u.k.", "u.n.", "jr.", "sr.", "co.", "inc.", "fig.", "approx.");

    private EnglishJoiner() {
    }

    /**
     * Tells whether a line separated from the next by {@code blankLines} joins it.
     *
     * @param previous the paragraph so far
     * @param blankLines blank lines between it and the next line
     * @return true when the next line continues the paragraph
     */
    public static boolean joins(CharSequence previous, int blankLines) {
        return blankLines == 0 || blankLines == 1 && !endsSentence(previous);
    }

    /**
     * Joins a paragraph and its next line.
     *
     * @param paragraph the paragraph so far, which receives the line
     * @param next the next line, stripped
     */
    public static void join(StringBuilder paragraph, String next) {
        char last = paragraph.length() == 0 ? ' ' : paragraph.charAt(paragraph.length() - 1);
        if (last != '-' && last != '—' && !next.startsWith("—")) {
            paragraph.append(' ');
        }
        paragraph.append(next);
    }

    /**
     * Tells whether text ends a sentence: a stop ({@code . ? ! … ■} or their full-width forms),
     * then possibly closing quotes and brackets, and not a known abbreviation like {@code Mr.}.
     *
     * @param text stripped text
     * @return true when the text ends with a sentence
     */
    public static boolean endsSentence(CharSequence text) {
        int i = text.length();
        while (i > 0 && "\"”’')）]*_".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i == 0) {
            return false;
        }
        char last = text.charAt(i - 1);
        if ("?!…■。！？".indexOf(last) >= 0) {
            return true;
        }
        if (last != '.') {
            return false;
        }
        int wordStart = i - 1;
        while (wordStart > 0 && text.charAt(wordStart - 1) != ' ') {
            wordStart--;
        }
        String word = text.subSequence(wordStart, i).toString().toLowerCase(Locale.ROOT);
        return !ABBREVIATIONS.contains(word);
    }
}
