package io.github.jingdu.text.internal;

import com.ibm.icu.lang.UScript;

/** Tells Chinese text from English text by counting characters of each script. */
public final class Scripts {
    private static final byte UNKNOWN = 0;
    private static final byte HAN = 1;
    private static final byte LATIN_LETTER = 2;
    private static final byte OTHER = 3;

    /**
     * What ICU says of each character of the basic plane, filled in as characters are met: ICU's
     * script lookup and Java's letter test cost more than the rest of telling Chinese from English
     * (the punctuation of both languages is outside the blocks known without asking), and filling
     * the whole table at start would cost more than a small file takes to read. Threads may fill
     * the same entry at once; they write the same value.
     */
    private static final byte[] BASIC_PLANE = new byte[0x10000];

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
        if (cp >= BASIC_PLANE.length) {
            return lookUp(cp);
        }
        byte kind = BASIC_PLANE[cp];
        if (kind == UNKNOWN) {
            kind = lookUp(cp);
            BASIC_PLANE[cp] = kind;
        }
        return kind;
    }

    private static byte lookUp(int cp) {
        int script = UScript.getScript(cp);
        if (script == UScript.HAN) {
            return HAN;
        }
        return script == UScript.LATIN && Character.isLetter(cp) ? LATIN_LETTER : OTHER;
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
