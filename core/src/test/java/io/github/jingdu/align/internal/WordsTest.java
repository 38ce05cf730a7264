package io.github.jingdu.align.internal;

import io.github.jingdu.text.internal.Pinyin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers read in English and Chinese, and names matched on syllable boundaries. */
class WordsTest {

    private static List<Long> english(String sentence) {
        return Words.englishNumbers(Words.split(sentence));
    }

    @Test
    void readsEnglishNumbersAcrossWords() {
        assertEquals(List.of(21L, 82L), english("twenty-one dogs and eighty-two cats"));
        assertEquals(List.of(14L), english("the fourteenth century"));
        assertEquals(List.of(200L), english("two hundred men"));
        assertEquals(List.of(250_000L), english("two hundred and fifty thousand people"));
        assertEquals(List.of(3_000_000L, 1978L), english("3 million in 1978"));
        assertEquals(List.of(5L, 6L), english("five, six"));
        assertEquals(List.of(12L, -2L), english("a dozen and a half"));
        assertEquals(List.of(), english("one of the first"));
    }

    @Test
    void readsChineseNumbersButNotWordsMadeOfNumerals() {
        assertEquals(List.of(35L, 2000L), Words.chineseNumbers("三十五个人，两千元"));
        assertEquals(List.of(), Words.chineseNumbers("他十分高兴，一一道谢，万一下雨"));
        assertEquals(List.of(10L), Words.chineseNumbers("十分之"));
        assertEquals(List.of(14L), Words.chineseNumbers("第十四章"));
    }

    @Test
    void namesMatchWholeSyllablesOnly() {
        String yanzi = Pinyin.spell("燕子");
        String yangzi = Pinyin.spell("样子");
        assertTrue(Pinyin.containsSyllables(yanzi, Pinyin.syllableStarts("燕子"), "yan"));
        assertFalse(Pinyin.containsSyllables(yangzi, Pinyin.syllableStarts("样子"), "yan"));
        assertTrue(Pinyin.containsSyllables(Pinyin.spell("陈清扬说"), Pinyin.syllableStarts("陈清扬说"), "qingyang"));
    }
}
