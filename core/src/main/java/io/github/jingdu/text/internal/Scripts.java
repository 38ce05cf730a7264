package io.github.jingdu.text.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.Arrays;

/** Tells Chinese text from English text by counting characters of each script. */
public final class Scripts {
    private static final byte HAN = 1;
    private static final byte LATIN_LETTER = 2;
    private static final byte OTHER = 3;

    /**
     * The code points of the basic plane that ICU puts in the Han script, as pairs of the first and
     * the last of each run. Made from ICU4J 76.1 ({@code UScript.getScript}); {@code ScriptsTest}
     * checks every code point of the plane against the ICU on the class path and prints these
     * tables anew when an upgrade changes them. A table, not ICU at each call: the answers are the
     * same on every JDK (the Latin letters below take ICU's Unicode version, not the JDK's), the
     * table is filled once and never written after, and a lint no longer loads ICU at all.
     */
    static final int[] HAN_RUNS = {
        0x2E80, 0x2E99, 0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x3005, 0x3005, 0x3007, 0x3007, 0x3021, 0x3029,
        0x3038, 0x303B, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xF900, 0xFA6D, 0xFA70, 0xFAD9,
    };

    /**
     * The letters of the basic plane in ICU's Latin script ({@code UCharacter.isLetter}, not the
     * JDK's, whose Unicode version moves with the JDK), made and checked as {@link #HAN_RUNS}.
     */
    static final int[] LATIN_LETTER_RUNS = {
        0x0041, 0x005A, 0x0061, 0x007A, 0x00AA, 0x00AA, 0x00BA, 0x00BA, 0x00C0, 0x00D6, 0x00D8, 0x00F6,
        0x00F8, 0x02B8, 0x02E0, 0x02E4, 0x1D00, 0x1D25, 0x1D2C, 0x1D5C, 0x1D62, 0x1D65, 0x1D6B, 0x1D77,
        0x1D79, 0x1DBE, 0x1E00, 0x1EFF, 0x2071, 0x2071, 0x207F, 0x207F, 0x2090, 0x209C, 0x212A, 0x212B,
        0x2132, 0x2132, 0x214E, 0x214E, 0x2183, 0x2184, 0x2C60, 0x2C7F, 0xA722, 0xA787, 0xA78B, 0xA7CD,
        0xA7D0, 0xA7D1, 0xA7D3, 0xA7D3, 0xA7D5, 0xA7DC, 0xA7F2, 0xA7FF, 0xAB30, 0xAB5A, 0xAB5C, 0xAB64,
        0xAB66, 0xAB69, 0xFB00, 0xFB06, 0xFF21, 0xFF3A, 0xFF41, 0xFF5A,
    };

    /** The kind of every code point of the basic plane, from the two tables. */
    private static final byte[] BASIC_PLANE = basicPlane();

    private Scripts() {
    }

    /**
     * Tells whether a line reads as Chinese: it has Han characters, and at least one for every
     * three Latin letters (translations name products and people in Latin script).
     *
     * @param s a line or paragraph
     * @return true when Han characters dominate
     */
    public static boolean isChinese(CharSequence s) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c < 0x80) {
                i++;
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    latin++;
                }
            } else {
                int cp = Character.codePointAt(s, i);
                i += Character.charCount(cp);
                byte kind = kindOf(cp);
                if (kind == HAN) {
                    han++;
                } else if (kind == LATIN_LETTER) {
                    latin++;
                }
            }
        }
        return han > 0 && han * 3 >= latin;
    }

    /**
     * @param s any text
     * @return true when it holds a Han character
     */
    public static boolean hasHan(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            // Nothing below U+2E80 is Han, surrogates included, so most text is passed over a
            // char at a time.
            if (s.charAt(i) >= 0x2E80) {
                int cp = Character.codePointAt(s, i);
                if (isHan(cp)) {
                    return true;
                }
                i += Character.charCount(cp) - 1;
            }
        }
        return false;
    }

    /**
     * @param cp a code point
     * @return true for Han ideographs
     */
    public static boolean isHan(int cp) {
        // The two blocks of unified ideographs are Han throughout (checked against ICU for every
        // code point by ScriptsTest); only other characters need ICU's lookup.
        if (cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF) {
            return true;
        }
        return cp >= 0x2E80 && kindOf(cp) == HAN;
    }

    private static byte kindOf(int cp) {
        if (cp < BASIC_PLANE.length) {
            return BASIC_PLANE[cp];
        }
        // Beyond the basic plane (Han's extensions B and later, mathematical letters): rare in
        // notes, so asked of ICU.
        int script = UScript.getScript(cp);
        if (script == UScript.HAN) {
            return HAN;
        }
        return script == UScript.LATIN && UCharacter.isLetter(cp) ? LATIN_LETTER : OTHER;
    }

    private static byte[] basicPlane() {
        byte[] kinds = new byte[0x10000];
        Arrays.fill(kinds, OTHER);
        for (int i = 0; i < HAN_RUNS.length; i += 2) {
            Arrays.fill(kinds, HAN_RUNS[i], HAN_RUNS[i + 1] + 1, HAN);
        }
        for (int i = 0; i < LATIN_LETTER_RUNS.length; i += 2) {
            Arrays.fill(kinds, LATIN_LETTER_RUNS[i], LATIN_LETTER_RUNS[i + 1] + 1, LATIN_LETTER);
        }
        return kinds;
    }

    /**
     * Tells whether a character only spaces text out: white space, U+200B, U+3000, U+FEFF.
     *
     * @param c a character
     * @return true for characters a blank line may hold
     */
    public static boolean isBlankChar(char c) {
        return c == ' ' || c == '\t' || c == '\u200B' || c == '\u3000' || c == '\uFEFF'
                || c == '\u00A0' || c == '\f' || c == '\u000B';
    }

    /**
     * @param s any text
     * @return true when it holds a Latin letter (a letter below U+0250)
     */
    public static boolean hasLatin(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x250 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param s any text
     * @return the index of its first Han character, or -1
     */
    public static int firstHan(CharSequence s) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (isHan(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * @param s any text
     * @return true when every character is a blank character
     */
    public static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isBlankChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether text ends in a closing bracket, {@code )} or {@code ）}, white space after it
     * aside: the cheap test before a pattern that needs one there.
     *
     * @param text a line or part of one
     * @return true when the last character that is not white space closes a bracket
     */
    public static boolean endsInClosingBracket(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > 0 && (text.charAt(end - 1) == ')' || text.charAt(end - 1) == '）');
    }

    /**
     * Removes blank characters from both ends.
     *
     * @param s any text
     * @return the text without leading and trailing blank characters
     */
    public static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isBlankChar(s.charAt(from))) {
            from++;
        }
        while (to > from && isBlankChar(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }
}
