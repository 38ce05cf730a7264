package io.github.jingdu.guide;

import io.github.jingdu.lint.Level;
import io.github.jingdu.lint.LintRule;
import io.github.jingdu.lint.RuleCategory;
import io.github.jingdu.lint.RuleContext;
import io.github.jingdu.lint.RuleInfo;
import io.github.jingdu.lint.RuleReporter;

/**
 * The rule of one's own that docs/rules/README.md shows: a note that still says TODO. Core's
 * {@code InstalledRulesTest} installs it beside Jingdu's rules and lints with it.
 */
public final class NoTodo implements LintRule {
    private static final RuleInfo INFO = new RuleInfo("ACME001", "no-todo", RuleCategory.STRUCTURE,
            Level.WARNING, false, "A note that still says TODO");

    /** Made once by the linter, which finds the rule with {@link java.util.ServiceLoader}. */
    public NoTodo() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(RuleContext note, RuleReporter out) {
        String text = note.text();
        for (int at = text.indexOf("TODO"); at >= 0; at = text.indexOf("TODO", at + 4)) {
            if (!note.isProtected(at)) {
                out.report(at, at + 4, "a TODO is left in the note; finish it or remove it");
            }
        }
    }
}
