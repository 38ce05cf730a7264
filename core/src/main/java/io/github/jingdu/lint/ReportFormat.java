package io.github.jingdu.lint;

/**
 * How {@link LintReport} writes findings.
 *
 * @since 0.1.0
 */
public enum ReportFormat {
    /** {@code file:line:col: severity rule-name message}, a finding a line. */
    TEXT,
    /** A JSON array of findings: file, line, column, rule, severity, message, fixable. */
    JSON,
    /** SARIF 2.1.0, for code-scanning services. */
    SARIF,
    /** GitHub Actions workflow commands, which annotate the lines in a pull request. */
    GITHUB
}
