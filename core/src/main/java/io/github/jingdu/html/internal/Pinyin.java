package io.github.jingdu.html.internal;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Chinese characters as toneless pinyin in lower case ({@code 政治} → {@code zheng zhi}), for the
 * glossary's search: learners type what they hear. Other letters and digits pass through in lower
 * case; everything else separates words. Each character is transliterated once and remembered:
 * ICU's Han-Latin rules are slow, and a glossary repeats the same few thousand characters. A
 * character read several ways gets its most common reading. For one thread: an ICU transliterator
 * holds state while it works.
 */
final class Pinyin {
    private final Transliterator toLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
    private final Map<Integer, String> syllables = new HashMap<>();

    String of(String text) {
        StringBuilder out = new StringBuilder(text.length() * 4);
        text.codePoints().forEach(c -> {
            if (UScript.getScript(c) == UScript.HAN) {
                space(out);
                out.append(syllables.computeIfAbsent(c, k -> toLatin.transliterate(Character.toString(k)).strip()));
                out.append(' ');
            } else if (Character.isLetterOrDigit(c)) {
                out.append(Character.toString(c).toLowerCase(Locale.ROOT));
            } else {
                space(out);
            }
        });
        return out.toString().strip();
    }

    private static void space(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }
}
