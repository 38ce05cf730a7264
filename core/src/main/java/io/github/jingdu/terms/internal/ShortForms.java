package io.github.jingdu.terms.internal;

import java.util.Set;
import java.util.regex.Pattern;

/** What may be a short form: the tests of Schwartz and Hearst, and what they let through. */
final class ShortForms {
    /** The longest short form, in characters. */
    static final int MAX_LENGTH = 10;
    private static final Set<String> CUES = Set.of("e.g.", "i.e.", "ie", "eg", "that is", "see", "vs",
            "cf.", "etc", "et al.", "and", "or", "also", "i.e", "e.g");
    /** A measurement or a statistic rather than a name: {@code 0.1 mm}, {@code p<0.01}. */
    private static final Pattern QUANTITY = Pattern.compile("[<>=±≤≥]|^\\d[\\d.,]*\\s");

    private ShortForms() {
    }

    /**
     * Two to ten characters in at most two words, starting with a letter or digit and holding at
     * least one letter; not a cue such as {@code e.g.}, and not a quantity.
     */
    static boolean isValid(String s) {
        if (s.length() < 2 || s.length() > MAX_LENGTH || WordBounds.count(s) > 2
                || !Character.isLetterOrDigit(s.charAt(0)) || CUES.contains(s)
                || QUANTITY.matcher(s).find() || isLowerCaseWord(s)) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A word in lower case, such as {@code apathy}: an aside, not a short form. */
    private static boolean isLowerCaseWord(String s) {
        return s.length() >= 5 && s.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** A single capital letter, such as {@code T} for testosterone: valid only with one word. */
    static boolean isInitial(String s) {
        return s.length() == 1 && Character.isUpperCase(s.charAt(0));
    }

    /** A capital and a number, such as {@code T3} or {@code E2}. */
    static boolean isLetterAndNumber(String s) {
        return s.length() >= 2 && Character.isUpperCase(s.charAt(0))
                && s.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    static boolean hasUpperCase(String s) {
        return upperCaseCount(s) > 0;
    }

    static int upperCaseCount(String s) {
        return (int) s.chars().filter(Character::isUpperCase).count();
    }
}
