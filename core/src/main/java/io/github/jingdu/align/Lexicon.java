package io.github.jingdu.align;

import io.github.jingdu.align.internal.LexiconIndex;
import io.github.jingdu.align.internal.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chinese words and the English words that translate them: lexical evidence for the
 * {@link Aligner}. Build one from a document's vocabulary entries, from a dictionary in
 * CC-CEDICT's text format, or both; dictionaries installed as artifacts of their own are found
 * by {@link #installed()}.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.parseCedict(Files.readString(Path.of("cedict_ts.u8")))
 *         .merge(Lexicon.builder().add("转盘", "dial").build());
 * }</pre>
 *
 * <p>A lexicon is immutable and thread-safe. English words are kept as stems, without stop words.
 *
 * @since 0.1.0
 */
public final class Lexicon {
    /** CC-CEDICT's notes inside senses, which no translation writes: {@code sb}, {@code sth}, {@code (fig.)}. */
    private static final Pattern CEDICT_NOTES = Pattern.compile(
            "\\b(?:sb|sth|etc|lit|fig|one's|oneself|somebody|something|someone|abbr|esp|usu|idiom|classifier)\\b");
    private static final Lexicon EMPTY = new Lexicon(LexiconIndex.EMPTY, null);

    private final LexiconIndex index;
    /**
     * A lexicon this one adds its words to, or null: merging a document's few words into a large
     * dictionary must not copy the dictionary.
     */
    private final Lexicon base;
    private final int size;

    private Lexicon(LexiconIndex index, Lexicon base) {
        this.index = index;
        this.base = base;
        int added = index.size();
        if (base != null) {
            for (int e = 0; e < index.size(); e++) {
                if (!base.englishStems(index.word(e)).isEmpty()) {
                    added--;
                }
            }
        }
        this.size = (base == null ? 0 : base.size) + added;
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
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                end = text.length();
            }
            addCedictLine(b, text, at, end > at && text.charAt(end - 1) == '\r' ? end - 1 : end);
            at = end + 1;
        }
        return b.build();
    }

    private static void addCedictLine(Builder b, String text, int from, int to) {
        if (from == to || text.charAt(from) == '#') {
            return;
        }
        int space1 = text.indexOf(' ', from);
        int space2 = space1 < 0 || space1 >= to ? -1 : text.indexOf(' ', space1 + 1);
        int slash = space2 < 0 || space2 >= to ? -1 : text.indexOf('/', space2);
        if (slash < 0 || slash >= to) {
            return;
        }
        String traditional = text.substring(from, space1);
        String simplified = text.substring(space1 + 1, space2);
        int sense = slash + 1;
        while (sense < to) {
            int next = text.indexOf('/', sense);
            if (next < 0 || next > to) {
                next = to;
            }
            if (!text.startsWith("CL:", sense) && !text.startsWith("see ", sense)
                    && !text.startsWith("variant of", sense)) {
                String english = CEDICT_NOTES.matcher(withoutParentheses(text, sense, next)).replaceAll(" ");
                b.add(simplified, english);
                if (!traditional.equals(simplified)) {
                    b.add(traditional, english);
                }
            }
            sense = next + 1;
        }
    }

    /** A sense without its parenthesised remarks: {@code to set off (fireworks)} is {@code to set off}. */
    private static String withoutParentheses(String text, int from, int to) {
        int open = text.indexOf('(', from);
        if (open < 0 || open >= to) {
            return text.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                sb.append(' ');
            } else if (depth == 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Reads a lexicon in the compact binary form {@link #write} writes, far faster than parsing
     * a dictionary's text.
     *
     * @param in the stream; read to the lexicon's end, not closed
     * @return the lexicon
     * @throws IOException when the stream fails or does not hold a lexicon written by this
     *     version of Jingdu's stemmer (make the binary form again from the dictionary)
     * @since 0.1.0
     */
    public static Lexicon read(InputStream in) throws IOException {
        return new Lexicon(LexiconIndex.read(in), null);
    }

    /**
     * Writes the lexicon in a compact binary form that {@link #read} loads: a dictionary
     * shipped with an application loads in a fraction of the time its text would take. The same
     * lexicon always gives the same bytes.
     *
     * @param out where to write; not closed
     * @throws IOException when the stream fails
     * @since 0.1.0
     */
    public void write(OutputStream out) throws IOException {
        if (base == null) {
            index.write(out);
        } else {
            Builder b = builder();
            addTo(b);
            b.build().index.write(out);
        }
    }

    /**
     * Returns the lexicons of the dictionaries installed beside Jingdu, merged: those a
     * {@link LexiconProvider} on the class path or module path offers (such as the
     * {@code jingdu-lexicon-cedict} artifact). They are looked for and read once, the first time
     * this is called.
     *
     * @return the merged lexicon, empty when none is installed
     * @since 0.1.0
     */
    public static Lexicon installed() {
        return Installed.LEXICON;
    }

    /**
     * Returns a lexicon with the entries of both.
     *
     * @param other another lexicon
     * @return the union
     */
    public Lexicon merge(Lexicon other) {
        if (other.size == 0) {
            return this;
        }
        if (size == 0) {
            return other;
        }
        Lexicon larger = size >= other.size ? this : other;
        Lexicon smaller = larger == this ? other : this;
        Builder b = builder();
        smaller.addTo(b);
        return new Lexicon(b.build().index, larger);
    }

    private void addTo(Builder b) {
        if (base != null) {
            base.addTo(b);
        }
        for (int e = 0; e < index.size(); e++) {
            b.entries.computeIfAbsent(index.word(e), k -> new HashSet<>()).addAll(index.stems(e));
        }
    }

    /** The indexes to look words up in, the added words first: for the aligner's features. */
    List<LexiconIndex> layers() {
        List<LexiconIndex> out = new ArrayList<>();
        for (Lexicon l = this; l != null; l = l.base) {
            if (l.index.size() > 0) {
                out.add(l.index);
            }
        }
        return out;
    }

    /**
     * @return the number of Chinese words
     */
    public int size() {
        return size;
    }

    /**
     * Returns the English stems of a Chinese word.
     *
     * @param chinese a Chinese word
     * @return its English stems, empty when the word is not in the lexicon
     */
    public Set<String> englishStems(String chinese) {
        int e = index.find(chinese, 0, chinese.length());
        Set<String> own = e < 0 ? Set.of() : index.stems(e);
        if (base == null) {
            return own;
        }
        Set<String> inherited = base.englishStems(chinese);
        if (own.isEmpty() || inherited.isEmpty()) {
            return own.isEmpty() ? inherited : own;
        }
        Set<String> both = new HashSet<>(inherited);
        both.addAll(own);
        return Collections.unmodifiableSet(both);
    }

    /**
     * Tells whether a Chinese word translates some word of an English text: whether the word's
     * {@linkplain #englishStems English stems} hold the stem of a word of the text, or of a part
     * of a hyphenated word ({@code sexual-abuse}), or one of them begins the other and has four
     * letters or more (a crude stem misses derivations and compounds: {@code distribut} and
     * {@code distribution}, {@code wild} and {@code wildlife}).
     * Stop words count for nothing.
     *
     * @param chinese a Chinese word
     * @param english English words, such as the long form of an abbreviation
     * @return false when the word is not in the lexicon or translates none of them
     * @since 0.1.0
     */
    public boolean translatesSomeWordOf(String chinese, String english) {
        Set<String> stems = englishStems(chinese);
        if (stems.isEmpty()) {
            return false;
        }
        for (String word : Words.split(english)) {
            if (isTranslation(stems, word)) {
                return true;
            }
            if (word.indexOf('-') > 0) {
                for (String part : word.split("-")) {
                    if (isTranslation(stems, part)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isTranslation(Set<String> stems, String word) {
        if (word.length() < 2 || Words.isStopWord(word)) {
            return false;
        }
        String stem = Words.stem(word);
        if (stems.contains(stem)) {
            return true;
        }
        for (String s : stems) {
            String shorter = s.length() < stem.length() ? s : stem;
            if (shorter.length() >= 4 && (s.startsWith(stem) || stem.startsWith(s))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether an English stem translates some word of the lexicon.
     *
     * @param stem an English stem, as {@link Builder#add} makes them
     * @return true when some Chinese word of the lexicon has it among its English stems
     * @since 0.1.0
     */
    public boolean translates(String stem) {
        return index.translates(stem) || base != null && base.translates(stem);
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
        return index.longestFrom(text, at) > 0 || base != null && base.beginsWord(text, at);
    }

    /**
     * @return the length of the longest Chinese word, in UTF-16 units
     */
    public int longestWord() {
        return Math.max(index.longest(), base == null ? 0 : base.longestWord());
    }

    /** Collects the entries of a {@link Lexicon}. */
    public static final class Builder {
        private final Map<String, Set<String>> entries = new HashMap<>();
        /** Stems by word: a dictionary repeats its English words many times. */
        private final Map<String, String> stems = new HashMap<>();

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
            Set<String> into = null;
            for (String w : Words.split(english)) {
                if (w.length() > 1 && !Words.isStopWord(w)) {
                    if (into == null) {
                        into = entries.computeIfAbsent(zh, k -> new HashSet<>(4));
                    }
                    into.add(stems.computeIfAbsent(w, Words::stem));
                }
            }
            return this;
        }

        /**
         * Builds the lexicon.
         *
         * @return a new immutable lexicon
         */
        public Lexicon build() {
            return entries.isEmpty() ? EMPTY : new Lexicon(LexiconIndex.of(entries), null);
        }
    }

    /** The installed dictionaries, looked for once. */
    private static final class Installed {
        static final Lexicon LEXICON = load();

        private static Lexicon load() {
            Lexicon all = EMPTY;
            for (LexiconProvider p : ServiceLoader.load(LexiconProvider.class, Lexicon.class.getClassLoader())) {
                all = all.merge(p.lexicon());
            }
            return all;
        }
    }
}
