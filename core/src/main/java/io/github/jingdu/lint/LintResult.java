package io.github.jingdu.lint;

import io.github.jingdu.model.Severity;
import java.util.List;

/**
 * What linting one text found.
 *
 * @param findings the findings in source order
 * @since 0.1.0
 */
public record LintResult(List<Finding> findings) {

    /**
     * Copies the list.
     *
     * @param findings the findings in source order
     */
    public LintResult {
        findings = List.copyOf(findings);
    }

    /**
     * Counts the findings of a severity.
     *
     * @param severity a severity
     * @return how many findings have it
     */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
