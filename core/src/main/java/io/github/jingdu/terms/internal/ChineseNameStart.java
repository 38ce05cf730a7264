package io.github.jingdu.terms.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.jingdu.text.internal.Scripts;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the Chinese name that a bracketed short form stands for begins: {@code 人工智能} in
 * {@code 美国人想到人工智能(AI)}. Chinese writes no spaces, so the name is read back from the
 * bracket to a break (punctuation, a particle, a verb a name never ends with), then cut after an
 * apposition ({@code 咨询公司普华永道}), and then weighed against the short form: a name has
 * about one word per capital letter, so a run of five words before {@code (AI)} holds a name of
 * two. When nothing settles where the name begins, there is no answer: a missing definition
 * costs less than a wrong one.
 */
final class ChineseNameStart {
    /** Characters that end a Chinese name when reading back from the bracket. */
    private static final String NUMERALS = "零一二三四五六七八九十百千万亿两";
    private static final String NAME_BREAKS = "的是在和与及了将被把对为从以其即或称叫这那些个种于之等也都就而并且又们兼·•"
            + NUMERALS;
    /** Characters of dates, which end a name after a numeral ({@code 7日}) and not in a word ({@code 日本}). */
    private static final String DATE_UNITS = "年月日号";
    /** Connectors that may join the parts of one name: {@code 世界旅行和旅游理事会}. */
    private static final String CONNECTORS = "和与及";
    /** Words a name never begins with, though they may stand before it with no break: {@code 但国际清算银行}. */
    private static final String LEADING = "但受向让使给令据由若如";
    /** Words a name never begins with when the dictionary reads them alone: {@code 用图形处理器}, not {@code 用户}. */
    private static final String LEADING_ALONE = "用";
    /** Words that end a Chinese name when reading back from the bracket: {@code 依赖大型语言模型(LLM)}. */
    private static final List<String> BREAK_WORDS = List.of("依赖", "依靠", "使用", "采用", "利用", "包括", "包含",
            "通过", "基于", "称为", "叫做", "发布", "推出", "开发", "提出", "引入", "成为", "作为", "属于", "来自",
            "关于", "根据", "比如", "例如", "以及", "还是", "或者", "所谓");
    /**
     * Kinds of body that stand in apposition before a name ({@code 智库新美国安全中心}, {@code
     * 政党人民联盟}): when one is followed by more of the run, the name begins after it.
     */
    private static final List<String> APPOSITIONS = List.of("公司", "智库", "政党", "央行", "集团", "机构", "联盟", "组织");
    private static final int MAX_NAME = 12;

    private ChineseNameStart() {
    }

    /**
     * Finds where the name ending at {@code end} begins.
     *
     * @param text the text
     * @param end where the name ends (the bracket, less spaces)
     * @param letters the capital letters of the short form
     * @return the offset of the name's first character, or -1 when it cannot be told
     */
    static int of(String text, int end, int letters) {
        int start = runStart(text, end);
        boolean bounded = isBounded(text, start);
        boolean joined = false;
        if (bounded && start > 0 && CONNECTORS.indexOf(text.charAt(start - 1)) >= 0
                && weight(text, words(text, start, end), 0) < letters) {
            // Too few words for the short form after 和: the name holds the part before it too.
            int before = runStart(text, start - 1);
            if (before < start - 1 && isBounded(text, before)) {
                start = before;
                joined = true;
            }
        }
        int apposition = afterApposition(text, start, end);
        if (apposition > start) {
            start = apposition;
            bounded = true;
        }
        if (!bounded || start > 0 && isLatin(text.charAt(start - 1))) {
            // Latin letters joined to the run are part of the name (Sahra Wagenknecht联盟): it has no Chinese form.
            return -1;
        }
        List<int[]> words = words(text, start, end);
        if (end - start > 2 && (LEADING.indexOf(text.charAt(start)) >= 0 || CONNECTORS.indexOf(text.charAt(start)) >= 0
                || LEADING_ALONE.indexOf(text.charAt(start)) >= 0 && words.get(0)[1] == start + 1)) {
            start++;
            words = words(text, start, end);
        }
        if (end - start < 2) {
            return -1;
        }
        double weight = weight(text, words, 0);
        if (start > 0 && text.charAt(start - 1) == '的' && weight <= letters - 2) {
            // Far too short for its short form after 的: the name goes on before it (不屈服的法兰西).
            return -1;
        }
        // Names have a word or so more than capitals (国际货币基金组织, IMF) once they are long.
        if (joined || weight <= letters + letters / 3) {
            return start;
        }
        for (int i = words.size() - 1; i >= 0; i--) {
            if (isContent(text, words.get(i)) && weight(text, words, i) >= letters) {
                return words.get(i)[0];
            }
        }
        return -1;
    }

    /** Reads back from {@code end} over Han characters (and hyphens between them) to a break, or as far as a name goes. */
    private static int runStart(String text, int end) {
        int start = end;
        while (end - start < MAX_NAME && !isBounded(text, start)) {
            start--;
        }
        return start;
    }

    /** Whether a name may begin at {@code start}: what stands before it is no part of a name. */
    private static boolean isBounded(String text, int start) {
        return start == 0 || !partOfName(text, start - 1) || NAME_BREAKS.indexOf(text.charAt(start - 1)) >= 0
                || afterBreakWord(text, start) || afterDate(text, start);
    }

    private static boolean afterDate(String text, int start) {
        if (start < 2 || DATE_UNITS.indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        char before = text.charAt(start - 2);
        return Character.isDigit(before) || NUMERALS.indexOf(before) >= 0;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    private static boolean partOfName(String text, int i) {
        char c = text.charAt(i);
        if (Scripts.isHan(c)) {
            return true;
        }
        return c == '-' && i > 0 && i + 1 < text.length() && Scripts.isHan(text.charAt(i - 1))
                && Scripts.isHan(text.charAt(i + 1));
    }

    /** Whether the text before {@code at} ends with a verb or preposition that a name never ends with. */
    private static boolean afterBreakWord(String text, int at) {
        for (String word : BREAK_WORDS) {
            if (text.startsWith(word, at - word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Where the name begins after the last apposition in the run, or {@code start} when there is none. */
    private static int afterApposition(String text, int start, int end) {
        // Searched in the run alone: searching the text back from the bracket took time growing
        // with the square of a text of many brackets.
        String run = text.substring(start, end);
        int best = start;
        for (String kind : APPOSITIONS) {
            int at = run.lastIndexOf(kind);
            int after = start + at + kind.length();
            if (at >= 0 && end - after >= 2 && after > best && !APPOSITIONS.contains(text.substring(after, end))) {
                best = after;
            }
        }
        return best;
    }

    /**
     * How many words of the short form the words from {@code from} on make: a character standing
     * alone counts half, being as often a suffix ({@code 委员会}, {@code 橄榄球}) as a word of its own.
     */
    private static double weight(String text, List<int[]> words, int from) {
        double weight = 0;
        for (int i = from; i < words.size(); i++) {
            int[] w = words.get(i);
            if (isContent(text, w)) {
                weight += w[1] - w[0] == 1 ? 0.5 : 1;
            }
        }
        return weight;
    }

    /**
     * The words of a run by ICU's dictionary, with consecutive single characters taken as one
     * word: they are most often a name written by sound ({@code 普华永道}), which the dictionary
     * does not know.
     */
    static List<int[]> words(String text, int start, int end) {
        BreakIterator breaks = BreakIterator.getWordInstance(ULocale.CHINESE);
        breaks.setText(text.substring(start, end));
        List<int[]> words = new ArrayList<>();
        int from = breaks.first();
        for (int to = breaks.next(); to != BreakIterator.DONE; from = to, to = breaks.next()) {
            int[] last = words.isEmpty() ? null : words.get(words.size() - 1);
            boolean single = to - from == 1 && Scripts.isHan(text.charAt(start + from))
                    && CONNECTORS.indexOf(text.charAt(start + from)) < 0;
            if (single && last != null && last[2] == 1) {
                last[1] = start + to;
            } else {
                words.add(new int[] {start + from, start + to, single ? 1 : 0});
            }
        }
        return words;
    }

    private static boolean isContent(String text, int[] word) {
        if (word[1] - word[0] != 1) {
            return true;
        }
        char c = text.charAt(word[0]);
        return Scripts.isHan(c) && CONNECTORS.indexOf(c) < 0;
    }
}
