package io.github.jingdu.terms.internal;

import io.github.jingdu.parse.internal.Scripts;
import io.github.jingdu.terms.Abbreviation;
import io.github.jingdu.terms.DefinitionPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds abbreviations defined in Chinese text: a Chinese name with the Latin short form in
 * brackets ({@code 人工智能(AI)}), and a Latin short form with its English expansion, and perhaps
 * a Chinese name, in full-width brackets ({@code JPEG （全称 Joint Photographic Experts Group，
 * 联合图像专家组）}). A bracket that holds Chinese prose, or starts with a cue such as {@code 或},
 * {@code 如} or {@code 即} other than {@code 全称}, is an aside and defines nothing.
 */
public final class ChineseAbbreviations {
    /** Characters that end a Chinese name when reading back from the bracket. */
    private static final String NAME_BREAKS = "的是在和与及了将被把对为从以其即或称叫这那个种于之等也都就而并且又们"
            + "零一二三四五六七八九十百千万亿两年月日号·•";
    /** Words a name never begins with, though they may stand before it with no break: {@code 但国际清算银行}. */
    private static final String LEADING = "但受向让使给令据由若如";
    /** Words that end a Chinese name when reading back from the bracket: {@code 依赖大型语言模型(LLM)}. */
    private static final List<String> BREAK_WORDS = List.of("依赖", "依靠", "使用", "采用", "利用", "包括", "包含",
            "通过", "基于", "称为", "叫做", "发布", "推出", "开发", "提出", "引入", "成为", "作为", "属于", "来自",
            "关于", "根据", "比如", "例如", "以及", "还是", "或者", "所谓");
    private static final int MAX_NAME = 12;
    private static final Pattern EXPANSION = Pattern.compile(
            "^(?:全称|全名|英文全称|英文)?[:：]?\\s*([A-Za-z][A-Za-z0-9 .'&-]*[A-Za-z0-9.])\\s*(?:[，,、；;]\\s*(\\p{IsHan}+))?$");

    private ChineseAbbreviations() {
    }

    /**
     * Finds the definitions in a text.
     *
     * @param text plain text with Chinese in it
     * @return the definitions in text order
     */
    public static List<Abbreviation> find(String text) {
        List<Abbreviation> found = new ArrayList<>();
        int[] wordStarts = null;
        for (int open = 0; open < text.length(); open++) {
            char c = text.charAt(open);
            if (c != '(' && c != '（') {
                continue;
            }
            int close = Brackets.close(text, open, 200);
            if (close < 0) {
                continue;
            }
            int innerStart = Words.skipSpace(text, open + 1, close);
            int innerEnd = Words.trimEnd(text, innerStart, close);
            String inner = text.substring(innerStart, innerEnd);
            int before = Words.trimEnd(text, 0, open);
            if (before > 0 && isHan(text.charAt(before - 1))) {
                Abbreviation a = chineseName(text, inner, innerStart, before);
                if (a != null) {
                    found.add(a);
                }
            } else if (before > 0) {
                if (wordStarts == null) {
                    wordStarts = wordStarts(text);
                }
                expansion(text, inner, innerStart, wordStarts[before], before, found);
            }
        }
        return found;
    }

    /** {@code 人工智能(AI)}: the Han characters before the bracket, back to a break. */
    private static Abbreviation chineseName(String text, String inner, int innerStart, int nameEnd) {
        if (!ShortForms.isValid(inner) || ShortForms.upperCaseCount(inner) < 2 || hasHan(inner) || isName(inner)) {
            return null;
        }
        int start = nameEnd;
        while (start > 0 && nameEnd - start < MAX_NAME && isHan(text.charAt(start - 1))
                && NAME_BREAKS.indexOf(text.charAt(start - 1)) < 0 && !afterBreakWord(text, start)) {
            start--;
        }
        boolean bounded = start == 0 || !isHan(text.charAt(start - 1)) || NAME_BREAKS.indexOf(text.charAt(start - 1)) >= 0
                || afterBreakWord(text, start);
        if (!bounded) {
            // The name may begin anywhere in a run of characters longer than any name read here:
            // no definition is better than a wrong one.
            return null;
        }
        if (nameEnd - start > 2 && LEADING.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        if (nameEnd - start < 2) {
            return null;
        }
        return new Abbreviation(inner, text.substring(start, nameEnd), innerStart, start, DefinitionPattern.CHINESE);
    }

    /** {@code FLAC （全称 Free Lossless Audio Codec，自由无损音频编码）}. */
    private static void expansion(String text, String inner, int innerStart, int wordStart, int shortEnd,
            List<Abbreviation> found) {
        int shortStart = wordStart;
        while (shortStart < shortEnd && !isLatinOrDigit(text.charAt(shortStart))) {
            shortStart++;
        }
        if (shortEnd - shortStart > ShortForms.MAX_LENGTH) {
            return;
        }
        String shortForm = text.substring(shortStart, shortEnd);
        Matcher m = EXPANSION.matcher(inner);
        if (!ShortForms.isValid(shortForm) || ShortForms.upperCaseCount(shortForm) < 2 || !m.matches()) {
            return;
        }
        String longForm = m.group(1);
        boolean matches = LongForms.matchInitials(shortForm, longForm) == 0 || LongForms.match(shortForm, longForm) == 0;
        if (!matches || !LongForms.acceptable(shortForm, longForm)) {
            return;
        }
        found.add(new Abbreviation(shortForm, longForm, shortStart, innerStart + m.start(1),
                DefinitionPattern.SHORT_THEN_LONG));
        if (m.group(2) != null) {
            found.add(new Abbreviation(shortForm, m.group(2), shortStart, innerStart + m.start(2),
                    DefinitionPattern.CHINESE));
        }
    }

    /**
     * For each offset, where the space-separated word ending there starts: worked out once per
     * text, since looking back from every bracket took time growing with the square of a text
     * without spaces.
     */
    private static int[] wordStarts(String text) {
        int[] starts = new int[text.length() + 1];
        for (int i = 1; i <= text.length(); i++) {
            starts[i] = Character.isWhitespace(text.charAt(i - 1)) ? i : starts[i - 1];
        }
        return starts;
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

    /**
     * Whether the Latin text is words written like a name ({@code Joe Biden}, {@code Tax
     * Foundation}): each word a capital then small letters. Such a gloss spells out a person or a
     * body; it abbreviates nothing.
     */
    private static boolean isName(String latin) {
        String[] words = latin.split(" ");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !w.substring(1).chars()
                    .allMatch(c -> Character.isLowerCase(c) || c == '.' || c == '\'' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHan(char c) {
        return Scripts.isHan(c);
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static boolean hasHan(String s) {
        return s.chars().anyMatch(c -> isHan((char) c));
    }
}
