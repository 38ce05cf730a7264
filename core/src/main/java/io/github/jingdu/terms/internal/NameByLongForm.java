package io.github.jingdu.terms.internal;

import com.ibm.icu.util.ULocale;
import io.github.jingdu.align.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the Chinese name of an abbreviation begins, read against the English definition that the
 * document gives for the same short form, through a dictionary. Reading back from the bracket
 * finds where a run of Han characters begins, and a verb or a modifier written before a name
 * leaves no mark there ({@code 离开欧洲人权公约(ECHR)}); the English does: its sentence says
 * {@code to leave the European Convention on Human Rights (ECHR)}, so a leading word that
 * translates a word written before the long form ({@code 离开}, to leave) and none of the long
 * form stands before the name. A word the dictionary does not know, or knows without an English
 * word of the sentence, stays: dictionaries miss senses ({@code 通用} lacks "general" in
 * the CC-CEDICT that Jingdu ships) and a name cut short is worse than a word too many. So does a
 * country: Chinese names of national bodies begin with their country where the English writes
 * it before the name ({@code 沙特公共投资基金}, Saudi Arabia's Public Investment Fund).
 */
final class NameByLongForm {
    /** Countries' names in Chinese, from ICU's names of regions, and their first two characters ({@code 沙特}). */
    private static final Set<String> COUNTRIES = countries();

    private NameByLongForm() {
    }

    /**
     * Moves the beginning of a name past the leading words that translate the English before
     * its long form.
     *
     * @param text the text
     * @param start where the name was found to begin
     * @param end where it ends
     * @param definitions the English definitions of its short form
     * @param lexicon a dictionary; an empty one changes nothing
     * @return where the name begins
     */
    static int trim(String text, int start, int end, List<NameHints.EnglishDefinition> definitions, Lexicon lexicon) {
        List<int[]> words = ChineseNameStart.words(text, start, end);
        int i = 0;
        // The name keeps two characters at least, as ChineseNameStart gives none shorter.
        while (i < words.size() - 1 && end - words.get(i + 1)[0] >= 2
                && standsBefore(text.substring(words.get(i)[0], words.get(i)[1]), definitions, lexicon)) {
            i++;
        }
        return words.isEmpty() ? start : words.get(i)[0];
    }

    private static boolean standsBefore(String word, List<NameHints.EnglishDefinition> definitions, Lexicon lexicon) {
        if (COUNTRIES.contains(word)) {
            return false;
        }
        boolean before = false;
        for (NameHints.EnglishDefinition d : definitions) {
            if (lexicon.translatesSomeWordOf(word, d.longForm())) {
                return false;
            }
            before |= lexicon.translatesSomeWordOf(word, d.before());
        }
        return before;
    }

    private static Set<String> countries() {
        Set<String> names = new HashSet<>();
        for (String region : ULocale.getISOCountries()) {
            String name = new ULocale("", region).getDisplayCountry(ULocale.SIMPLIFIED_CHINESE);
            names.add(name);
            names.add(name.substring(0, Math.min(2, name.length())));
        }
        return Set.copyOf(names);
    }
}
