package io.github.jingdu.lint;

import java.util.List;

/**
 * Rules of others that {@link InstalledRulesTest} installs beside Jingdu's (each in a class
 * loader of its own): one that fixes, one that throws, one that reports outside the text, one
 * whose name is taken, one that offers a fix but says it does not fix, one that recurses without
 * end, one whose description fails.
 */
final class InstalledRules {
    private InstalledRules() {
    }

    /** "!!" in a note, fixed to "!". */
    public static final class Shouting implements LintRule {
        private static final RuleInfo INFO = new RuleInfo("ACME002", "no-shouting", RuleCategory.TYPOGRAPHY,
                Level.OFF, true, "Two exclamation marks");

        /** Made by the service loader. */
        public Shouting() {
        }

        @Override
        public RuleInfo info() {
            return INFO;
        }

        @Override
        public void check(RuleContext note, RuleReporter out) {
            for (int at = note.text().indexOf("!!"); at >= 0; at = note.text().indexOf("!!", at + 2)) {
                out.report(at, at + 2, "one exclamation mark is enough", List.of(new TextEdit(at, 2, "!")));
            }
        }
    }

    /** Fails on every note. */
    public static final class Failing implements LintRule {
        /** Made by the service loader. */
        public Failing() {
        }

        @Override
        public RuleInfo info() {
            return new RuleInfo("ACME003", "always-fails", RuleCategory.STRUCTURE, Level.WARNING, false, "Fails");
        }

        @Override
        public void check(RuleContext note, RuleReporter out) {
            throw new IllegalStateException("cannot check " + note.document().passages().size() + " passages");
        }
    }

    /** Reports past the end of the text. */
    public static final class OutOfRange implements LintRule {
        /** Made by the service loader. */
        public OutOfRange() {
        }

        @Override
        public RuleInfo info() {
            return new RuleInfo("ACME004", "out-of-range", RuleCategory.STRUCTURE, Level.WARNING, false, "Miscounts");
        }

        @Override
        public void check(RuleContext note, RuleReporter out) {
            out.report(note.text().length(), note.text().length() + 1, "past the end");
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

    /** Says "Now" should be "Later", with a fix, but declares it does not fix. */
    public static final class Unfixable implements LintRule {
        /** Made by the service loader. */
        public Unfixable() {
        }

        @Override
        public RuleInfo info() {
            return new RuleInfo("ACME006", "not-now", RuleCategory.STRUCTURE, Level.INFO, false, "Says now");
        }

        @Override
        public void check(RuleContext note, RuleReporter out) {
            int at = note.text().indexOf("Now");
            if (at >= 0) {
                out.report(at, at + 3, "say later", List.of(new TextEdit(at, 3, "Later")));
            }
        }
    }

    /** Recurses without end. */
    public static final class Recursing implements LintRule {
        /** Made by the service loader. */
        public Recursing() {
        }

        @Override
        public RuleInfo info() {
            return new RuleInfo("ACME007", "recursing", RuleCategory.STRUCTURE, Level.WARNING, false, "Recurses");
        }

        @Override
        public void check(RuleContext note, RuleReporter out) {
            check(note, out);
        }
    }

    /** Cannot say what it is. */
    public static final class Nameless implements LintRule {
        /** Made by the service loader. */
        public Nameless() {
        }

        @Override
        public RuleInfo info() {
            throw new UnsupportedOperationException("not yet");
        }

        @Override
        public void check(RuleContext note, RuleReporter out) {
        }
    }
}
