package io.github.jingdu.terms.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Matching a short form against the words before it. */
final class LongForms {

    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "in", "for", "to", "with",
            "on", "a", "an", "by", "at", "from", "&", "plus");

    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine");

    private static final Set<String> CLAUSE_WORDS = Set.of("was", "were", "is", "are", "be", "been", "when",
            "which", "that", "their", "our", "its", "his", "her", "through", "new", "we", "they", "this", "these");

    private LongForms() {
    }

    /**
     * Finds the shortest long form at the end of {@code window} for {@code shortForm}: every
     * letter and digit of the short form, right to left, matched to a character of the window in
     * the same order, the first one at the start of a word. Every word of the long form but one
     * must hold a matched character (function words aside), so that a short form's letters are
     * not scattered through a clause.
     *
     * @return the offset in {@code window} where the long form's first word starts, or -1
     */
    static int match(String shortForm, String window) {
        boolean[] matched = new boolean[window.length()];
        int s = shortForm.length() - 1;
        int l = window.length() - 1;
        while (s >= 0) {
            char c = Character.toLowerCase(shortForm.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while (l >= 0 && (Character.toLowerCase(window.charAt(l)) != c
                    || s == 0 && l > 0 && Character.isLetterOrDigit(window.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return -1;
            }
            matched[l] = true;
            l--;
            s--;
        }
        int start = window.lastIndexOf(' ', l) + 1;
        return unmatchedWords(window, start, matched) <= 2 ? start : -1;
    }

    private static int unmatchedWords(String window, int start, boolean[] matched) {
        int unmatched = 0;
        int i = start;
        while (i < window.length()) {
            int end = i;
            boolean any = false;
            while (end < window.length() && !Character.isWhitespace(window.charAt(end))) {
                any |= matched[end];
                end++;
            }
            if (end > i && !any && !FUNCTION_WORDS.contains(window.substring(i, end).toLowerCase(Locale.ROOT))) {
                unmatched++;
            }
            i = end + 1;
        }
        return unmatched;
    }

    /**
     * Finds a long form whose words start with the short form's letters and digits, right to
     * left: {@code proton pump inhibitors (PPIs)}, {@code high-density lipoprotein (HDL)}. Words
     * are separated by spaces, hyphens and slashes; small function words may be skipped; a plural
     * {@code s} at the end of the short form is not matched. Tried before {@link #match}, whose
     * right-to-left character match would take {@code pump inhibitors} for {@code PPIs}.
     *
     * @return the offset in {@code window} where the long form starts, or -1
     */
    static int matchInitials(String shortForm, String window) {
        int end = shortForm.length();
        if (end > 2 && shortForm.charAt(end - 1) == 's' && Character.isUpperCase(shortForm.charAt(end - 2))) {
            end--;
        }
        int w = window.length();
        int start = -1;
        for (int s = end - 1; s >= 0; s--) {
            char c = Character.toLowerCase(shortForm.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (true) {
                int wordEnd = previousWordEnd(window, w);
                if (wordEnd < 0) {
                    return -1;
                }
                int wordStart = wordStart(window, wordEnd);
                w = wordStart;
                if (Character.toLowerCase(window.charAt(wordStart)) == c
                        || c == numberInitial(window.substring(wordStart, wordEnd))) {
                    start = wordStart;
                    break;
                }
                if (start >= 0 && !FUNCTION_WORDS.contains(window.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT))
                        || start < 0 && s != end - 1) {
                    return -1;
                }
                if (start < 0) {
                    return -1;
                }
            }
        }
        return start;
    }

    /** The digit a number word stands for, so that {@code two-dimensional} matches {@code 2D}. */
    private static char numberInitial(String word) {
        int n = NUMBERS.indexOf(word.toLowerCase(Locale.ROOT));
        return n < 0 ? 0 : (char) ('1' + n);
    }

    private static int previousWordEnd(String window, int from) {
        int i = from;
        while (i > 0 && isWordBreak(window.charAt(i - 1))) {
            i--;
        }
        return i == 0 ? -1 : i;
    }

    private static int wordStart(String window, int end) {
        int i = end;
        while (i > 0 && !isWordBreak(window.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isWordBreak(char c) {
        return Character.isWhitespace(c) || c == '-' || c == '/' || c == '‐';
    }

    /**
     * Whether a long form found by {@link #match}, not by initials, reads as a name: no comma, and no
     * word that only a clause would hold ({@code was}, {@code their}).
     */
    static boolean plausibleCharacterMatch(String longForm) {
        if (longForm.contains(", ")) {
            return false;
        }
        for (String word : longForm.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (CLAUSE_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a found long form is plausible: longer than the short form, not too many words for
     * it, not containing the short form itself (as a word or in brackets), and with its
     * brackets balanced.
     */
    static boolean acceptable(String shortForm, String longForm) {
        if (longForm.length() <= shortForm.length() || !Character.isLetterOrDigit(longForm.charAt(0))
                || longForm.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return false;
        }
        int words = WordBounds.count(longForm);
        if (words > Math.min(shortForm.length() + 5, shortForm.length() * 2)) {
            return false;
        }
        String lf = " " + longForm.toLowerCase(Locale.ROOT) + " ";
        String sf = shortForm.toLowerCase(Locale.ROOT);
        return !lf.contains(" " + sf + " ") && !lf.contains("(" + sf + ")") && balanced(longForm);
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Brackets.isOpen(s.charAt(i))) {
                depth++;
            } else if (Brackets.isClose(s.charAt(i)) && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /**
     * Skips function words at the start of a long form: {@code by penicilloylated bovine IgG
     * (BPO-BGG)} defines {@code penicilloylated bovine IgG}, unless nothing would be left.
     */
    static int skipLeadingFunctionWords(String window, int at) {
        int i = at;
        while (true) {
            int end = i;
            while (end < window.length() && !Character.isWhitespace(window.charAt(end))) {
                end++;
            }
            if (end >= window.length() || !FUNCTION_WORDS.contains(window.substring(i, end).toLowerCase(Locale.ROOT))) {
                return i;
            }
            i = WordBounds.skipSpace(window, end, window.length());
        }
    }
}
