package io.github.jingdu.align.internal;

import io.github.jingdu.text.internal.Pinyin;
import io.github.jingdu.align.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Computes the {@link SentenceFeatures} of sentences in English or Chinese. Remembers the words
 * it has seen, so one extractor serves one document, on one thread.
 */
public final class FeatureExtractor {
    private static final Set<String> COMMON_PINYIN_WORDS = Set.of("he", "she", "you", "me", "an", "a", "e", "o", "ha", "die", "long", "can", "ran",
            "man", "men", "pan", "fan", "tan", "bang", "hang", "sang", "gang", "change",
            "hen", "ban", "bin", "pin", "tin", "din", "den", "ten", "wan", "cheng", "nan",
            "ming", "ling", "sun", "gun", "run", "shun", "zen", "lie", "tie", "pie", "mine",
            "line", "wen", "guide", "chin", "hun", "mao", "cao", "bao", "sou", "dou", "yang",
            "dian", "diane", "lane", "gene", "rene", "neo", "leo", "bei", "ai", "ye", "yes",
            "her", "hanging", "mane", "dang", "than", "then", "pen", "open", "name", "same",
            "came", "game", "gone", "done", "none", "one", "tune");

    /** Longer dictionary entries are phrases and idioms a translation seldom keeps whole. */
    private static final int MAX_WORD = 8;
    private final List<LexiconIndex> lexicon;
    private final Map<String, EnglishWord> englishWords = new HashMap<>();

    /**
     * What the features need of an English word, worked out once per spelling: a document
     * repeats most of its words.
     *
     * @param stem its stem, or null for a stop word
     * @param spelled for a capitalised word, its lower-case letters without joiners; else null
     * @param syllables how many pinyin syllables spell it, 0 when none do
     */
    private record EnglishWord(String stem, String spelled, int syllables) {
        static EnglishWord of(String w) {
            String stem = Words.isStopWord(w) ? null : Words.stem(w);
            String spelled = null;
            int syllables = 0;
            if (Character.isUpperCase(w.charAt(0))) {
                spelled = withoutJoiners(w.toLowerCase(Locale.ROOT));
                syllables = spelled.chars().allMatch(c -> c >= 'a' && c <= 'z') ? Pinyin.syllableCount(spelled) : 0;
            }
            return new EnglishWord(stem, spelled, syllables);
        }
    }

    /**
     * @param lexicon Chinese–English word pairs to look for, in the layers of a lexicon
     */
    public FeatureExtractor(List<LexiconIndex> lexicon) {
        this.lexicon = List.copyOf(lexicon);
    }

    /**
     * @param sentence one sentence
     * @param language its language
     * @return its features
     */
    public SentenceFeatures of(String sentence, Language language) {
        return language == Language.CHINESE ? chinese(sentence) : english(sentence);
    }

    private SentenceFeatures english(String s) {
        List<String> words = Words.split(s);
        Set<String> stems = new HashSet<>();
        List<String> names = new ArrayList<>();
        List<Long> numbers = Words.englishNumbers(words);
        for (int i = 0; i < words.size(); i++) {
            EnglishWord w = englishWords.computeIfAbsent(words.get(i), EnglishWord::of);
            if (w.stem() != null) {
                stems.add(w.stem());
            }
            String spelled = w.spelled();
            if (spelled != null) {
                boolean plausible = w.syllables() >= 2 || w.syllables() == 1 && spelled.length() >= 3 && i > 0;
                if (plausible && !COMMON_PINYIN_WORDS.contains(spelled) && !names.contains(spelled)) {
                    names.add(spelled);
                }
            }
        }
        return new SentenceFeatures(length(s), distinct(numbers), stems, punctuation(s, false),
                "", new int[0], names, List.of(), known(stems), new int[0]);
    }

    /** The word without hyphens and apostrophes: {@code xi'an} spells {@code xian}. */
    private static String withoutJoiners(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '-' && c != '\'' && c != '’') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private SentenceFeatures chinese(String s) {
        Set<String> latin = new HashSet<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c < 0x80 && Character.isLetter(c)) {
                run.append(c);
            } else {
                if (run.length() > 1) {
                    latin.add(Words.stem(run.toString()));
                }
                run.setLength(0);
            }
        }
        List<Set<String>> lexical = lexical(s);
        Set<String> union = new HashSet<>();
        lexical.forEach(union::addAll);
        return new SentenceFeatures(length(s), distinct(Words.chineseNumbers(s)), latin, punctuation(s, true),
                Pinyin.spell(s), Pinyin.syllableStarts(s), List.of(), lexical, union, bigrams(s));
    }

    private Set<String> known(Set<String> words) {
        if (lexicon.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (String stem : words) {
            for (LexiconIndex layer : lexicon) {
                if (layer.translates(stem)) {
                    out.add(stem);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Every lexicon word of a Chinese sentence, overlapping ones included: greedy segmentation
     * would hide the word a translation used behind a longer one.
     */
    private List<Set<String>> lexical(String s) {
        if (lexicon.isEmpty()) {
            return List.of();
        }
        List<Set<String>> found = new ArrayList<>();
        int layers = lexicon.size();
        int[] longest = new int[layers];
        int[][] entries = new int[layers][MAX_WORD + 1];
        for (int i = 0; i + 2 <= s.length(); i++) {
            int most = 0;
            for (int k = 0; k < layers; k++) {
                longest[k] = Math.min(Math.min(MAX_WORD, lexicon.get(k).longestFrom(s, i)), s.length() - i);
                most = Math.max(most, longest[k]);
                lexicon.get(k).findFrom(s, i, longest[k], entries[k]);
            }
            // Longest first, and the layers in order, as the evidence lists them.
            for (int len = most; len >= 2; len--) {
                Set<String> word = null;
                for (int k = 0; k < layers; k++) {
                    int e = len <= longest[k] ? entries[k][len] : -1;
                    if (e >= 0) {
                        Set<String> more = lexicon.get(k).stems(e);
                        word = word == null ? more : union(word, more);
                    }
                }
                if (word != null) {
                    found.add(word);
                }
            }
        }
        return found;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    private static int[] bigrams(String s) {
        int[] hashes = new int[Math.max(s.length() - 1, 0)];
        int n = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            if (Character.isIdeographic(s.charAt(i)) && Character.isIdeographic(s.charAt(i + 1))) {
                hashes[n++] = s.charAt(i) * 65_599 + s.charAt(i + 1);
            }
        }
        Arrays.sort(hashes, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    private static int length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static int punctuation(String s, boolean chinese) {
        int flags = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '?' || c == '？') {
                flags |= SentenceFeatures.QUESTION;
            } else if (c == '!' || c == '！') {
                flags |= SentenceFeatures.EXCLAMATION;
            } else if (c == '“' || c == '”' || c == '"' || c == '「' || c == '」' || c == '『' || c == '』'
                    || c == '‘' && !chinese || isQuoteApostrophe(s, i)) {
                flags |= SentenceFeatures.QUOTE;
            } else if (c == '…' || s.startsWith("...", i)) {
                flags |= SentenceFeatures.ELLIPSIS;
            }
        }
        return flags;
    }

    private static boolean isQuoteApostrophe(String s, int i) {
        char c = s.charAt(i);
        if (c != '\'' && c != '’') {
            return false;
        }
        boolean letterBefore = i > 0 && Character.isLetter(s.charAt(i - 1));
        boolean letterAfter = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
        return !(letterBefore && letterAfter) && !(letterBefore && i + 1 < s.length() && s.charAt(i - 1) == 's');
    }

    private static long[] distinct(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).distinct().toArray();
    }
}
