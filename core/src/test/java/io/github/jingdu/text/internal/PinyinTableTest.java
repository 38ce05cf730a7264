package io.github.jingdu.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The shipped pinyin table says what ICU's Han-Latin transliteration says. When ICU is upgraded
 * and this fails, the test has written the new table to {@code core/target/pinyin.txt}: copy it
 * over {@code core/src/main/resources/io/github/jingdu/text/internal/pinyin.txt}.
 */
class PinyinTableTest {
    @Test
    void everyReadingIsIcusTransliteration() throws IOException {
        StringBuilder table = new StringBuilder();
        int differing = 0;
        String first = null;
        for (int cp = Pinyin.TABLE_START; cp <= Pinyin.TABLE_END; cp++) {
            String icu = Pinyin.transliterate(cp);
            table.append(icu).append('\n');
            if (!icu.equals(Pinyin.of(cp))) {
                differing++;
                first = first != null ? first : String.format("U+%04X: table %s, ICU %s", cp, Pinyin.of(cp), icu);
            }
        }
        if (differing > 0) {
            Files.writeString(Path.of("target", Pinyin.TABLE_RESOURCE), table, StandardCharsets.UTF_8);
            fail(differing + " readings differ from ICU (first " + first + "); the new table is in target/"
                    + Pinyin.TABLE_RESOURCE + ": copy it into src/main/resources/io/github/jingdu/text/internal/");
        }
    }

    @Test
    void syllablesAreThoseIcuSpellsForTheWholeBlock() {
        StringBuilder block = new StringBuilder();
        for (int cp = Pinyin.TABLE_START; cp <= Pinyin.TABLE_END; cp++) {
            block.appendCodePoint(cp).append(' ');
        }
        String latin = Transliterator.getInstance("Latin-ASCII")
                .transliterate(Transliterator.getInstance("Han-Latin").transliterate(block.toString()))
                .toLowerCase(Locale.ROOT).replace("'", "");
        Set<String> icu = new TreeSet<>(Arrays.asList(latin.split(" +")));
        icu.removeIf(s -> s.isEmpty() || !s.chars().allMatch(c -> c >= 'a' && c <= 'z'));
        Set<String> table = new HashSet<>();
        for (int cp = Pinyin.TABLE_START; cp <= Pinyin.TABLE_END; cp++) {
            table.add(Pinyin.of(cp));
        }
        table.removeIf(s -> s.isEmpty() || !s.chars().allMatch(c -> c >= 'a' && c <= 'z'));
        assertEquals(icu, new TreeSet<>(table));
        assertTrue(icu.size() > 300, "a few hundred syllables: " + icu.size());
        for (String syllable : icu) {
            assertEquals(1, Pinyin.syllableCount(syllable), syllable);
        }
    }

    @Test
    void spellsNamesAndCharactersOutsideTheTable() {
        assertEquals("chenqingyang", Pinyin.spell("陈清扬"));
        assertEquals(Pinyin.transliterate(0x3400), Pinyin.of(0x3400));
        assertEquals(2, Pinyin.syllableCount("qingyang"));
        assertEquals(0, Pinyin.syllableCount("xyz"));
    }
}
