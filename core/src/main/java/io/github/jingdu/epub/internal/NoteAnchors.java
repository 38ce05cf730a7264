package io.github.jingdu.epub.internal;

import io.github.jingdu.align.internal.Words;
import io.github.jingdu.model.VocabularyEntry;
import java.util.Locale;

/**
 * Finds a headword in English text: the phrase itself, whatever its case and whether spelt with
 * -ise or -ize, or, for one word, a word with the same stem ({@code dials} for {@code dial}).
 */
final class NoteAnchors {
    private NoteAnchors() {
    }

    /** @return {start, end} of the first occurrence at or after {@code from}, or null */
    static int[] find(String text, VocabularyEntry entry) {
        String head = fold(entry.headword());
        if (head.isBlank()) {
            return null;
        }
        String folded = fold(text);
        if (folded.length() != text.length()) {
            return null;
        }
        int at = folded.indexOf(head);
        while (at >= 0) {
            int end = at + head.length();
            if (boundary(folded, at - 1) && boundary(folded, end)) {
                return new int[] {at, end};
            }
            at = folded.indexOf(head, at + 1);
        }
        if (head.indexOf(' ') >= 0) {
            return null;
        }
        String stem = Words.stem(head);
        int i = 0;
        while (i < folded.length()) {
            while (i < folded.length() && !Character.isLetter(folded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < folded.length() && (Character.isLetter(folded.charAt(i)) || folded.charAt(i) == '-')) {
                i++;
            }
            if (i > start && Words.stem(folded.substring(start, i)).equals(stem)) {
                return new int[] {start, i};
            }
        }
        return null;
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    /** Lower case, with -ize read as -ise; the same length as the input, so offsets carry over. */
    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace("iz", "is").replace('’', '\'');
    }
}
