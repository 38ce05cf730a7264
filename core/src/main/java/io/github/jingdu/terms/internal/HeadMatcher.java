package io.github.jingdu.terms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a vocabulary head in an English sentence, word by word: each word under its
 * {@link WordForms} keys, hyphens and spaces alike ({@code reverse-engineer}, {@code reverse
 * engineer}), slot words ({@code sth}, {@code sb}) standing for one to four words of the
 * sentence ({@code take sth into account}), any possessive for {@code one's} or {@code its}, and
 * up to two words of the text between two of the head's ({@code wield more influence}).
 */
public final class HeadMatcher {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Set<String> SLOTS = Set.of("sth", "sb", "something", "someone", "somebody", "sth.", "sb.",
            "oneself", "xxx", "...", "…");
    private static final Set<String> POSSESSIVE_SLOTS = Set.of("one's", "one’s", "sb's", "sb’s", "someone's",
            "someone’s");
    private static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "its", "our", "their", "one's",
            "one’s");
    private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[\\s\\-–—/]+");
    private static final Pattern TOKEN_EDGES = Pattern.compile("^[^\\p{L}\\p{N}.…]+|[^\\p{L}\\p{N}'’.…]+$");
    private static final int MAX_SLOT = 4;
    /** Words a phrase may have in the text between two of its own: {@code wield (more) influence}. */
    private static final int MAX_GAP = 2;

    /**
     * A word and where it stands.
     *
     * @param text the word
     * @param start first offset
     * @param end offset just past it
     */
    public record Word(String text, int start, int end) {
    }

    private HeadMatcher() {
    }

    /**
     * Splits a text into words.
     *
     * @param text English text
     * @return its words in order
     */
    public static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Word(m.group(), m.start(), m.end()));
        }
        return out;
    }

    /**
     * Finds the head in a sentence.
     *
     * @param head the vocabulary head
     * @param sentence the sentence's words
     * @return the first and last matched word's indices, or null
     */
    public static int[] find(String head, List<Word> sentence) {
        List<String> pattern = tokens(head);
        if (pattern.isEmpty() || isSlot(pattern.get(0))) {
            return null;
        }
        for (int i = 0; i < sentence.size(); i++) {
            int end = match(pattern, 0, sentence, i);
            if (end > 0) {
                return new int[] {i, end - 1};
            }
        }
        return null;
    }

    /**
     * Splits a head into the tokens {@link #find} matches one by one.
     *
     * @param head a vocabulary head
     * @return its words without surrounding punctuation, slots included
     */
    public static List<String> tokens(String head) {
        List<String> tokens = new ArrayList<>();
        for (String token : TOKEN_SEPARATOR.split(head)) {
            String t = TOKEN_EDGES.matcher(token).replaceAll("");
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    /**
     * Whether every sentence in which {@link #find} finds the head contains a word with one of
     * these keys, so that an index of keys can rule sentences out: true for a token that is
     * neither a slot nor a possessive.
     *
     * @param token a token of a head
     * @return whether the token must be matched by a word under its {@link WordForms} keys
     */
    public static boolean isLiteral(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return !isSlot(t) && !POSSESSIVE_SLOTS.contains(t) && !POSSESSIVES.contains(t);
    }

    /** Matches pattern[p..] at sentence[s..]; returns the index past the last matched word, or -1. */
    private static int match(List<String> pattern, int p, List<Word> sentence, int s) {
        if (p == pattern.size()) {
            return s;
        }
        String token = pattern.get(p);
        if (isSlot(token)) {
            for (int n = 1; n <= MAX_SLOT && s + n <= sentence.size(); n++) {
                int end = match(pattern, p + 1, sentence, s + n);
                if (end > 0) {
                    return end;
                }
            }
            return -1;
        }
        if (s >= sentence.size()) {
            return -1;
        }
        int gap = p == 0 ? 0 : MAX_GAP;
        for (int k = s; k <= s + gap && k < sentence.size(); k++) {
            if (matchesWord(token, sentence.get(k).text())) {
                int end = match(pattern, p + 1, sentence, k + 1);
                if (end > 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    private static boolean matchesWord(String token, String word) {
        String t = token.toLowerCase(Locale.ROOT);
        if (POSSESSIVE_SLOTS.contains(t) || POSSESSIVES.contains(t)) {
            return POSSESSIVES.contains(word.toLowerCase(Locale.ROOT)) || word.endsWith("'s") || word.endsWith("’s");
        }
        return sameWord(token, word);
    }

    private static boolean isSlot(String token) {
        return SLOTS.contains(token.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether two words are forms of one word.
     *
     * @param a a word
     * @param b another
     * @return true when their {@link WordForms} keys meet
     */
    public static boolean sameWord(String a, String b) {
        Set<String> keys = WordForms.keys(a);
        for (String k : WordForms.keys(b)) {
            if (keys.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
