package io.github.jingdu.lint.internal.rules;

import io.github.jingdu.lint.RuleInfo;
import io.github.jingdu.lint.TextEdit;
import io.github.jingdu.lint.internal.LintInput;
import io.github.jingdu.lint.RuleReporter;
import io.github.jingdu.lint.internal.Rule;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule that looks for a pattern in each line outside code fences, skipping matches that touch
 * code spans, URLs or HTML; the typography rules are all of this shape.
 */
final class LinePatternRule extends Rule {
    private final Pattern pattern;
    private final Function<MatchResult, String> message;
    private final BiFunction<MatchResult, Integer, List<TextEdit>> fix;
    private final String triggers;
    private final BiPredicate<String, MatchResult> reported;

    /**
     * @param info what the rule is
     * @param pattern what it looks for in a line
     * @param message the message for a match
     * @param fix the edits for a match at a line's start offset, or null when it cannot be fixed
     * @param triggers characters one of which every match holds: lines without any are skipped
     */
    LinePatternRule(RuleInfo info, Pattern pattern, Function<MatchResult, String> message,
            BiFunction<MatchResult, Integer, List<TextEdit>> fix, String triggers) {
        this(info, pattern, message, fix, triggers, (line, m) -> true);
    }

    /**
     * A rule whose pattern also matches what it does not report, so that matching goes on after
     * it: quotes are paired in order, and only some pairs are findings.
     *
     * @param reported whether a match in a line is a finding
     */
    LinePatternRule(RuleInfo info, Pattern pattern, Function<MatchResult, String> message,
            BiFunction<MatchResult, Integer, List<TextEdit>> fix, String triggers,
            BiPredicate<String, MatchResult> reported) {
        super(info);
        this.reported = reported;
        this.triggers = triggers;
        this.pattern = pattern;
        this.message = message;
        this.fix = fix;
    }

    @Override
    public void check(LintInput in, RuleReporter out) {
        for (int line : in.linesOutsideFences()) {
            String content = in.lines().content(line);
            if (!holdsTrigger(content)) {
                continue;
            }
            int base = in.lines().start(line);
            Matcher m = pattern.matcher(content);
            while (m.find()) {
                if (!reported.test(content, m) || touchesProtected(in, base, m)) {
                    continue;
                }
                List<TextEdit> edits = fix == null ? List.of() : fix.apply(m, base);
                int from = base + m.start();
                int to = Math.max(from + 1, base + m.end());
                out.report(from, Math.min(to, in.text().length()), message.apply(m), edits);
            }
        }
    }

    private boolean holdsTrigger(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (triggers.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean touchesProtected(LintInput in, int base, Matcher m) {
        int from = Math.max(0, base + m.start() - 1);
        int to = Math.min(in.text().length(), base + m.end() + 1);
        for (int k = from; k < to; k++) {
            if (in.isProtected(k)) {
                return true;
            }
        }
        return false;
    }
}
