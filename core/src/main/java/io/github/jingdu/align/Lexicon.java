package io.github.jingdu.align;

import io.github.jingdu.align.internal.Words;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chinese words and the English words that translate them: lexical evidence for the
 * {@link Aligner}. Build one from a document's vocabulary entries, from a dictionary in
 * CC-CEDICT's text format, or both.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.parseCedict(Files.readString(Path.of("cedict_ts.u8")))
 *         .merge(Lexicon.builder().add("转盘", "dial").build());
 * }</pre>
 *
 * <p>A lexicon is immutable. English words are kept as stems, without stop words.
 */
public final class Lexicon {
    private static final Lexicon EMPTY = new Lexicon(Map.of());

    private final Map<String, Set<String>> entries;
    private final int longest;
    private final Set<String> english;
    /** The first two characters of each word of two or more, as {@code c0 << 16 | c1}, sorted. */
    private final int[] openings;

    private Lexicon(Map<String, Set<String>> entries) {
        this.entries = entries;
        this.longest = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
        Set<String> all = new HashSet<>();
        entries.values().forEach(all::addAll);
        this.english = all;
        this.openings = entries.keySet().stream().filter(w -> w.length() >= 2).mapToInt(w -> opening(w, 0))
                .distinct().sorted().toArray();
    }

    /**
     * Returns the lexicon with no entries.
     *
     * @return an empty lexicon
     */
    public static Lexicon empty() {
        return EMPTY;
    }

    /**
     * Starts a lexicon built entry by entry.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a dictionary in CC-CEDICT's format: {@code 傳統 简体 [pin1 yin1] /sense/sense/}, one
     * entry a line, {@code #} comments. Both the traditional and the simplified form become
     * entries. Lines that do not fit the format are skipped.
     *
     * @param text the dictionary file's content
     * @return the lexicon
     */
    public static Lexicon parseCedict(String text) {
        Builder b = builder();
        for (String line : text.split("\r?\n")) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int space1 = line.indexOf(' ');
            int space2 = space1 < 0 ? -1 : line.indexOf(' ', space1 + 1);
            int slash = line.indexOf('/');
            if (space2 < 0 || slash < 0) {
                continue;
            }
            String traditional = line.substring(0, space1);
            String simplified = line.substring(space1 + 1, space2);
            for (String sense : line.substring(slash + 1).split("/")) {
                if (sense.startsWith("CL:") || sense.startsWith("see ") || sense.startsWith("variant of")) {
                    continue;
                }
                String english = sense.replaceAll("\\([^)]*\\)", " ");
                b.add(simplified, english);
                if (!traditional.equals(simplified)) {
                    b.add(traditional, english);
                }
            }
        }
        return b.build();
    }

    /**
     * Returns a lexicon with the entries of both.
     *
     * @param other another lexicon
     * @return the union
     */
    public Lexicon merge(Lexicon other) {
        if (other.entries.isEmpty()) {
            return this;
        }
        if (entries.isEmpty()) {
            return other;
        }
        Builder b = builder();
        b.addAll(entries);
        b.addAll(other.entries);
        return b.build();
    }

    /**
     * @return the number of Chinese words
     */
    public int size() {
        return entries.size();
    }

    /**
     * Returns the English stems of a Chinese word.
     *
     * @param chinese a Chinese word
     * @return its English stems, empty when the word is not in the lexicon
     */
    public Set<String> englishStems(String chinese) {
        return entries.getOrDefault(chinese, Set.of());
    }

    /**
     * Tells whether an English stem translates some word of the lexicon.
     *
     * @param stem an English stem, as {@link Builder#add} makes them
     * @return true when some Chinese word of the lexicon has it among its English stems
     */
    public boolean translates(String stem) {
        return english.contains(stem);
    }

    /**
     * Tells whether a word of two or more characters may begin at a position of a text: whether
     * a word of the lexicon begins with the two characters found there. A caller looking for the
     * lexicon's words in a long text skips the other positions without a lookup per length.
     *
     * @param text Chinese text
     * @param at a position in it
     * @return false when no word of two or more characters begins there
     */
    public boolean beginsWord(String text, int at) {
        return at + 2 <= text.length() && Arrays.binarySearch(openings, opening(text, at)) >= 0;
    }

    private static int opening(String text, int at) {
        return text.charAt(at) << 16 | text.charAt(at + 1);
    }

    /**
     * @return the length of the longest Chinese word, in UTF-16 units
     */
    public int longestWord() {
        return longest;
    }

    /** Collects the entries of a {@link Lexicon}. */
    public static final class Builder {
        private final Map<String, Set<String>> entries = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds a Chinese word (or phrase) and English text that translates it; the English is
         * split into words, and stop words are dropped.
         *
         * @param chinese the Chinese word, at least one character
         * @param english its translation
         * @return this builder
         */
        public Builder add(String chinese, String english) {
            String zh = chinese.strip();
            if (zh.isEmpty()) {
                return this;
            }
            List<String> words = Words.split(english);
            for (String w : words) {
                if (!Words.isStopWord(w) && w.length() > 1) {
                    entries.computeIfAbsent(zh, k -> new HashSet<>()).add(Words.stem(w));
                }
            }
            return this;
        }

        private void addAll(Map<String, Set<String>> more) {
            more.forEach((k, v) -> entries.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        }

        /**
         * Builds the lexicon.
         *
         * @return a new immutable lexicon
         */
        public Lexicon build() {
            Map<String, Set<String>> copy = new HashMap<>();
            entries.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new HashSet<>(v))));
            return new Lexicon(Collections.unmodifiableMap(copy));
        }
    }
}
