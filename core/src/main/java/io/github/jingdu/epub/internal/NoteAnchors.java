package io.github.jingdu.epub.internal;

import io.github.jingdu.align.internal.Words;
import io.github.jingdu.model.VocabularyEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds headwords in one English sentence: the phrase itself, whatever its case and whether
 * spelt with -ise or -ize, or, for one word, a word with the same stem ({@code dials} for
 * {@code dial}). The sentence is folded once and its words stemmed once, however many headwords
 * are looked for. For one thread.
 */
final class NoteAnchors {
    private final String folded;
    private List<int[]> words;
    private List<String> stems;

    /** @param text the sentence */
    NoteAnchors(String text) {
        String f = fold(text);
        this.folded = f.length() == text.length() ? f : null;
    }

    /** @return {start, end} of the headword's first occurrence, or null */
    int[] find(VocabularyEntry entry) {
        String head = fold(entry.headword());
        if (head.isBlank() || folded == null) {
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
        if (words == null) {
            cutWords();
        }
        for (int k = 0; k < words.size(); k++) {
            if (stems.get(k).equals(stem)) {
                return words.get(k);
            }
        }
        return null;
    }

    /** Words are runs of letters and hyphens that start with a letter. */
    private void cutWords() {
        words = new ArrayList<>();
        stems = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            while (i < folded.length() && !Character.isLetter(folded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < folded.length() && (Character.isLetter(folded.charAt(i)) || folded.charAt(i) == '-')) {
                i++;
            }
            if (i > start) {
                words.add(new int[] {start, i});
                stems.add(Words.stem(folded.substring(start, i)));
            }
        }
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    /** Lower case, with -ize read as -ise; the same length as the input, so offsets carry over. */
    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace("iz", "is").replace('’', '\'');
    }
}
