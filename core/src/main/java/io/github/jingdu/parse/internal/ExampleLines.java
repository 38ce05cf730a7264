package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.model.Example;
import io.github.jingdu.model.SourceSpan;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the example lines written after a vocabulary entry, outside any quote:
 * {@code We stigmatize mistakes. 我们谴责错误。}, {@code you guys are hypocrites你们都是伪君子},
 * {@code 例句：The ref called a foul.（裁判吹了犯规。）}, {@code - She is *as busy as a bee*.她很忙。}.
 *
 * <p>A line is an example when it is labelled as one, when its English is a sentence (it ends in
 * a full stop, a question or an exclamation mark, or is long), or when it uses the entry's
 * headword in a longer phrase. A short phrase with a meaning ({@code vested interest: 既得利益}
 * after {@code vested：既定的}) is an entry of its own.
 */
final class ExampleLines {
    private static final Pattern LABEL = Pattern.compile(
            "^(?:\\*\\*)?(?:例句|例子|示例|例如|举例|Example|Examples|e\\.g\\.)(?:\\*\\*)?\\s*[：:]?\\s*(?:\\*\\*)?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-+*]|\\d{1,3}[.)])[ \\t]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"”’')）*]*$");
    /** Words that carry no meaning of their own in a headword ({@code one's}, {@code sth}). */
    private static final Set<String> FILLERS = Set.of("a", "an", "the", "to", "of", "one's", "sb", "sth",
            "someone", "something", "be", "is", "in", "on", "at", "for", "and", "or", "with");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}'’-]+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}'’-]+");
    private static final int LONG_WORDS = 8;
    private static final int LONGER_BY = 2;
    private static final int SENTENCE_WORDS = 3;
    private static final int CLAUSE_WORDS = 4;

    private ExampleLines() {
    }

    /**
     * Whether a line carries an example label such as {@code 例句：}.
     *
     * @param content a line's content
     * @return true for a labelled example with text after the label
     */
    static boolean labelled(String content) {
        String s = unlisted(Scripts.strip(content));
        int at = s.startsWith("**") ? 2 : 0;
        char c = at < s.length() ? s.charAt(at) : 0;
        if (c != '例' && c != '示' && c != '举' && c != 'E' && c != 'e') {
            return false;
        }
        Matcher m = LABEL.matcher(s);
        return m.find() && m.end() < s.length() && (m.end() > 0 && Scripts.hasLatin(s.substring(m.end())));
    }

    /**
     * Whether a line after an entry is an example of it rather than an entry of its own.
     *
     * @param content the line's content
     * @param english the line's English part, as a head would be read from it
     * @param headword the headword of the entry above, or null when there is none
     * @return true for an example
     */
    static boolean isExample(String content, String english, String headword) {
        if (labelled(content)) {
            return true;
        }
        String e = english.strip();
        int words = words(e);
        if (words == 0) {
            return false;
        }
        if (words >= LONG_WORDS || words >= SENTENCE_WORDS && SENTENCE_END.matcher(e).find()) {
            return true;
        }
        return headword != null && usesInLongerPhrase(e, headword);
    }

    /**
     * Whether English uses a headword in a phrase at least two words longer than it.
     *
     * @param english the English part of a line
     * @param headword the headword of the entry above
     * @return true when it does
     */
    static boolean usesInLongerPhrase(String english, String headword) {
        return words(english) >= words(headword) + LONGER_BY && uses(english, headword);
    }

    /**
     * Whether a line's English reads as a sentence: it ends like one or is long.
     *
     * @param english the English part of a line
     * @return true for a sentence
     */
    static boolean isSentence(String english) {
        String e = english.strip();
        int words = words(e);
        return words >= LONG_WORDS || words >= SENTENCE_WORDS && SENTENCE_END.matcher(e).find();
    }

    /**
     * Whether English reads as a clause that starts a sentence: a capital letter, four words or
     * more, and not the headword itself written with a capital ({@code Mel Gibson did the sequel}
     * after {@code sequel}; not {@code Climate change policy} after {@code climate change}).
     *
     * @param english the English part of a line
     * @param headword the headword of the entry above
     * @return true for a clause
     */
    static boolean isClause(String english, String headword) {
        String e = english.strip();
        if (e.isEmpty() || !Character.isUpperCase(e.charAt(0)) || words(e) < CLAUSE_WORDS) {
            return false;
        }
        String first = NOT_A_LETTER.split(e, 2)[0];
        String head = NOT_A_LETTER.split(headword.strip(), 2)[0];
        return !first.equalsIgnoreCase(head);
    }

    /**
     * Splits an example line into its English and its Chinese.
     *
     * @param content the line's content
     * @param markdown the line or lines as written
     * @param span where they are
     * @return the example
     */
    static Example read(String content, String markdown, SourceSpan span) {
        String s = unlisted(Scripts.strip(content));
        Matcher m = LABEL.matcher(s);
        if (m.find()) {
            s = s.substring(m.end());
        }
        s = s.replace("**", "").replace("*", "");
        int han = Scripts.firstHan(s);
        String english = (han < 0 ? s : s.substring(0, han)).strip();
        String chinese = han < 0 ? "" : Scripts.strip(s.substring(han));
        if (english.endsWith("(") || english.endsWith("（")) {
            english = english.substring(0, english.length() - 1);
            if (chinese.endsWith(")") || chinese.endsWith("）")) {
                chinese = chinese.substring(0, chinese.length() - 1).strip();
            }
        }
        english = trimSeparators(english);
        return new Example(english, chinese, markdown, span);
    }

    /** The English part of a line: what comes before its first Chinese character. */
    static String english(String content) {
        String s = unlisted(Scripts.strip(content));
        Matcher m = LABEL.matcher(s);
        if (m.find()) {
            s = s.substring(m.end());
        }
        int han = Scripts.firstHan(s);
        return trimSeparators((han < 0 ? s : s.substring(0, han)).replace("**", "").replace("*", ""));
    }

    /** Whether a line starts like an English example: a letter, a quote mark or emphasis, after a list marker. */
    static boolean startsEnglish(String content) {
        String s = unlisted(Scripts.strip(content));
        int i = 0;
        while (i < s.length() && "*\"“‘'(（_".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i < s.length() && s.charAt(i) < 0x250 && Character.isLetter(s.charAt(i));
    }

    /** Removes one bracket at either end of a translation: {@code （中文）}. */
    static String unbracketed(String chinese) {
        String s = chinese;
        if (s.startsWith("（") || s.startsWith("(")) {
            s = s.substring(1);
        }
        if (s.endsWith("）") || s.endsWith(")")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Removes a list marker at the start. */
    static String unlisted(String s) {
        if (s.isEmpty() || "-+*0123456789".indexOf(s.charAt(0)) < 0) {
            return s;
        }
        Matcher m = LIST_MARKER.matcher(s);
        return m.find() ? s.substring(m.end()) : s;
    }

    private static String trimSeparators(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "：:—–-=|".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '\'' || s.charAt(i) == '’';
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    /**
     * Whether a phrase uses a headword: each of its meaningful words begins a word of the phrase
     * (so that {@code engulf} is used in {@code is engulfed in}, {@code writhe} in {@code writhing}).
     */
    static boolean uses(String phrase, String headword) {
        String[] have = NOT_A_WORD.split(phrase.toLowerCase(Locale.ROOT));
        boolean any = false;
        for (String w : NOT_A_WORD.split(headword.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty() || FILLERS.contains(w)) {
                continue;
            }
            any = true;
            String stem = w.length() <= 4 ? w : w.substring(0, Math.max(4, w.length() - 2));
            boolean found = false;
            for (String h : have) {
                if (h.startsWith(stem)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return any;
    }

}
