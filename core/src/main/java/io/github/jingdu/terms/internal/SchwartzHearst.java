package io.github.jingdu.terms.internal;

import io.github.jingdu.terms.Abbreviation;
import io.github.jingdu.terms.DefinitionPattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds abbreviations defined in English text with the algorithm of Schwartz and Hearst, "A
 * simple algorithm for identifying abbreviation definitions in biomedical text" (PSB 2003): a
 * bracketed short form, a window of words before it, and a right-to-left match of the short
 * form's characters in that window whose first character starts a word. Written from the paper,
 * with the additions listed in {@code docs/terms.md}.
 */
public final class SchwartzHearst {
    private static final int MAX_BRACKET = 300;
    private static final String QUOTES = "\"'“”‘’";

    private SchwartzHearst() {
    }

    /**
     * Finds the definitions in a text.
     *
     * @param text plain text, one or more sentences
     * @return the definitions in text order
     */
    public static List<Abbreviation> find(String text) {
        List<Abbreviation> found = new ArrayList<>();
        for (int open = 0; open < text.length(); open++) {
            char c = text.charAt(open);
            if (c != '(' && c != '[' && c != '（') {
                continue;
            }
            int close = Brackets.close(text, open, MAX_BRACKET);
            if (close < 0) {
                continue;
            }
            Abbreviation a = definition(text, open, close);
            if (a != null) {
                found.add(a);
            }
        }
        return found;
    }

    private static Abbreviation definition(String text, int open, int close) {
        int innerStart = WordBounds.skipSpace(text, open + 1, close);
        int innerEnd = WordBounds.trimEnd(text, innerStart, Brackets.firstClauseEnd(text, innerStart, close));
        if (innerEnd <= innerStart) {
            return null;
        }
        String inner = text.substring(innerStart, innerEnd);
        int windowStart = WordBounds.clauseStart(text, open);
        int windowEnd = WordBounds.trimEnd(text, windowStart, open);
        if (ShortForms.isInitial(inner)) {
            return innerEnd != WordBounds.trimEnd(text, innerStart, close) ? null : singleWord(text, inner, innerStart, windowStart, windowEnd);
        }
        if (ShortForms.isLetterAndNumber(inner)) {
            Abbreviation a = numbered(text, inner, innerStart, windowStart, windowEnd);
            if (a != null) {
                return a;
            }
        }
        if (ShortForms.isValid(inner)) {
            return longThenShort(text, inner, innerStart, windowStart, windowEnd);
        }
        Abbreviation inside = lastClause(text, innerStart, close, windowStart, windowEnd);
        return inside != null ? inside : shortThenLong(text, inner, innerStart, windowStart, windowEnd);
    }

    /**
     * The short form closing a bracket, after a comma or semicolon, defined by the clause before
     * it or by the words before the bracket: {@code (blood-brain barrier, BBB)},
     * {@code glutathione peroxidase (EC 1.11.1.9; GPx)}.
     */
    private static Abbreviation lastClause(String text, int innerStart, int close, int windowStart, int windowEnd) {
        int end = WordBounds.trimEnd(text, innerStart, close);
        int from = Brackets.lastClauseStart(text, innerStart, end);
        if (from <= innerStart) {
            return null;
        }
        int shortStart = WordBounds.skipSpace(text, from, end);
        String shortForm = text.substring(shortStart, end);
        if (!ShortForms.isValid(shortForm) || !ShortForms.hasUpperCase(shortForm)) {
            return null;
        }
        int clauseEnd = WordBounds.trimEnd(text, innerStart, from - 1);
        int clauseStart = Brackets.lastClauseStart(text, innerStart, clauseEnd);
        Abbreviation a = longThenShort(text, shortForm, shortStart, WordBounds.skipSpace(text, clauseStart, clauseEnd), clauseEnd);
        return a != null ? a : longThenShort(text, shortForm, shortStart, windowStart, windowEnd);
    }

    /** A short form with its long form in the bracket after it: {@code IL (interleukin)}. */
    private static Abbreviation shortThenLong(String text, String inner, int innerStart, int windowStart, int windowEnd) {
        int shortStart = WordBounds.wordStart(text, windowStart, windowEnd);
        if (shortStart >= windowEnd) {
            return null;
        }
        String shortForm = text.substring(shortStart, windowEnd);
        if (!ShortForms.isValid(shortForm) || ShortForms.upperCaseCount(shortForm) < 2) {
            return null;
        }
        int longStart = LongForms.matchInitials(shortForm, inner);
        if (longStart < 0) {
            longStart = LongForms.match(shortForm, inner);
        }
        if (longStart != 0 || !LongForms.acceptable(shortForm, inner)) {
            return null;
        }
        return new Abbreviation(shortForm, inner, shortStart, innerStart, DefinitionPattern.SHORT_THEN_LONG);
    }

    /** A one-letter short form stands for the one word before it: {@code testosterone (T)}. */
    private static Abbreviation singleWord(String text, String shortForm, int shortStart,
            int windowStart, int windowEnd) {
        int from = WordBounds.wordStart(text, windowStart, windowEnd);
        String word = text.substring(from, windowEnd);
        if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)
                || Character.toLowerCase(word.charAt(0)) != Character.toLowerCase(shortForm.charAt(0))) {
            return null;
        }
        return new Abbreviation(shortForm, word, shortStart, from, DefinitionPattern.LONG_THEN_SHORT);
    }

    /**
     * A capital and a number stand for the one word before them when a part of it starts with
     * that letter: {@code triiodothyronine (T3)}, {@code 17-beta-estradiol (E2)}.
     */
    private static Abbreviation numbered(String text, String shortForm, int shortStart, int windowStart,
            int windowEnd) {
        int from = WordBounds.wordStart(text, windowStart, windowEnd);
        String word = text.substring(from, windowEnd);
        char initial = Character.toLowerCase(shortForm.charAt(0));
        for (String part : word.split("-")) {
            if (part.length() >= 4 && Character.toLowerCase(part.charAt(0)) == initial
                    && part.chars().allMatch(Character::isLetter)) {
                return new Abbreviation(shortForm, word, shortStart, from, DefinitionPattern.LONG_THEN_SHORT);
            }
        }
        return null;
    }

    private static Abbreviation longThenShort(String text, String shortForm, int shortStart,
            int windowStart, int windowEnd) {
        int maxWords = Math.min(shortForm.length() + 5, shortForm.length() * 2);
        int from = WordBounds.startOfLastWords(text, windowStart, windowEnd, maxWords);
        if (from >= windowEnd) {
            return null;
        }
        String window = text.substring(from, windowEnd);
        int at = LongForms.matchInitials(shortForm, window);
        if (at < 0) {
            at = LongForms.match(shortForm, window);
            if (at >= 0 && !LongForms.plausibleCharacterMatch(window.substring(at))) {
                return null;
            }
        }
        if (at < 0) {
            return null;
        }
        at = LongForms.skipLeadingFunctionWords(window, at);
        while (at < window.length() && !Character.isLetterOrDigit(window.charAt(at))) {
            at++;
        }
        int end = window.length();
        while (end > at && QUOTES.indexOf(window.charAt(end - 1)) >= 0) {
            end--;
        }
        String longForm = window.substring(at, end);
        if (!LongForms.acceptable(shortForm, longForm)) {
            return null;
        }
        return new Abbreviation(shortForm, longForm, shortStart, from + at, DefinitionPattern.LONG_THEN_SHORT);
    }
}
