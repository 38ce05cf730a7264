package io.github.jingdu.text.internal;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Toneless pinyin of Han characters and the inventory of pinyin syllables, so that English words
 * spelling Chinese names can be recognised. The readings of the CJK Unified Ideographs block come
 * from a table made from ICU's Han-Latin transliteration ({@code pinyin.txt}, checked against ICU
 * by {@code PinyinTableTest}): building the transliterator and running it over the block takes
 * seconds, which every run of a command-line tool would pay. Other Han characters are
 * transliterated when first met.
 */
public final class Pinyin {
    /** The first code point of the table. */
    public static final int TABLE_START = 0x4E00;
    /** The last code point of the table. */
    public static final int TABLE_END = 0x9FA5;
    /** The table's resource, one reading per line in code-point order, an empty line for none. */
    public static final String TABLE_RESOURCE = "pinyin.txt";

    private static final ConcurrentHashMap<Integer, String> OUTSIDE_TABLE = new ConcurrentHashMap<>();

    private Pinyin() {
    }

    /**
     * Returns the toneless, lower-case pinyin of a Han character (one reading for polyphones).
     *
     * @param codePoint a Han character
     * @return its syllable, such as {@code qing}, or an empty string if it has none
     */
    public static String of(int codePoint) {
        if (codePoint >= TABLE_START && codePoint <= TABLE_END) {
            return Table.READINGS[codePoint - TABLE_START];
        }
        return OUTSIDE_TABLE.computeIfAbsent(codePoint, Pinyin::transliterate);
    }

    /**
     * Transliterates one character with ICU, as the table was made.
     *
     * @param codePoint a character
     * @return its toneless, lower-case Latin spelling without apostrophes
     */
    public static String transliterate(int codePoint) {
        String latin = Transliterators.HAN_LATIN.transliterate(new String(Character.toChars(codePoint)));
        return Transliterators.ASCII.transliterate(latin).toLowerCase(Locale.ROOT).replace("'", "");
    }

    /**
     * Concatenates the pinyin of the Han characters of a text, dropping everything else.
     *
     * @param text Chinese text
     * @return such as {@code chenqingyang} for 陈清扬
     */
    public static String spell(CharSequence text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp >= 0x3400 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                sb.append(of(cp));
            }
        }
        return sb.toString();
    }

    /**
     * Tells whether a name occurs in a spelling as whole syllables: {@code yan} is in
     * {@code yanzi} (燕子) but not in {@code yangzi} (样子), where it would end inside {@code yang}.
     *
     * @param spelling the pinyin of a text, as {@link #spell} writes it
     * @param starts the offsets in it where syllables begin, ascending, as {@link #syllableStarts} gives them
     * @param name lower-case letters
     * @return true when the name begins and ends on syllable boundaries somewhere
     */
    public static boolean containsSyllables(String spelling, int[] starts, String name) {
        int at = spelling.indexOf(name);
        while (at >= 0) {
            int end = at + name.length();
            if (Arrays.binarySearch(starts, at) >= 0 && (end == spelling.length() || Arrays.binarySearch(starts, end) >= 0)) {
                return true;
            }
            at = spelling.indexOf(name, at + 1);
        }
        return false;
    }

    /**
     * The offsets in {@link #spell}'s result where the syllable of each Han character begins.
     *
     * @param text Chinese text
     * @return ascending offsets
     */
    public static int[] syllableStarts(CharSequence text) {
        int[] starts = new int[text.length()];
        int n = 0;
        int at = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp >= 0x3400 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                String syllable = of(cp);
                if (!syllable.isEmpty()) {
                    starts[n++] = at;
                    at += syllable.length();
                }
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /**
     * Tells whether a lower-case word splits wholly into pinyin syllables, such as
     * {@code qingyang}.
     *
     * @param word lower-case ASCII letters
     * @return the number of syllables, or 0 when it does not split
     */
    public static int syllableCount(String word) {
        Set<String> inventory = Table.SYLLABLES;
        int n = word.length();
        int[] best = new int[n + 1];
        Arrays.fill(best, -1);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] < 0) {
                continue;
            }
            for (int len = 1; len <= 6 && i + len <= n; len++) {
                if (inventory.contains(word.substring(i, i + len))
                        && (best[i + len] < 0 || best[i + len] > best[i] + 1)) {
                    best[i + len] = best[i] + 1;
                }
            }
        }
        return Math.max(best[n], 0);
    }

    /** The readings of the table and the syllables among them, loaded when first needed. */
    private static final class Table {
        static final String[] READINGS = load();
        static final Set<String> SYLLABLES = Arrays.stream(READINGS)
                .filter(r -> !r.isEmpty() && r.chars().allMatch(c -> c >= 'a' && c <= 'z'))
                .collect(Collectors.toUnmodifiableSet());

        private static String[] load() {
            try (InputStream in = Pinyin.class.getResourceAsStream(TABLE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(TABLE_RESOURCE + " is missing from the jar");
                }
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
                String[] readings = new String[TABLE_END - TABLE_START + 1];
                Map<String, String> shared = new HashMap<>();
                for (int i = 0; i < readings.length; i++) {
                    readings[i] = shared.computeIfAbsent(i < lines.length ? lines[i] : "", r -> r);
                }
                return readings;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + TABLE_RESOURCE, e);
            }
        }
    }

    /** ICU transliterators are built once, lazily: building them takes a moment. */
    private static final class Transliterators {
        static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin");
        static final Transliterator ASCII = Transliterator.getInstance("Latin-ASCII");
    }
}
