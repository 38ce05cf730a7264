package io.github.jingdu.align.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** English words, light stemming, and numbers written in English or Chinese. */
public final class Words {
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "as", "is", "was", "be", "been", "are", "were", "it", "its", "that",
            "this", "he", "she", "his", "her", "they", "them", "their", "i", "me", "my", "we", "you", "your",
            "not", "no", "but", "if", "so", "do", "did", "had", "have", "has", "what", "which", "who", "all");
    private static final Map<String, Long> NUMBER_WORDS = Map.ofEntries(
            Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
            Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L),
            Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("fifteen", 15L),
            Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L),
            Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L),
            Map.entry("hundred", 100L), Map.entry("thousand", 1000L), Map.entry("million", 1_000_000L),
            Map.entry("billion", 1_000_000_000L), Map.entry("dozen", 12L), Map.entry("half", -2L),
            Map.entry("second", 2L), Map.entry("third", 3L), Map.entry("twice", 2L));

    private Words() {
    }

    /**
     * Splits English into words: runs of letters, digits, apostrophes and hyphens.
     *
     * @param text English text
     * @return the words as written
     */
    public static List<String> split(CharSequence text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isJoiner(text, i))) {
                i++;
            }
            if (i > start) {
                out.add(text.subSequence(start, i).toString());
            }
        }
        return out;
    }

    private static boolean isJoiner(CharSequence text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’' || c == '-') && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /**
     * @param word a word
     * @return true for very common words that carry no evidence
     */
    public static boolean isStopWord(String word) {
        return STOP.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Reduces a word to a crude stem so that {@code dials}, {@code dialled} and {@code dial}
     * meet: lower case, no possessive, no {@code -ing}, {@code -ed}, {@code -es}, {@code -s}, final
     * {@code e} or doubled final consonant.
     *
     * @param word a word
     * @return its stem
     */
    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 4 && w.endsWith("es")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "aeiouls".indexOf(w.charAt(n - 1)) < 0) {
            w = w.substring(0, n - 1);
        }
        return w;
    }

    /**
     * Reads a number written in English: a digit group ({@code 3,000}, {@code 1978}) or a word
     * ({@code thirty}).
     *
     * @param word a word of a sentence
     * @return its value (a word like {@code half} gives a negative code), or null
     */
    public static Long englishNumber(String word) {
        Long value = NUMBER_WORDS.get(word.toLowerCase(Locale.ROOT));
        if (value != null || !Character.isDigit(word.charAt(0))) {
            return value;
        }
        String digits = word.replace(",", "");
        int end = 0;
        while (end < digits.length() && Character.isDigit(digits.charAt(end)) && end < 15) {
            end++;
        }
        return Long.parseLong(digits.substring(0, end));
    }

    /**
     * Finds the numbers written in Chinese: Arabic digits and runs of numerals such as 三十五 or
     * 两千.
     *
     * @param text Chinese text
     * @return their values
     */
    public static List<Long> chineseNumbers(CharSequence text) {
        List<Long> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                long v = 0;
                int digits = 0;
                while (i < n && (digit(text.charAt(i)) >= 0 || text.charAt(i) == ',' && i + 1 < n
                        && digit(text.charAt(i + 1)) >= 0)) {
                    if (text.charAt(i) != ',' && digits < 15) {
                        v = v * 10 + digit(text.charAt(i));
                        digits++;
                    }
                    i++;
                }
                out.add(v);
            } else if (numeral(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万' || c == '亿') {
                int start = i;
                while (i < n && (numeral(text.charAt(i)) >= 0 || "十百千万亿".indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                long v = chineseValue(text.subSequence(start, i).toString());
                if (v > 0 && !(i - start == 1 && c == '一')) {
                    out.add(v);
                }
            } else {
                i++;
            }
        }
        return out;
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }

    private static int numeral(char c) {
        return "零一二三四五六七八九".indexOf(c) >= 0 ? "零一二三四五六七八九".indexOf(c) : c == '两' ? 2 : -1;
    }

    private static long chineseValue(String s) {
        long total = 0;
        long section = 0;
        long current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = numeral(c);
            if (d >= 0) {
                current = current * 10 + d;
            } else {
                long unit = switch (c) {
                    case '十' -> 10;
                    case '百' -> 100;
                    case '千' -> 1000;
                    case '万' -> 10_000;
                    default -> 100_000_000;
                };
                if (unit >= 10_000) {
                    total += (section + current) * unit;
                    section = 0;
                } else {
                    section += (current == 0 ? 1 : current) * unit;
                }
                current = 0;
            }
        }
        return total + section + current;
    }
}
