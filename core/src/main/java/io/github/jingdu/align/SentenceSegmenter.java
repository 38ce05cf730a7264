package io.github.jingdu.align;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text into sentences.
 *
 * <ul>
 *   <li>English: ICU's sentence rules with its standard abbreviation list, and then no break
 *       after abbreviations such as {@code Mr.}, {@code U.S.}, {@code e.g.}, {@code i.e.},
 *       {@code ie.} or a single initial, nor before a lower-case letter ({@code “Really?” she
 *       said.}); a closing quotation mark or bracket after the stop stays with the sentence, and
 *       decimals never break.</li>
 *   <li>Chinese: a break after {@code 。！？!?}, or after an ellipsis {@code ……} that ends a
 *       quotation or the text, with any closing quotation marks and brackets that follow.</li>
 * </ul>
 *
 * <pre>{@code
 * List<Segment> s = SentenceSegmenter.of(Language.ENGLISH).segment("Mr. Li left. He was 3.5 km away.");
 * // "Mr. Li left." and "He was 3.5 km away."
 * }</pre>
 *
 * <p>Segmenters are immutable and may be shared between threads.
 */
public final class SentenceSegmenter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "mt.",
            "jr.", "sr.", "vs.", "etc.", "e.g.", "i.e.", "ie.", "eg.", "u.s.", "u.k.", "u.n.", "no.", "fig.",
            "approx.", "inc.", "co.", "corp.", "ltd.", "gen.", "gov.", "sen.", "rep.", "rev.", "capt.", "col.", "lt.");
    private static final String CLOSERS = "”’」』）)】》\"'";
    private static final String STOPS = "。！？!?";

    private final Language language;

    private SentenceSegmenter(Language language) {
        this.language = language;
    }

    /**
     * Returns the segmenter for a language.
     *
     * @param language English or Chinese
     * @return its segmenter
     */
    public static SentenceSegmenter of(Language language) {
        return new SentenceSegmenter(language);
    }

    /**
     * Cuts a text into sentences.
     *
     * @param text a paragraph
     * @return its sentences in order; blank text has none
     */
    public List<Segment> segment(String text) {
        return language == Language.ENGLISH ? english(text) : chinese(text);
    }

    private static List<Segment> english(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
        it.setText(text);
        List<int[]> cuts = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (!cuts.isEmpty() && (endsWithAbbreviation(text, cuts.get(cuts.size() - 1)[1])
                    || startsLowerCase(text, start, end))) {
                cuts.get(cuts.size() - 1)[1] = end;
            } else {
                cuts.add(new int[] {start, end});
            }
        }
        return trimmed(text, cuts);
    }

    /** “Really?” she said: a sentence does not start with a lower-case letter. */
    private static boolean startsLowerCase(String text, int start, int end) {
        int i = start;
        while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i < end && Character.isLowerCase(text.charAt(i));
    }

    private static boolean endsWithAbbreviation(String text, int end) {
        int i = end;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        int wordStart = i;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 2 && Character.isLetter(word.charAt(0))
                && word.charAt(1) == '.' && Character.isUpperCase(text.charAt(wordStart));
    }

    private static List<Segment> chinese(String text) {
        List<int[]> cuts = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            boolean stop = STOPS.indexOf(c) >= 0 || c == '…' && endsWithEllipsis(text, i);
            if (!stop) {
                i++;
                continue;
            }
            while (i < n && (STOPS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '…')) {
                i++;
            }
            while (i < n && CLOSERS.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            cuts.add(new int[] {start, i});
            start = i;
        }
        if (start < n) {
            cuts.add(new int[] {start, n});
        }
        return trimmed(text, cuts);
    }

    /** An ellipsis ends a sentence when a closing mark, a stop or the end of the text follows it. */
    private static boolean endsWithEllipsis(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) == '…') {
            j++;
        }
        return j == text.length() || CLOSERS.indexOf(text.charAt(j)) >= 0 || STOPS.indexOf(text.charAt(j)) >= 0;
    }

    /** A stretch of only marks (an end mark ■, a stray quote) belongs to the sentence before it. */
    private static boolean hasWordCharacter(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static List<Segment> trimmed(String text, List<int[]> cuts) {
        List<Segment> out = new ArrayList<>();
        for (int[] cut : cuts) {
            int s = cut[0];
            int e = cut[1];
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e <= s) {
                continue;
            }
            if (!out.isEmpty() && !hasWordCharacter(text, s, e)) {
                Segment last = out.remove(out.size() - 1);
                out.add(new Segment(text.substring(last.start(), e), last.start(), e));
            } else {
                out.add(new Segment(text.substring(s, e), s, e));
            }
        }
        return out;
    }
}
