package io.github.jingdu.align.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** English words, light stemming, and numbers written in English or Chinese. */
public final class Words {
    /**
     * The version of {@link #stem}: lexicon indexes keep stems, so one made before a change to the
     * stemmer must be made again. Raise it whenever {@code stem} changes.
     */
    public static final int STEMMER = 1;
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "as", "is", "was", "be", "been", "are", "were", "it", "its", "that",
            "this", "he", "she", "his", "her", "they", "them", "their", "i", "me", "my", "we", "you", "your",
            "not", "no", "but", "if", "so", "do", "did", "had", "have", "has", "what", "which", "who", "all");
    /** Numbers below a hundred, and their ordinals, which combine with the multipliers. */
    private static final Map<String, Long> CARDINALS = Map.ofEntries(
            Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
            Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L),
            Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L),
            Map.entry("fourteen", 14L), Map.entry("fifteen", 15L), Map.entry("sixteen", 16L),
            Map.entry("seventeen", 17L), Map.entry("eighteen", 18L), Map.entry("nineteen", 19L),
            Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L),
            Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L),
            Map.entry("third", 3L), Map.entry("fourth", 4L), Map.entry("fifth", 5L), Map.entry("sixth", 6L),
            Map.entry("seventh", 7L), Map.entry("eighth", 8L), Map.entry("ninth", 9L), Map.entry("tenth", 10L),
            Map.entry("eleventh", 11L), Map.entry("twelfth", 12L), Map.entry("thirteenth", 13L),
            Map.entry("fourteenth", 14L), Map.entry("fifteenth", 15L), Map.entry("sixteenth", 16L),
            Map.entry("seventeenth", 17L), Map.entry("eighteenth", 18L), Map.entry("nineteenth", 19L),
            Map.entry("twentieth", 20L), Map.entry("thirtieth", 30L), Map.entry("fortieth", 40L),
            Map.entry("fiftieth", 50L), Map.entry("sixtieth", 60L), Map.entry("seventieth", 70L),
            Map.entry("eightieth", 80L), Map.entry("ninetieth", 90L));
    /** Words that multiply the number before them: {@code two hundred} is 200. */
    private static final Map<String, Long> MULTIPLIERS = Map.of("hundred", 100L, "thousand", 1000L,
            "million", 1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L,
            "hundredth", 100L, "thousandth", 1000L, "millionth", 1_000_000L);
    /**
     * Words that stand for a number on their own. {@code one} and {@code first} are left out:
     * they are pronouns and adverbs far more often than numbers. A negative value codes a
     * fraction ({@code half}).
     */
    private static final Map<String, Long> OTHER_NUMBERS = Map.of("dozen", 12L, "half", -2L, "second", 2L,
            "twice", 2L);
    /** Runs of Chinese numerals that are words, not numbers: 十分 (very), 一一 (one by one), 万一 (in case). */
    private static final Set<String> NOT_NUMBERS = Set.of("十分", "一一", "万一", "千万", "三三两两", "一二");

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
     * Reads the numbers written in English words or digits: {@code 3,000}, {@code twenty-one},
     * {@code fourteenth}, {@code two hundred} (200, not 2 and 100), {@code 3 million}.
     *
     * @param words the words of a sentence, as {@link #split} gives them
     * @return their values, in order (a word like {@code half} gives a negative code)
     */
    public static List<Long> englishNumbers(List<String> words) {
        List<Long> out = new ArrayList<>();
        long total = 0;
        long group = -1;
        for (int i = 0; i <= words.size(); i++) {
            String w = i < words.size() ? words.get(i).toLowerCase(Locale.ROOT) : "";
            Long small = i < words.size() ? numberWord(w) : null;
            Long multiplier = MULTIPLIERS.get(w);
            if (small != null && group < 0) {
                group = small;
            } else if (small != null && group >= 0 && (group % 100 >= 20 && group % 10 == 0 && small < 10
                    || group >= 100 && group % 100 == 0 && small < 100)) {
                group += small;
            } else if (multiplier != null) {
                long base = group < 0 ? 1 : group;
                if (multiplier == 100) {
                    group = base * 100;
                } else {
                    total += base * multiplier;
                    group = 0;
                }
            } else if ("and".equals(w) && group + total > 0 && i + 1 < words.size()
                    && numberWord(words.get(i + 1).toLowerCase(Locale.ROOT)) != null) {
                continue;
            } else {
                if (group >= 0 || total > 0) {
                    out.add(total + Math.max(group, 0));
                    total = 0;
                    group = -1;
                }
                if (small != null) {
                    group = small;
                } else if (OTHER_NUMBERS.containsKey(w)) {
                    out.add(OTHER_NUMBERS.get(w));
                }
            }
        }
        return out;
    }

    /** A number written as one word: below a hundred in letters ({@code eighty-two}, {@code fourteenth}), or in digits. */
    private static Long numberWord(String w) {
        if (w.isEmpty()) {
            return null;
        }
        if (Character.isDigit(w.charAt(0))) {
            String digits = w.replace(",", "");
            int end = 0;
            while (end < digits.length() && Character.isDigit(digits.charAt(end)) && end < 15) {
                end++;
            }
            return Long.parseLong(digits.substring(0, end));
        }
        Long value = CARDINALS.get(w);
        if (value != null) {
            return value;
        }
        int hyphen = w.indexOf('-');
        if (hyphen > 0) {
            Long tens = CARDINALS.get(w.substring(0, hyphen));
            Long unit = CARDINALS.get(w.substring(hyphen + 1));
            if (tens == null && "one".equals(w.substring(0, hyphen))) {
                return null;
            }
            if (tens != null && tens >= 20 && tens % 10 == 0 && tens < 100) {
                String rest = w.substring(hyphen + 1);
                long u = unit != null ? unit : "one".equals(rest) || "first".equals(rest) ? 1 : -1;
                if (u > 0 && u < 10) {
                    return tens + u;
                }
            }
        }
        return null;
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
                // Each word of numerals that is no number begins with a numeral too.
                int word = wordOfNumerals(text, i);
                if (word > 0) {
                    i += word;
                    continue;
                }
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

    /** The length of a word made of numerals that begins at a position (十分 but not 十分之), or 0. */
    private static int wordOfNumerals(CharSequence text, int at) {
        for (String w : NOT_NUMBERS) {
            int end = at + w.length();
            if (end <= text.length() && startsWith(text, at, w)
                    && !(w.equals("十分") && end < text.length() && text.charAt(end) == '之')) {
                return w.length();
            }
        }
        return 0;
    }

    private static boolean startsWith(CharSequence text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(at + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
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
        int value = "零一二三四五六七八九".indexOf(c);
        return value >= 0 ? value : c == '两' ? 2 : -1;
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
