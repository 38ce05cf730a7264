package io.github.jingdu.lsp.internal;

import io.github.jingdu.lint.Finding;
import io.github.jingdu.lint.FixResult;
import io.github.jingdu.lint.LintResult;
import io.github.jingdu.lint.Linter;
import io.github.jingdu.lint.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The linter's safe fixes as code actions: a quick fix for each fixable finding that touches the
 * range the editor asks about, and one action that applies every fix, as {@code jingdu lint --fix}
 * does.
 */
final class FixActions {

    static final String FIX_ALL_TITLE = "Fix all Jingdu findings that have a safe fix";

    private FixActions() {
    }

    static List<Either<Command, CodeAction>> of(OpenNote note, Range asked, List<String> only, Linter linter) {
        LintResult result = note.lint();
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        if (result == null) {
            return out;
        }
        LineIndex lines = note.lines();
        int from = lines.offset(asked.getStart());
        int to = lines.offset(asked.getEnd());
        boolean anyFixable = false;
        for (Finding f : result.findings()) {
            if (!f.fixable()) {
                continue;
            }
            anyFixable = true;
            if (wants(only, CodeActionKind.QuickFix) && touches(f, from, to)) {
                CodeAction action = new CodeAction("Fix: " + f.message());
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(LintDiagnostics.of(f, lines)));
                action.setEdit(edit(note, edits(f.fix(), lines)));
                out.add(Either.forRight(action));
            }
        }
        if (anyFixable && wants(only, CodeActionKind.SourceFixAll)) {
            FixResult fixed = note.fixed(linter);
            if (fixed.applied() > 0) {
                CodeAction all = new CodeAction(FIX_ALL_TITLE);
                all.setKind(CodeActionKind.SourceFixAll);
                Range whole = new Range(new Position(0, 0), lines.position(note.text().length()));
                all.setEdit(edit(note, List.of(new org.eclipse.lsp4j.TextEdit(whole, fixed.text()))));
                out.add(Either.forRight(all));
            }
        }
        return out;
    }

    /** An empty list asks for every kind; a kind also asks for its sub-kinds. */
    private static boolean wants(List<String> only, String kind) {
        return only.isEmpty() || only.stream().anyMatch(k -> kind.equals(k) || kind.startsWith(k + "."));
    }

    private static boolean touches(Finding f, int from, int to) {
        return f.span().offset() <= to && f.span().end() >= from;
    }

    private static List<org.eclipse.lsp4j.TextEdit> edits(List<TextEdit> fix, LineIndex lines) {
        List<org.eclipse.lsp4j.TextEdit> out = new ArrayList<>(fix.size());
        for (TextEdit e : fix) {
            out.add(new org.eclipse.lsp4j.TextEdit(lines.range(e.offset(), e.end()), e.replacement()));
        }
        return out;
    }

    private static WorkspaceEdit edit(OpenNote note, List<org.eclipse.lsp4j.TextEdit> edits) {
        return new WorkspaceEdit(Map.of(note.uri(), edits));
    }
}
