package io.github.jingdu.lint.internal.rules;

import io.github.jingdu.lint.Level;
import io.github.jingdu.lint.RuleCategory;
import io.github.jingdu.lint.RuleInfo;
import io.github.jingdu.lint.TextEdit;
import io.github.jingdu.lint.internal.LintInput;
import io.github.jingdu.lint.RuleReporter;
import io.github.jingdu.lint.internal.Rule;
import java.util.List;

/**
 * JD108: whitespace at the end of a line. Two or more spaces before a line of text are a
 * CommonMark hard line break, so those are reported but not removed: removing them would join
 * the lines.
 */
final class TrailingWhitespace extends Rule {
    private static final RuleInfo INFO = new RuleInfo("JD108", "trailing-whitespace", RuleCategory.TYPOGRAPHY,
            Level.OFF, true, "whitespace at the end of a line");
    /** The rule; after {@code INFO}, which its constructor reads. */
    static final Rule RULE = new TrailingWhitespace();

    private TrailingWhitespace() {
        super(INFO);
    }

    @Override
    public void check(LintInput in, RuleReporter out) {
        for (int line : in.linesOutsideFences()) {
            String s = in.lines().content(line);
            int end = s.length();
            int start = end;
            while (start > 0 && (s.charAt(start - 1) == ' ' || s.charAt(start - 1) == '\t' || s.charAt(start - 1) == '\u3000')) {
                start--;
            }
            if (start == end || start == 0) {
                continue;
            }
            int base = in.lines().start(line);
            boolean hardBreak = end - start >= 2 && s.substring(start).chars().allMatch(c -> c == ' ')
                    && line + 1 < in.lines().count() && !in.lines().content(line + 1).isBlank();
            out.report(base + start, base + end, hardBreak
                    ? "trailing spaces make a hard line break here; end the line with a backslash instead if the"
                            + " break is meant, or remove them"
                    : "trailing whitespace; remove it", hardBreak ? List.of()
                    : List.of(new TextEdit(base + start, end - start, "")));
        }
    }
}
