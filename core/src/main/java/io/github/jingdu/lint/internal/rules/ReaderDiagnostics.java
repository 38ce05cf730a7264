package io.github.jingdu.lint.internal.rules;

import io.github.jingdu.lint.Level;
import io.github.jingdu.lint.RuleCategory;
import io.github.jingdu.lint.RuleInfo;
import io.github.jingdu.lint.internal.DiagnosticReporter;
import io.github.jingdu.lint.internal.LintInput;
import io.github.jingdu.lint.RuleReporter;
import io.github.jingdu.lint.internal.Rule;
import io.github.jingdu.model.Diagnostic;
import java.util.Set;

/** JD008, JD018, JD019, JD020 and JD021: diagnostics of the reader, reported as rules with their messages. */
public final class ReaderDiagnostics extends Rule {
    private final Set<String> codes;

    private ReaderDiagnostics(RuleInfo info, Set<String> codes) {
        super(info);
        this.codes = codes;
    }

    /** @return JD008, a line that looks like a vocabulary entry but does not parse */
    public static Rule unparsed() {
        return new ReaderDiagnostics(new RuleInfo("JD008", "vocabulary-unparsed", RuleCategory.STRUCTURE,
                Level.WARNING, false, "a line in the study notes looks like a vocabulary entry but cannot be read"),
                Set.of("vocabulary-unparsed"));
    }

    /** @return JD018, an entry with no meaning, pronunciation or explanation */
    public static Rule withoutMeaning() {
        return new ReaderDiagnostics(new RuleInfo("JD018", "vocabulary-without-meaning", RuleCategory.STRUCTURE,
                Level.INFO, false, "a vocabulary entry gives no meaning"), Set.of("vocabulary-without-meaning"));
    }

    /**
     * A text the reader could not read in full because it exceeds one of its limits
     * (docs/robustness.md): whatever lies beyond was not checked by the other rules, so a
     * check in CI fails rather than passing a file it did not read.
     *
     * @return JD019
     */
    public static Rule readerLimit() {
        return new ReaderDiagnostics(new RuleInfo("JD019", "reader-limit", RuleCategory.STRUCTURE, Level.ERROR,
                false, "part of the text exceeds a limit of the reader and was not read as notes"),
                Set.of("input-too-long", "too-many-blocks", "line-too-long", "nesting-too-deep"));
    }

    /**
     * Bytes that are not valid UTF-8: the reader reads each bad run as U+FFFD, so whatever they
     * meant is lost to every other rule and to every program that reads the file.
     *
     * @return JD020
     */
    public static Rule invalidEncoding() {
        return new ReaderDiagnostics(new RuleInfo("JD020", "invalid-encoding", RuleCategory.STRUCTURE, Level.ERROR,
                false, "the file is not valid UTF-8"), Set.of("invalid-utf8"));
    }

    /**
     * A line after a vocabulary entry, written like an entry of its own ({@code phrase：meaning}),
     * that the reader takes for an example of the entry above: whoever reads the notes may take it
     * either way.
     *
     * @return JD021
     */
    public static Rule exampleLikeEntry() {
        return new ReaderDiagnostics(new RuleInfo("JD021", "example-like-entry", RuleCategory.STRUCTURE, Level.INFO,
                false, "an example line is written like a vocabulary entry"), Set.of("example-like-entry"));
    }

    @Override
    public void check(LintInput in, RuleReporter out) {
        for (Diagnostic d : in.document().diagnostics()) {
            if (!codes.contains(d.code())) {
                continue;
            }
            if (out instanceof DiagnosticReporter reporter) {
                reporter.reportDiagnostic(d.span().offset(), d.span().end(), d.message(), d.code());
            } else {
                out.report(d.span().offset(), d.span().end(), d.message());
            }
        }
    }
}
