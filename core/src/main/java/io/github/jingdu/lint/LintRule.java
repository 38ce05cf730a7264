package io.github.jingdu.lint;

/**
 * A rule of your own, run with Jingdu's: list the class in
 * {@code META-INF/services/io.github.jingdu.lint.LintRule} of your jar (or {@code provides
 * io.github.jingdu.lint.LintRule with …} in its {@code module-info.java}) and put the jar beside
 * Jingdu's (the command's {@code lib/} folder, the Maven plugin's {@code <dependencies>}, your
 * class path). Every linter then runs it: {@link Linter#rules()} lists it, {@code .jingdu.json}
 * and the command line set its level by its name, reports and SARIF name it.
 *
 * <pre>{@code
 * public final class NoTodo implements LintRule {
 *     private static final RuleInfo INFO = new RuleInfo("ACME001", "no-todo", RuleCategory.STRUCTURE,
 *             Level.WARNING, false, "A note that still says TODO");
 *
 *     public NoTodo() {
 *     }
 *
 *     public RuleInfo info() {
 *         return INFO;
 *     }
 *
 *     public void check(RuleContext note, RuleReporter out) {
 *         String text = note.text();
 *         for (int at = text.indexOf("TODO"); at >= 0; at = text.indexOf("TODO", at + 4)) {
 *             if (!note.isProtected(at)) {   // not in code, a URL, a comment
 *                 out.report(at, at + 4, "a TODO is left in the note; finish it or remove it");
 *             }
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>A rule is made once (with a public constructor taking no arguments) and shared by every
 * thread: it must be stateless. Its id and name must differ from every other rule's; its name is
 * kebab-case; otherwise {@link Linter#rules()} and every lint throw a
 * {@link java.util.ServiceConfigurationError} that names its class. A rule that throws (or reports
 * outside the text) does not stop the linter: the note gets an error finding of the rule that says
 * it failed, so that a check that could not run does not pass. The fixes of a rule whose
 * {@link RuleInfo#fixable()} is false are not applied.
 *
 * @since 0.1.0
 */
public interface LintRule {
    /**
     * Says what the rule is: id, name, category, default level, whether it fixes, summary.
     *
     * @return the same description on every call
     */
    RuleInfo info();

    /**
     * Checks one note, reporting what it finds.
     *
     * @param note the note
     * @param out where findings go
     */
    void check(RuleContext note, RuleReporter out);
}
