package io.github.jingdu.parse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.lang.UScript;
import org.junit.jupiter.api.Test;

/** The shortcut for unified ideographs agrees with ICU's script property everywhere. */
class ScriptsTest {
    @Test
    void isHanIsIcusHanScriptForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean icu = cp >= 0x2E80 && UScript.getScript(cp) == UScript.HAN;
            if (Scripts.isHan(cp) != icu) {
                assertEquals(icu, Scripts.isHan(cp), String.format("U+%04X", cp));
            }
        }
    }
}
