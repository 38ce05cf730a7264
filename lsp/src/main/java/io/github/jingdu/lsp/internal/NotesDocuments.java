package io.github.jingdu.lsp.internal;

import io.github.jingdu.lint.FolderLinters;
import io.github.jingdu.lint.LintConfigException;
import io.github.jingdu.lint.LintResult;
import io.github.jingdu.lint.Linter;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.terms.Grounder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.jspecify.annotations.Nullable;

/**
 * The notes the editor has open: each change lints the whole text again (the server asks for full
 * synchronisation; a note is small) and publishes the findings; hover, definition, symbols and
 * code actions read the latest version.
 */
final class NotesDocuments implements TextDocumentService {

    private final NotesParser parser;
    private final Session session;
    private final Grounder grounder = Grounder.create();
    private final Linter defaultLinter;
    private final Map<String, OpenNote> open = new ConcurrentHashMap<>();
    private volatile @Nullable LanguageClient client;

    NotesDocuments(NotesParser parser, Session session) {
        this.parser = parser;
        this.session = session;
        this.defaultLinter = Linter.builder().parser(parser).build();
    }

    void connect(LanguageClient client) {
        this.client = client;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        if (session.isShutDown()) {
            return;
        }
        update(params.getTextDocument().getUri(), params.getTextDocument().getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        if (session.isShutDown()) {
            return;
        }
        List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
        if (!changes.isEmpty()) {
            // Full synchronisation: the last change holds the whole text.
            update(params.getTextDocument().getUri(), changes.get(changes.size() - 1).getText());
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        if (session.isShutDown()) {
            return;
        }
        String uri = params.getTextDocument().getUri();
        open.remove(uri);
        publish(uri, List.of());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        if (session.isShutDown()) {
            return;
        }
        OpenNote note = open.get(params.getTextDocument().getUri());
        if (note != null) {
            lint(note);
        }
    }

    void lintAll() {
        if (session.isShutDown()) {
            return;
        }
        open.values().forEach(this::lint);
    }

    private void update(String uri, @Nullable String text) {
        OpenNote note = new OpenNote(uri, text == null ? "" : text, parser, grounder);
        open.put(uri, note);
        lint(note);
    }

    private void lint(OpenNote note) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Path file = note.file();
        Optional<Linter> found;
        try {
            // Read again at each change: the editor may have changed .jingdu.json meanwhile.
            found = file == null ? Optional.of(defaultLinter) : FolderLinters.builder().parser(parser).build().linterFor(file);
        } catch (LintConfigException e) {
            diagnostics.add(new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)),
                    e.getMessage() + " (the default rules apply until it is mended)", DiagnosticSeverity.Error,
                    LintDiagnostics.SOURCE));
            found = Optional.of(defaultLinter);
        }
        if (found.isEmpty()) {
            publish(note.uri(), diagnostics);
            return;
        }
        Linter linter = found.get();
        LintResult result = linter.lint(note.text(), file);
        note.linted(linter, result);
        diagnostics.addAll(LintDiagnostics.of(result, note.lines()));
        publish(note.uri(), diagnostics);
    }

    private void publish(String uri, List<Diagnostic> diagnostics) {
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
        }
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        if (session.isShutDown()) {
            return session.refused("textDocument/codeAction");
        }
        OpenNote note = open.get(params.getTextDocument().getUri());
        if (note == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<String> only = params.getContext() == null || params.getContext().getOnly() == null
                ? List.of() : params.getContext().getOnly();
        Linter linter = note.linter();
        if (linter == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        return CompletableFuture.completedFuture(FixActions.of(note, params.getRange(), only, linter));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        if (session.isShutDown()) {
            return session.refused("textDocument/hover");
        }
        OpenNote note = open.get(params.getTextDocument().getUri());
        VocabularyAt at = note == null ? null : VocabularyAt.find(note, note.lines().offset(params.getPosition()));
        if (at == null) {
            return CompletableFuture.completedFuture(null);
        }
        Hover hover = new Hover(new MarkupContent(MarkupKind.MARKDOWN, EntryHover.markdown(at.entry())),
                note.lines().range(at.offset(), at.end()));
        return CompletableFuture.completedFuture(hover);
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        if (session.isShutDown()) {
            return session.refused("textDocument/definition");
        }
        OpenNote note = open.get(params.getTextDocument().getUri());
        VocabularyAt at = note == null ? null : VocabularyAt.find(note, note.lines().offset(params.getPosition()));
        if (at == null || !at.inPassage()) {
            return CompletableFuture.completedFuture(Either.forLeft(List.of()));
        }
        Range entry = note.lines().range(at.entry().span().offset(), at.entry().span().end());
        return CompletableFuture.completedFuture(Either.forLeft(List.of(new Location(note.uri(), entry))));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        if (session.isShutDown()) {
            return session.refused("textDocument/documentSymbol");
        }
        OpenNote note = open.get(params.getTextDocument().getUri());
        if (note == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
        for (DocumentSymbol s : NoteSymbols.of(note.document(), note.lines())) {
            out.add(Either.forRight(s));
        }
        return CompletableFuture.completedFuture(out);
    }
}
