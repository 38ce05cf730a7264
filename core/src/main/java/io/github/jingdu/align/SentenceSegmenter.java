package io.github.jingdu.align;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into sentences.
 *
 * <ul>
 *   <li>English: ICU's sentence rules with its standard abbreviation list, and then no break
 *       after abbreviations such as {@code Mr.}, {@code U.S.}, {@code e.g.}, {@code i.e.},
 *       {@code ie.} or a single initial, nor before a lower-case letter ({@code “Really?” she
 *       said.}) unless the paragraph is written without capitals at the start of its sentences;
 *       a closing quotation mark or bracket after the stop stays with the sentence, and decimals
 *       never break.</li>
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
 *
 * @since 0.1.0
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
            if (!cuts.isEmpty() && (endsWithAbbreviation(text, cuts.get(cuts.size() - 1))
                    || startsLowerCase(text, start, end))) {
                cuts.get(cuts.size() - 1)[1] = end;
            } else {
                cuts.add(new int[] {start, end});
            }
        }
        return trimmed(text, writtenWithoutCapitals(text) ? cutBeforeSmallLetters(text, cuts) : cuts);
    }

    /**
     * Whether a paragraph is written without capitals at the start of its sentences ({@code once
     * the first generation… because these people…}): it begins with a small letter, no stop in
     * it is followed by a capital, and at least two full stops are followed by a small letter. One
     * is not enough: a paragraph that begins inside a sentence has {@code “Still free?” they ask.}
     * or a name such as {@code eMarketer} after a stop.
     */
    private static boolean writtenWithoutCapitals(String text) {
        int first = 0;
        while (first < text.length() && !Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        if (first == text.length() || !Character.isLowerCase(text.charAt(first))) {
            return false;
        }
        Matcher m = STOP_THEN_WORD.matcher(text);
        int fullStops = 0;
        while (m.find()) {
            if (Character.isUpperCase(text.charAt(m.end() - 1))) {
                return false;
            }
            if (text.charAt(m.start()) == '.' && m.end() - m.start() > 1 && Character.isWhitespace(text.charAt(m.start() + 1))
                    && !inEllipsis(text, m.start())) {
                fullStops++;
            }
        }
        return fullStops >= 2;
    }

    /** Whether the stop at {@code at} is one of the dots of an ellipsis, which is no sentence's end. */
    private static boolean inEllipsis(String text, int at) {
        return at > 0 && (text.charAt(at - 1) == '.' || text.charAt(at - 1) == '…');
    }

    /** In a paragraph written without capitals, a stop followed by a small letter ends a sentence too. */
    private static List<int[]> cutBeforeSmallLetters(String text, List<int[]> cuts) {
        List<int[]> out = new ArrayList<>();
        for (int[] cut : cuts) {
            int start = cut[0];
            Matcher m = STOP_THEN_WORD.matcher(text).region(cut[0], cut[1]);
            while (m.find()) {
                int end = m.end() - 1;
                if (!inEllipsis(text, m.start()) && !endsWithAbbreviation(text, new int[] {start, end})) {
                    out.add(new int[] {start, end});
                    start = end;
                }
            }
            out.add(new int[] {start, cut[1]});
        }
        return out;
    }

    /** “Really?” she said: a sentence does not start with a lower-case letter. */
    private static boolean startsLowerCase(String text, int start, int end) {
        int i = start;
        while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i < end && Character.isLowerCase(text.charAt(i));
    }

    /** A full stop, question or exclamation mark, closing quotation marks, spaces, and a letter. */
    private static final Pattern STOP_THEN_WORD = Pattern.compile("[.?!][\"'”’]*\\s+\\p{L}");

    private static final int LONGEST_ABBREVIATION =
            ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * Whether a sentence ends with an abbreviation such as {@code Dr.}, looking back no further
     * than the sentence's start and the longest abbreviation: looking further, from every cut of
     * a long run of blank lines or of text without spaces, took time growing with the square of
     * its length.
     */
    private static boolean endsWithAbbreviation(String text, int[] cut) {
        int i = cut[1];
        while (i > cut[0] && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        int wordStart = i;
        while (wordStart > cut[0] && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(') {
            wordStart--;
            if (i - wordStart > LONGEST_ABBREVIATION) {
                return false;
            }
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
            if (c == '…' && !endsWithEllipsis(text, i)) {
                // The whole run of … is judged at once: each of them has the same text after it.
                while (i < n && text.charAt(i) == '…') {
                    i++;
                }
                continue;
            }
            if (STOPS.indexOf(c) < 0 && c != '…') {
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
        // Bounds first, text last: cutting the text of a sentence again at each stretch of marks
        // merged into it took time growing with the square of a run of marks.
        List<int[]> bounds = new ArrayList<>();
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
            if (!bounds.isEmpty() && !hasWordCharacter(text, s, e)) {
                bounds.get(bounds.size() - 1)[1] = e;
            } else {
                bounds.add(new int[] {s, e});
            }
        }
        List<Segment> out = new ArrayList<>(bounds.size());
        for (int[] b : bounds) {
            out.add(new Segment(text.substring(b[0], b[1]), b[0], b[1]));
        }
        return out;
    }
}
