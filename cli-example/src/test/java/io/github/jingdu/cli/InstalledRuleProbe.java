package io.github.jingdu.cli;

import io.github.jingdu.lint.Level;
import io.github.jingdu.lint.LintRule;
import io.github.jingdu.lint.RuleCategory;
import io.github.jingdu.lint.RuleContext;
import io.github.jingdu.lint.RuleInfo;
import io.github.jingdu.lint.RuleReporter;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the command where rules of others are installed ({@link InstalledRuleCommandTest} loads it
 * in a class loader of its own), and the rules it installs.
 */
public final class InstalledRuleProbe {
    private InstalledRuleProbe() {
    }

    /**
     * Runs the command.
     *
     * @param args its arguments
     * @return the exit status, standard output and standard error, a line each (or more)
     */
    public static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Jingdu.run(args, new PrintWriter(out), new PrintWriter(err));
        return status + "\n" + out + "--\n" + err;
    }

    /** "!!" in a note. */
    public static final class NoShouting implements LintRule {
        /** Made by the service loader. */
        public NoShouting() {
        }

        @Override
        public RuleInfo info() {
            return new RuleInfo("ACME002", "no-shouting", RuleCategory.TYPOGRAPHY, Level.WARNING, false,
                    "Two exclamation marks");
        }

        @Override
        public void check(RuleContext note, RuleReporter out) {
            int at = note.text().indexOf("!!");
            if (at >= 0) {
                out.report(at, at + 2, "one exclamation mark is enough");
            }
        }
    }

    /** Takes the name of one of Jingdu's rules. */
    public static final class Clashing implements LintRule {
        /** Made by the service loader. */
        public Clashing() {
        }

        @Override
        public RuleInfo info() {
            return new RuleInfo("ACME005", "missing-translation", RuleCategory.STRUCTURE, Level.WARNING, false, "Clash");
        }

        @Override
        public void check(RuleContext note, RuleReporter out) {
        }
    }
}
