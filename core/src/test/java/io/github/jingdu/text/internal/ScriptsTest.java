package io.github.jingdu.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.ibm.icu.lang.UScript;
import io.github.jingdu.testing.Fragments;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts (unified ideographs known Han, answers remembered, text passed over a char at a
 * time) agree with asking ICU about every code point.
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
                : Character.isLetter(cp) && UScript.getScript(cp) == UScript.LATIN);
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
