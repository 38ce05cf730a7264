package io.github.jingdu.terms.internal;

import io.github.jingdu.text.internal.Scripts;
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
    private static final Pattern EXPANSION = Pattern.compile(
            "^(?:全称|全名|英文全称|英文)?[:：]?\\s*([A-Za-z][A-Za-z0-9 .'&-]*[A-Za-z0-9.])\\s*(?:[，,、；;]\\s*(\\p{IsHan}+))?$");

    private ChineseAbbreviations() {
    }

    /**
     * Finds the definitions in a text.
     *
     * @param text plain text with Chinese in it
     * @param hints a dictionary and the long forms the document gives, to tell where names begin
     * @return the definitions in text order
     */
    public static List<Abbreviation> find(String text, NameHints hints) {
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
            int innerStart = WordBounds.skipSpace(text, open + 1, close);
            int innerEnd = WordBounds.trimEnd(text, innerStart, close);
            String inner = text.substring(innerStart, innerEnd);
            int before = WordBounds.trimEnd(text, 0, open);
            if (before > 0 && isHan(text.charAt(before - 1))) {
                Abbreviation a = chineseName(text, inner, innerStart, before, hints);
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
    private static Abbreviation chineseName(String text, String inner, int innerStart, int nameEnd, NameHints hints) {
        if (!ShortForms.isValid(inner) || ShortForms.upperCaseCount(inner) < 2 || hasHan(inner) || isName(inner)) {
            return null;
        }
        int start = ChineseNameStart.of(text, nameEnd, ShortForms.upperCaseCount(inner));
        if (start < 0) {
            return null;
        }
        List<NameHints.EnglishDefinition> definitions = hints.definitionsOf(inner);
        if (!definitions.isEmpty()) {
            start = NameByLongForm.trim(text, start, nameEnd, definitions, hints.lexicon());
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

    /**
     * Whether the Latin text is words written like a name ({@code Joe Biden}, {@code Tax
     * Foundation}, {@code High-Flyer}, {@code Reform UK}): words of a capital and small letters,
     * perhaps with a short form among them. Such a gloss spells out a person or a body; it
     * abbreviates nothing.
     */
    private static boolean isName(String latin) {
        String[] words = latin.split("[ -]");
        if (words.length < 2) {
            return false;
        }
        boolean spelt = false;
        for (String w : words) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            boolean lower = w.substring(1).chars().allMatch(c -> Character.isLowerCase(c) || c == '.' || c == '\'');
            spelt |= lower && w.length() >= 3;
            if (!lower && !w.chars().allMatch(Character::isUpperCase)) {
                return false;
            }
        }
        return spelt;
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
