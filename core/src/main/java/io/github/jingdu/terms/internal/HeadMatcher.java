package io.github.jingdu.terms.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a vocabulary head in an English sentence, word by word: each word under its
 * {@link WordForms} keys, hyphens and spaces alike ({@code reverse-engineer}, {@code reverse
 * engineer}), slot words ({@code sth}, {@code sb}) standing for one to four words of the
 * sentence ({@code take sth into account}), any possessive for {@code one's} or {@code its}, and
 * up to two words of the text between two of the head's ({@code wield more influence}).
 */
public final class HeadMatcher {
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
     * A word and where it stands, with its {@link WordForms} keys worked out once.
     *
     * @param text the word
     * @param start first offset
     * @param end offset just past it
     * @param forms its forms, shared by every occurrence of the same spelling
     */
    public record Word(String text, int start, int end, Forms forms) {
        /** @return the word's {@link WordForms} keys */
        public Set<String> keys() {
            return forms.keys();
        }
    }

    /**
     * The forms of one spelling of a word: the beginning all its keys share, and the keys
     * themselves, worked out only when a comparison needs them. For one thread.
     */
    public static final class Forms {
        private final String word;
        private final String prefix;
        private Set<String> keys;

        Forms(String word) {
            this.word = word;
            this.prefix = WordForms.prefix(word);
        }

        /** @return its {@link WordForms#keys} */
        public Set<String> keys() {
            if (keys == null) {
                keys = WordForms.keys(word);
            }
            return keys;
        }

        /**
         * Whether any key may meet keys with these beginnings: false only when all of this
         * word's keys begin otherwise.
         *
         * @param beginnings {@link WordForms#beginning}s of keys
         * @return false when no key can be among those keys
         */
        public boolean mayMeet(Set<String> beginnings) {
            return prefix == null || beginnings.contains(prefix);
        }
    }

    /** A token of a head: what it must match in a sentence. */
    private record Token(String text, boolean slot, boolean possessive, Set<String> keys, Set<String> beginnings) {
        static Token of(String text) {
            String t = text.toLowerCase(Locale.ROOT);
            boolean possessive = POSSESSIVE_SLOTS.contains(t) || POSSESSIVES.contains(t);
            boolean slot = SLOTS.contains(t);
            Set<String> keys = slot || possessive ? Set.of() : WordForms.keys(text);
            return new Token(text, slot, possessive, keys, beginningsOf(keys));
        }

        boolean matches(Word word) {
            if (possessive) {
                String w = word.text();
                return POSSESSIVES.contains(w.toLowerCase(Locale.ROOT)) || w.endsWith("'s") || w.endsWith("’s");
            }
            return word.forms().mayMeet(beginnings) && meet(keys, word.keys());
        }
    }

    private static Set<String> beginningsOf(Set<String> keys) {
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            out.add(WordForms.beginning(k));
        }
        return out;
    }

    /**
     * A head split into tokens once, to be looked for in many sentences.
     */
    public static final class Head {
        private final List<Token> tokens;

        private Head(List<Token> tokens) {
            this.tokens = tokens;
        }

        /**
         * @return the {@link WordForms#beginning}s of its tokens' keys: a word whose forms cannot
         *     meet them ({@link Forms#mayMeet}) matches none of its tokens but slots and possessives
         */
        public Set<String> beginnings() {
            Set<String> out = new HashSet<>();
            tokens.forEach(t -> out.addAll(t.beginnings()));
            return out;
        }

        /**
         * Finds the head in a sentence.
         *
         * @param sentence the sentence's words
         * @return the first and last matched word's indices, or null
         */
        public int[] findIn(List<Word> sentence) {
            if (tokens.isEmpty() || tokens.get(0).slot()) {
                return null;
            }
            for (int i = 0; i < sentence.size(); i++) {
                int end = match(0, sentence, i);
                if (end > 0) {
                    return new int[] {i, end - 1};
                }
            }
            return null;
        }

        /** Matches tokens[p..] at sentence[s..]; returns the index past the last matched word, or -1. */
        private int match(int p, List<Word> sentence, int s) {
            if (p == tokens.size()) {
                return s;
            }
            Token token = tokens.get(p);
            if (token.slot()) {
                for (int n = 1; n <= MAX_SLOT && s + n <= sentence.size(); n++) {
                    int end = match(p + 1, sentence, s + n);
                    if (end > 0) {
                        return end;
                    }
                }
                return -1;
            }
            int gap = p == 0 ? 0 : MAX_GAP;
            for (int k = s; k <= s + gap && k < sentence.size(); k++) {
                if (token.matches(sentence.get(k))) {
                    int end = match(p + 1, sentence, k + 1);
                    if (end > 0) {
                        return end;
                    }
                }
            }
            return -1;
        }
    }

    private HeadMatcher() {
    }

    /**
     * Splits a text into words: runs of letters and numbers of any script, each with an apostrophe
     * and the letters after it ({@code don't}, {@code Xi’an}) — the words of the pattern
     * {@code [\p{L}\p{N}]+(?:['’]\p{L}+)?}.
     *
     * @param text English text
     * @return its words in order
     */
    public static List<Word> words(String text) {
        return words(text, new HashMap<>());
    }

    /**
     * Splits a text into words, taking the forms of words already seen from a cache: a document
     * repeats most of its words, and working out keys is most of the cost.
     *
     * @param text English text
     * @param formsCache forms by spelling, filled as words are met; for one thread
     * @return its words in order
     */
    public static List<Word> words(String text, Map<String, Forms> formsCache) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isLetterOrNumber(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isLetterOrNumber(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            if (i < n && (text.charAt(i) == '\'' || text.charAt(i) == '’')) {
                int j = i + 1;
                while (j < n && Character.isLetter(cp = text.codePointAt(j))) {
                    j += Character.charCount(cp);
                }
                if (j > i + 1) {
                    i = j;
                }
            }
            String w = text.substring(start, i);
            out.add(new Word(w, start, i, formsCache.computeIfAbsent(w, Forms::new)));
        }
        return out;
    }

    /** Letters and numbers of any script, as {@code \p{L}} and {@code \p{N}}. */
    private static boolean isLetterOrNumber(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp >= '0' && cp <= '9';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * Prepares a head to be found in sentences.
     *
     * @param head the vocabulary head
     * @return the head's tokens, with their keys
     */
    public static Head head(String head) {
        return new Head(tokens(head).stream().map(Token::of).toList());
    }

    /**
     * Splits a head into the tokens {@link Head#findIn} matches one by one.
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
     * Whether every sentence in which {@link Head#findIn} finds the head contains a word with one
     * of these keys, so that an index of keys can rule sentences out: true for a token that is
     * neither a slot nor a possessive.
     *
     * @param token a token of a head
     * @return whether the token must be matched by a word under its {@link WordForms} keys
     */
    public static boolean isLiteral(String token) {
        Token t = Token.of(token);
        return !t.slot() && !t.possessive();
    }

    /**
     * Whether two words are forms of one word.
     *
     * @param a a word
     * @param b another
     * @return true when their {@link WordForms} keys meet
     */
    public static boolean sameWord(Word a, Word b) {
        String p = a.forms().prefix;
        String q = b.forms().prefix;
        return (p == null || q == null || p.equals(q)) && meet(a.keys(), b.keys());
    }

    private static boolean meet(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String k : small) {
            if (large.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
