package io.github.jingdu.terms.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.jingdu.testing.Fragments;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link HeadMatcher#words} finds the words its Javadoc's pattern finds, where it finds them. */
class HeadMatcherWordsTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’]\\p{L}+)?");

    /**
     * Pieces that test each part of the pattern: ASCII and other letters, digits and other
     * numbers (Ⅻ, ²), both apostrophes, a letter outside the basic plane (𝐀), a lone surrogate,
     * and separators.
     */
    private static final List<String> PIECES = List.of("a", "Z", "é", "中", "7", "Ⅻ", "²", "'", "’", " ", "-",
            "\uD835\uDC00", "\uD800", ".", "ß", "İ");

    private static List<String> byPattern(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> byMatcher(String text) {
        List<String> out = new ArrayList<>();
        for (HeadMatcher.Word w : HeadMatcher.words(text)) {
            assertEquals(w.text(), text.substring(w.start(), w.end()));
            out.add(w.start() + ":" + w.text());
        }
        return out;
    }

    @Test
    void examples() {
        assertEquals(List.of("0:don't", "6:rock'n", "13:roll", "18:Xi’an", "24:x"), byMatcher("don't rock'n'roll Xi’an x'"));
        assertEquals(List.of("0:Ⅻ²7", "4:𝐀b"), byMatcher("Ⅻ²7 𝐀b"));
    }

    @Test
    void sameWordsAsThePattern() {
        qt().withExamples(5000)
                .forAll(Fragments.of(PIECES, 30))
                .checkAssert(text -> assertEquals(byPattern(text), byMatcher(text), text));
    }
}
