package io.github.jingdu.terms.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms under which two English words count as the same: case, British and American
 * spelling ({@code materialise}, {@code materialize}), and regular inflection ({@code dials},
 * {@code dial}; {@code planned}, {@code plan}; {@code studies}, {@code study}).
 */
public final class WordForms {
    private static final int MIN_STEM = 3;
    /**
     * British endings and their American replacements, applied in order. Each lists the literal
     * endings its pattern can match, so that the pattern only runs on words that end in one.
     */
    private static final List<Respelling> RESPELLINGS = List.of(
            new Respelling("isation(s?)$", "ization$1", "isation", "isations"),
            new Respelling("(?<=.{3})is(e|es|ed|ing|er|ers)$", "iz$1", "ise", "ises", "ised", "ising", "iser", "isers"),
            new Respelling("ys(e|es|ed|ing)$", "yz$1", "yse", "yses", "ysed", "ysing"),
            new Respelling("(?<=.{2})our(s|ed|ing|ful|ite)?$", "or$1", "our", "ours", "oured", "ouring", "ourful",
                    "ourite"),
            new Respelling("(?<=.{2}[^aeiou])tre(s?)$", "ter$1", "tre", "tres"),
            new Respelling("(?<=.{2}[aeiou])ll(ed|ing|er)$", "l$1", "lled", "lling", "ller"),
            new Respelling("ogue(s?)$", "og$1", "ogue", "ogues"));

    private record Respelling(Pattern ending, String replacement, List<String> literalEndings) {
        Respelling(String ending, String replacement, String... literalEndings) {
            this(Pattern.compile(ending), replacement, List.of(literalEndings));
        }

        String apply(String word) {
            for (String e : literalEndings) {
                if (word.endsWith(e)) {
                    return ending.matcher(word).replaceAll(replacement);
                }
            }
            return word;
        }
    }

    private WordForms() {
    }

    /**
     * Returns the keys of a word: its spelling-normalised form and the stems it may come from.
     *
     * @param word one word, letters and digits
     * @return keys; two words match when their keys intersect
     */
    public static Set<String> keys(String word) {
        String w = american(normalised(word));
        Set<String> keys = new HashSet<>();
        keys.add(w);
        String lemma = IrregularVerbs.lemma(w);
        if (lemma != null) {
            keys.add(lemma);
        }
        if (w.endsWith("'s")) {
            keys.add(w.substring(0, w.length() - 2));
        }
        strip(keys, w, "s", "");
        strip(keys, w, "es", "");
        strip(keys, w, "ies", "y");
        strip(keys, w, "ied", "y");
        strip(keys, w, "ed", "");
        strip(keys, w, "ed", "e");
        strip(keys, w, "d", "");
        strip(keys, w, "ing", "");
        strip(keys, w, "ing", "e");
        strip(keys, w, "er", "");
        strip(keys, w, "est", "");
        for (String suffix : new String[] {"ed", "ing", "er", "est"}) {
            if (w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                int n = stem.length();
                if (n > MIN_STEM && stem.charAt(n - 1) == stem.charAt(n - 2) && !isVowel(stem.charAt(n - 1))) {
                    keys.add(stem.substring(0, n - 1));
                }
            }
        }
        return keys;
    }

    /**
     * Returns the two characters every key of a word begins with, so that comparing words can
     * start with their beginnings: a respelling or a suffix changes the end of a word only. Not
     * for words whose keys may begin otherwise: words of fewer than four characters (a key may
     * be shorter than two), irregular verb forms ({@code took} → {@code take}) and words that
     * begin with a respelled ending ({@code ys}, {@code is}).
     *
     * @param word one word, letters and digits
     * @return the beginning of all its {@link #keys}, or null when they may begin otherwise
     */
    public static String prefix(String word) {
        String w = normalised(word);
        if (w.length() < 4 || w.startsWith("is") || w.startsWith("ys") || IrregularVerbs.lemma(w) != null) {
            return null;
        }
        return w.substring(0, 2);
    }

    /**
     * The beginning {@link #prefix} compares: a key's first two characters, or the key itself
     * when shorter.
     *
     * @param key a key
     * @return its beginning
     */
    public static String beginning(String key) {
        return key.length() <= 2 ? key : key.substring(0, 2);
    }

    /** Lower case, with the typographic apostrophe as the straight one. */
    private static String normalised(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static void strip(Set<String> keys, String w, String suffix, String replacement) {
        if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_STEM) {
            keys.add(w.substring(0, w.length() - suffix.length()) + replacement);
        }
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /**
     * Rewrites British spellings in their American form ({@code -ise}, {@code -isation},
     * {@code -our}, {@code -tre}, {@code -lled}, {@code -ogue}); applied to both sides of a
     * comparison, so a rule that misfires on a word misfires alike on both.
     *
     * @param w a word in lower case
     * @return the word with American endings
     */
    public static String american(String w) {
        String s = w;
        for (Respelling r : RESPELLINGS) {
            s = r.apply(s);
        }
        return s;
    }
}
