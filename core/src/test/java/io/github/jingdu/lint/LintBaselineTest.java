package io.github.jingdu.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jingdu.model.Severity;
import io.github.jingdu.model.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LintBaseline}: what it holds no longer counts, wherever it has moved to; what is new does. */
class LintBaselineTest {
    private static final RuleInfo RULE = Linter.rules().get(0);
    private static final RuleInfo OTHER = Linter.rules().get(1);

    private static Finding at(RuleInfo rule, String message, int line) {
        return new Finding(rule, Severity.WARNING, message, new SourceSpan(line * 10, 3, line, 1), List.of());
    }

    @Test
    void knownFindingsAreLeftOutEvenWhenTheirLinesMove() throws LintConfigException {
        LintBaseline baseline = LintBaseline.of(List.of(new FileFindings("a.md",
                List.of(at(RULE, "one", 3), at(OTHER, "two", 7)))));
        List<FileFindings> later = List.of(new FileFindings("a.md",
                List.of(at(RULE, "one", 5), at(OTHER, "two", 12), at(OTHER, "three", 13))));
        List<FileFindings> expected = List.of(new FileFindings("a.md", List.of(at(OTHER, "three", 13))));
        assertEquals(expected, baseline.newFindings(later));
        assertEquals(expected, LintBaseline.read(baseline.write()).newFindings(later));
    }

    @Test
    void eachFindingIsCountedSoAThirdCopyIsNew() {
        LintBaseline baseline = LintBaseline.of(List.of(new FileFindings("a.md",
                List.of(at(RULE, "same", 1), at(RULE, "same", 2)))));
        List<FileFindings> later = List.of(new FileFindings("a.md",
                List.of(at(RULE, "same", 1), at(RULE, "same", 2), at(RULE, "same", 3))));
        assertEquals(List.of(new FileFindings("a.md", List.of(at(RULE, "same", 3)))), baseline.newFindings(later));
        assertEquals(2, baseline.size());
    }

    @Test
    void theSameFindingInAnotherFileIsNew() {
        LintBaseline baseline = LintBaseline.of(List.of(new FileFindings("a.md", List.of(at(RULE, "one", 1)))));
        List<FileFindings> later = List.of(new FileFindings("b.md", List.of(at(RULE, "one", 1))));
        assertEquals(later, baseline.newFindings(later));
    }

    @Test
    void aFileIsTheSameWithOrWithoutDotSlashAndWithEitherSeparator() {
        LintBaseline baseline = LintBaseline.of(List.of(new FileFindings("./notes/a.md", List.of(at(RULE, "one", 1)))));
        for (String same : new String[] {"notes/a.md", "notes\\a.md", "./notes/./a.md"}) {
            assertEquals(List.of(new FileFindings(same, List.of())),
                    baseline.newFindings(List.of(new FileFindings(same, List.of(at(RULE, "one", 2))))), same);
        }
        assertEquals(true, baseline.write().contains("\"file\" : \"notes/a.md\""));
    }

    @Test
    void theFileIsSortedAndSaysWhatItHolds() {
        LintBaseline baseline = LintBaseline.of(List.of(
                new FileFindings("b.md", List.of(at(RULE, "x", 1))),
                new FileFindings("a.md", List.of(at(RULE, "y", 1)))));
        String written = baseline.write();
        assertEquals(written, LintBaseline.of(List.of(
                new FileFindings("a.md", List.of(at(RULE, "y", 4))),
                new FileFindings("b.md", List.of(at(RULE, "x", 9))))).write());
        assertEquals(2, written.split("\"file\"").length - 1);
        assertEquals(true, written.indexOf("a.md") < written.indexOf("b.md"));
    }

    @Test
    void whatIsNotABaselineIsRefusedWithWhatIsWrong() {
        assertEquals("not a lint baseline: expected an object with \"format\": \"jingdu-lint-baseline\"",
                assertThrows(LintConfigException.class, () -> LintBaseline.read("{}")).getMessage());
        assertEquals("lint baseline version 9 is not 1; write it again with this version of Jingdu",
                assertThrows(LintConfigException.class,
                        () -> LintBaseline.read("{\"format\":\"jingdu-lint-baseline\",\"version\":9}")).getMessage());
        assertEquals("lint baseline: findings[0] needs a fingerprint of 32 hexadecimal digits and a count of 1 or more",
                assertThrows(LintConfigException.class, () -> LintBaseline.read(
                        "{\"format\":\"jingdu-lint-baseline\",\"version\":1,\"findings\":[{\"count\":1}]}")).getMessage());
    }
}
