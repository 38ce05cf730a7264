package io.github.jingdu.terms.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jingdu.terms.TermKind;
import io.github.jingdu.testing.SmallStack;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Citations and Latin-script runs of any length are found whole without overflowing the stack:
 * both were repeated groups of a regular expression, which Java runs by recursion (issue 15).
 */
class RunningTermsLongRunsTest {
    private static final Duration BOUND = Duration.ofMinutes(1);

    @Test
    void aCitationOfAThousandNumbersIsOneCitation() {
        String citation = "[1" + ", 2–3".repeat(1_000) + "]";
        String text = "As shown " + citation + "(x), it works [4] but not [5,] or [12345].";
        SmallStack.run(BOUND, () -> assertEquals(List.of(
                new RunningTerms.Found(TermKind.CITATION, 9, 9 + citation.length()),
                new RunningTerms.Found(TermKind.CITATION, text.indexOf("[4]"), text.indexOf("[4]") + 3)),
                RunningTerms.find(text, false)));
    }

    @Test
    void aLatinRunOfManyWordsInChineseIsOneName() {
        String run = "ab ".repeat(50_000) + "C++";
        String text = "中文" + run + " x-。再看 Node.js v2.";
        SmallStack.run(BOUND, () -> assertEquals(List.of(
                new RunningTerms.Found(TermKind.LATIN_IN_CHINESE, 2, 2 + run.length()),
                new RunningTerms.Found(TermKind.LATIN_IN_CHINESE, text.indexOf("Node"), text.length() - 1)),
                RunningTerms.find(text, true)));
    }
}
