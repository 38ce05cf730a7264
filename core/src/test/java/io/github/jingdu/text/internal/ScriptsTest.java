package io.github.jingdu.text.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import io.github.jingdu.testing.Fragments;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts (the tables of the basic plane, text passed over a char at a time) agree with
 * asking ICU about every code point.
 */
class ScriptsTest {
    /** Latin, Han in and out of the basic plane, punctuation of both languages, lone surrogates. */
    private static final List<String> PIECES = List.of("a", "Z", "é", "ß", "中", "々", "〇", "，", "。", "“", "—",
            " ", "1", "\uD840\uDC00", "\uD835\uDC00", "\uD840", "\uDC00", "ｆ", "⺀", "ㄅ", "あ");

    private static boolean icuHan(int cp) {
        return cp >= 0x2E80 && UScript.getScript(cp) == UScript.HAN;
    }

    private static boolean icuLatinLetter(int cp) {
        return (cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'
                : UCharacter.isLetter(cp) && UScript.getScript(cp) == UScript.LATIN);
    }

    /** The runs of the basic plane where ICU says yes, as first and last code point of each. */
    private static int[] runs(IntPredicate icu) {
        int[] runs = new int[0x10000];
        int count = 0;
        for (int cp = 0; cp < 0x10000; cp++) {
            if (icu.test(cp) && (cp == 0 || !icu.test(cp - 1))) {
                runs[count++] = cp;
            }
            if (icu.test(cp) && (cp == 0xFFFF || !icu.test(cp + 1))) {
                runs[count++] = cp;
            }
        }
        return Arrays.copyOf(runs, count);
    }

    private static String source(int[] runs) {
        return Arrays.stream(runs).mapToObj(cp -> String.format("0x%04X", cp)).collect(Collectors.joining(", "));
    }

    @Test
    void theTablesOfTheBasicPlaneAreIcus() {
        int[] han = runs(ScriptsTest::icuHan);
        int[] latin = runs(cp -> !icuHan(cp) && icuLatinLetter(cp));
        // When an upgrade of ICU changes them, the message holds the new tables for Scripts.
        assertArrayEquals(han, Scripts.HAN_RUNS, "HAN_RUNS = {" + source(han) + "}");
        assertArrayEquals(latin, Scripts.LATIN_LETTER_RUNS, "LATIN_LETTER_RUNS = {" + source(latin) + "}");
    }

    @Test
    void isHanIsIcusHanScriptForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean icu = icuHan(cp);
            if (Scripts.isHan(cp) != icu) {
                assertEquals(icu, Scripts.isHan(cp), String.format("U+%04X", cp));
            }
        }
    }

    @Test
    void hasHanAndIsChineseCountCodePointsAsIcuDoes() {
        qt().withExamples(5000)
                .forAll(Fragments.of(PIECES, 20))
                .checkAssert(s -> {
                    long han = s.codePoints().filter(ScriptsTest::icuHan).count();
                    long latin = s.codePoints().filter(cp -> !icuHan(cp) && icuLatinLetter(cp)).count();
                    assertEquals(han > 0, Scripts.hasHan(s), s);
                    assertEquals(han > 0 && han * 3 >= latin, Scripts.isChinese(s), s);
                });
    }
}
