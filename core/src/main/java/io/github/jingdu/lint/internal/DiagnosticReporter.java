package io.github.jingdu.lint.internal;

import io.github.jingdu.lint.RuleReporter;

/**
 * The linter's reporter as the rules that report the reader's diagnostics see it: a finding can
 * carry the diagnostic's code ({@link io.github.jingdu.lint.Finding#diagnosticCode()}). Internal:
 * a rule of a user's own reports through {@link RuleReporter} alone.
 */
public interface DiagnosticReporter extends RuleReporter {
    /**
     * Reports a finding that is one of the reader's diagnostics, which cannot be fixed automatically.
     *
     * @param from the offset of its first character
     * @param to the offset just past it
     * @param message the diagnostic's message
     * @param diagnosticCode the diagnostic's code
     */
    void reportDiagnostic(int from, int to, String message, String diagnosticCode);
}
