package io.github.jingdu.lint;

import io.github.jingdu.model.Severity;
import io.github.jingdu.model.SourceSpan;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing a rule found.
 *
 * @param rule the rule
 * @param severity how serious, as configured
 * @param message what is wrong and what to do
 * @param span where (1-based line and column, columns in UTF-16 units)
 * @param fix the edits that mend it without changing meaning; empty when it cannot be fixed so
 * @param diagnosticCode the code of the reader's diagnostic the finding reports
 *     ({@link io.github.jingdu.model.Diagnostic#code()}, such as {@code line-too-long}), for the
 *     rules that report what the reader found (JD008, JD018–JD021); null for every other finding.
 *     A caller that sets the reader's limits tells from it which limit to raise, without reading
 *     the message
 * @serial exclude Serializable so that values can travel between workers; the form is that of
 *     one version, not a file format
 * @since 0.1.0
 */
public record Finding(RuleInfo rule, Severity severity, String message, SourceSpan span, List<TextEdit> fix,
        @Nullable String diagnosticCode) implements Serializable {

    /**
     * Copies the list and checks that no component is null.
     *
     * @param rule the rule
     * @param severity how serious, as configured
     * @param message what is wrong and what to do
     * @param span where (1-based line and column, columns in UTF-16 units)
     * @param fix the edits that mend it without changing meaning; empty when it cannot be fixed so
     * @param diagnosticCode the code of the reader's diagnostic it reports, or null
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
        fix = List.copyOf(fix);
    }

    /**
     * A finding of a rule's own, which reports no diagnostic of the reader.
     *
     * @param rule the rule
     * @param severity how serious, as configured
     * @param message what is wrong and what to do
     * @param span where (1-based line and column, columns in UTF-16 units)
     * @param fix the edits that mend it without changing meaning; empty when it cannot be fixed so
     */
    public Finding(RuleInfo rule, Severity severity, String message, SourceSpan span, List<TextEdit> fix) {
        this(rule, severity, message, span, fix, null);
    }

    /**
     * Returns whether {@code --fix} can mend this finding.
     *
     * @return true when it carries edits
     */
    public boolean fixable() {
        return !fix.isEmpty();
    }
}
