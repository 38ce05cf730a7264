package io.github.jingdu.align.internal;

import com.ibm.icu.text.Transliterator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Toneless pinyin of Han characters, from ICU's Han-Latin transliteration, and the inventory of
 * pinyin syllables, so that English words spelling Chinese names can be recognised.
 */
public final class Pinyin {
    private static final ConcurrentHashMap<Integer, String> CACHE = new ConcurrentHashMap<>();
    private static volatile Set<String> syllables;

    private Pinyin() {
    }

    /**
     * Returns the toneless, lower-case pinyin of a Han character (one reading for polyphones).
     *
     * @param codePoint a Han character
     * @return its syllable, such as {@code qing}, or an empty string if it has none
     */
    public static String of(int codePoint) {
        return CACHE.computeIfAbsent(codePoint, cp -> clean(transliterator().transliterate(new String(Character.toChars(cp)))));
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
     * Tells whether a lower-case word splits wholly into pinyin syllables, such as
     * {@code qingyang}.
     *
     * @param word lower-case ASCII letters
     * @return the number of syllables, or 0 when it does not split
     */
    public static int syllableCount(String word) {
        Set<String> inventory = syllables();
        int n = word.length();
        int[] best = new int[n + 1];
        java.util.Arrays.fill(best, -1);
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

    private static Set<String> syllables() {
        Set<String> s = syllables;
        if (s == null) {
            synchronized (Pinyin.class) {
                s = syllables;
                if (s == null) {
                    StringBuilder all = new StringBuilder();
                    for (int cp = 0x4E00; cp <= 0x9FA5; cp++) {
                        all.appendCodePoint(cp).append(' ');
                    }
                    s = new HashSet<>();
                    for (String syllable : clean(transliterator().transliterate(all.toString())).split(" +")) {
                        if (!syllable.isEmpty() && syllable.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                            s.add(syllable);
                        }
                    }
                    syllables = s;
                }
            }
        }
        return s;
    }

    private static Transliterator transliterator() {
        return Holder.HAN_LATIN;
    }

    private static String clean(String latin) {
        return Holder.ASCII.transliterate(latin).toLowerCase(Locale.ROOT).replace("'", "");
    }

    /** ICU transliterators are built once, lazily: building them takes a moment. */
    private static final class Holder {
        static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin");
        static final Transliterator ASCII = Transliterator.getInstance("Latin-ASCII");
    }
}
