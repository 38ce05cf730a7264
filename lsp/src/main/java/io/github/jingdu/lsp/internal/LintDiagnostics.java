package io.github.jingdu.lsp.internal;

import io.github.jingdu.lint.Finding;
import io.github.jingdu.lint.LintResult;
import io.github.jingdu.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** The linter's findings as the protocol's diagnostics, with the rule's id as the code. */
final class LintDiagnostics {

    static final String SOURCE = "jingdu";

    private LintDiagnostics() {
    }

    static List<Diagnostic> of(LintResult result, LineIndex lines) {
        List<Diagnostic> out = new ArrayList<>(result.findings().size());
        for (Finding f : result.findings()) {
            out.add(of(f, lines));
        }
        return out;
    }

    static Diagnostic of(Finding finding, LineIndex lines) {
        Diagnostic d = new Diagnostic(rangeOf(finding, lines), finding.message(), severity(finding.severity()), SOURCE);
        d.setCode(Either.forLeft(finding.rule().id()));
        return d;
    }

    static Range rangeOf(Finding finding, LineIndex lines) {
        return lines.range(finding.span().offset(), finding.span().end());
    }

    static DiagnosticSeverity severity(Severity severity) {
        switch (severity) {
            case ERROR:
                return DiagnosticSeverity.Error;
            case WARNING:
                return DiagnosticSeverity.Warning;
            default:
                return DiagnosticSeverity.Information;
        }
    }
}
