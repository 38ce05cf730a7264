package io.github.jingdu.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as an editor sees it: a JSON-RPC client (LSP4J's) talks to it over a pair of pipes,
 * as over standard input and output.
 */
class JingduLanguageServerTest {

    /**
     * Line 4 ends in a space after an astral character (two UTF-16 units, so the space is at
     * character 14); the passage at line 10 has no translation.
     */
    private static final String NOTE = "原文：\n\n"
            + "The 😀 team made a comeback in the fourth quarter.\n\n"
            + "球队😀在第四节完成了逆转。 \n\n"
            + "学习：\n\n"
            + "comeback: /ˈkʌmbæk/ 逆转；东山再起\n\n"
            + "原文：\n\n"
            + "A second passage without a translation.\n";

    @TempDir
    Path folder;

    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    private final BlockingQueue<RegistrationParams> registered = new LinkedBlockingQueue<>();
    private CompletableFuture<Integer> exitCode;
    private LanguageServer server;
    private PipedOutputStream toServer;
    private String uri;

    @BeforeEach
    void start() throws Exception {
        Files.writeString(folder.resolve(".jingdu.json"), "{\"preset\": \"chinese-copywriting\"}");
        uri = folder.resolve("notes.md").toUri().toString();
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream fromServer = new PipedOutputStream(clientIn);
        exitCode = CompletableFuture.supplyAsync(() -> JingduLanguageServer.create().serve(serverIn, fromServer));
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new RecordingClient(), clientIn, toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams params = new InitializeParams();
        ClientCapabilities capabilities = new ClientCapabilities();
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        capabilities.setWorkspace(workspace);
        params.setCapabilities(capabilities);
        InitializeResult init = server.initialize(params).get(30, TimeUnit.SECONDS);
        assertEquals("jingdu", init.getServerInfo().getName());
        assertEquals(List.of("quickfix", "source.fixAll"), init.getCapabilities().getCodeActionProvider().getRight().getCodeActionKinds());
        assertTrue(init.getCapabilities().getHoverProvider().getLeft());
        assertTrue(init.getCapabilities().getDefinitionProvider().getLeft());
        assertTrue(init.getCapabilities().getDocumentSymbolProvider().getLeft());
        server.initialized(new InitializedParams());
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, NOTE)));
    }

    @AfterEach
    void stop() throws Exception {
        toServer.close();
    }

    @Test
    void publishesTheLintersFindingsWithUtf16Positions() throws Exception {
        assertEquals(List.of(
                "4:14-4:15 Warning JD108 trailing whitespace; remove it",
                "10:0-10:3 Warning JD001 this 原文 block has English but no translation; write the Chinese translation"
                        + " after the English (a paragraph of Chinese before 学习)"),
                describe(next()));
    }

    @Test
    void editsPublishAgain() throws Exception {
        next();
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
                List.of(new TextDocumentContentChangeEvent(NOTE.replace("。 \n", "。\n")))));
        assertEquals(1, next().getDiagnostics().size());
    }

    @Test
    void offersAQuickFixAndFixAll() throws Exception {
        next();
        List<Either<Command, CodeAction>> actions = server.getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(uri), new Range(new Position(4, 0), new Position(4, 15)),
                new CodeActionContext(List.of()))).get(30, TimeUnit.SECONDS);
        assertEquals(2, actions.size());
        CodeAction quickFix = actions.get(0).getRight();
        assertEquals("quickfix", quickFix.getKind());
        assertEquals(List.of(new TextEdit(new Range(new Position(4, 14), new Position(4, 15)), "")),
                quickFix.getEdit().getChanges().get(uri));
        CodeAction fixAll = actions.get(1).getRight();
        assertEquals("source.fixAll", fixAll.getKind());
        assertEquals(List.of(new TextEdit(new Range(new Position(0, 0), new Position(13, 0)), NOTE.replace("。 \n", "。\n"))),
                fixAll.getEdit().getChanges().get(uri));

        List<Either<Command, CodeAction>> onlyFixAll = server.getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(uri), new Range(new Position(0, 0), new Position(0, 0)),
                new CodeActionContext(List.of(), List.of("source")))).get(30, TimeUnit.SECONDS);
        assertEquals(List.of("source.fixAll"), onlyFixAll.stream().map(a -> a.getRight().getKind()).toList());
    }

    @Test
    void hoverOnAWordOfThePassageShowsItsEntry() throws Exception {
        next();
        Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(2, 22))).get(30, TimeUnit.SECONDS);
        assertEquals("**comeback**  \n/ˈkʌmbæk/\n\n1. 逆转\n2. 东山再起", hover.getContents().getRight().getValue());
        assertEquals(new Range(new Position(2, 19), new Position(2, 27)), hover.getRange());
        Hover onEntry = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(8, 2))).get(30, TimeUnit.SECONDS);
        assertEquals(hover.getContents(), onEntry.getContents());
        Hover nothing = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(2, 1))).get(30, TimeUnit.SECONDS);
        assertEquals(null, nothing);
    }

    @Test
    void definitionLeadsFromTheWordToItsEntry() throws Exception {
        next();
        List<? extends Location> found = server.getTextDocumentService().definition(new DefinitionParams(
                new TextDocumentIdentifier(uri), new Position(2, 25))).get(30, TimeUnit.SECONDS).getLeft();
        assertEquals(List.of(new Location(uri, new Range(new Position(8, 0), new Position(8, 27)))), found);
    }

    @Test
    void symbolsOutlinePassagesAndTheirEntries() throws Exception {
        next();
        List<Either<SymbolInformation, DocumentSymbol>> symbols = server.getTextDocumentService().documentSymbol(
                new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(
                "Struct The 😀 team made a comeback in the fourth quarter… 0:0-10:0",
                "  Key comeback 8:0-8:27",
                "Struct A second passage without a translation. 10:0-13:0"),
                symbols.stream().flatMap(s -> outline(s.getRight(), "")).toList());
    }

    @Test
    void aChangedConfigurationLintsTheOpenNotesAgain() throws Exception {
        next();
        RegistrationParams registration = registered.poll(30, TimeUnit.SECONDS);
        assertEquals("workspace/didChangeWatchedFiles", registration.getRegistrations().get(0).getMethod());
        assertEquals("{\"watchers\":[{\"globPattern\":\"**/.jingdu.json\"}]}",
                new com.google.gson.Gson().toJson(registration.getRegistrations().get(0).getRegisterOptions()));
        Files.writeString(folder.resolve(".jingdu.json"), "{\"preset\": \"recommended\"}");
        server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                new FileEvent(folder.resolve(".jingdu.json").toUri().toString(), FileChangeType.Changed))));
        assertEquals(List.of("JD001"), next().getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList());
    }

    @Test
    void aConfigurationThatCannotBeReadIsReportedAndTheDefaultsApply() throws Exception {
        next();
        Files.writeString(folder.resolve(".jingdu.json"), "{ \"rules\": ");
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
                List.of(new TextDocumentContentChangeEvent(NOTE))));
        List<String> found = describe(next());
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("0:0-0:0 Error null " + folder.resolve(".jingdu.json")), found.get(0));
        assertTrue(found.get(1).startsWith("10:0-10:3 Warning JD001"), found.get(1));
    }

    @Test
    void closingANoteClearsItsDiagnostics() throws Exception {
        next();
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        assertEquals(List.of(), next().getDiagnostics());
    }

    @Test
    void exitWithoutShutdownEndsWithOne() throws Exception {
        next();
        server.exit();
        assertEquals(1, exitCode.get(30, TimeUnit.SECONDS));
    }

    @Test
    void exitAfterShutdownEndsWithZero() throws Exception {
        next();
        server.shutdown().get(30, TimeUnit.SECONDS);
        server.exit();
        assertEquals(0, exitCode.get(30, TimeUnit.SECONDS));
    }

    @Test
    void afterShutdownRequestsFailWithInvalidRequestAndNotificationsAreDropped() throws Exception {
        next();
        server.shutdown().get(30, TimeUnit.SECONDS);
        ExecutionException hover = assertThrows(ExecutionException.class, () -> server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(2, 2))).get(30, TimeUnit.SECONDS));
        assertEquals(ResponseErrorCode.InvalidRequest.getValue(),
                ((ResponseErrorException) hover.getCause()).getResponseError().getCode(), hover.getCause().getMessage());
        ExecutionException again = assertThrows(ExecutionException.class,
                () -> server.shutdown().get(30, TimeUnit.SECONDS));
        assertEquals(ResponseErrorCode.InvalidRequest.getValue(),
                ((ResponseErrorException) again.getCause()).getResponseError().getCode());
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        assertEquals(null, published.poll(2, TimeUnit.SECONDS), "a note closed after shutdown is not cleared");
        server.exit();
        assertEquals(0, exitCode.get(30, TimeUnit.SECONDS));
    }

    @Test
    void aClosedStreamWithoutShutdownEndsWithOne() throws Exception {
        next();
        toServer.close();
        assertEquals(1, exitCode.get(30, TimeUnit.SECONDS));
    }

    private PublishDiagnosticsParams next() throws InterruptedException {
        PublishDiagnosticsParams p = published.poll(30, TimeUnit.SECONDS);
        assertEquals(uri, p == null ? null : p.getUri(), "no diagnostics were published for the note");
        return p;
    }

    private static List<String> describe(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().map(JingduLanguageServerTest::describe).collect(Collectors.toList());
    }

    private static String describe(Diagnostic d) {
        return at(d.getRange()) + " " + d.getSeverity() + " " + (d.getCode() == null ? null : d.getCode().getLeft()) + " "
                + d.getMessage();
    }

    private static java.util.stream.Stream<String> outline(DocumentSymbol s, String indent) {
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(indent + s.getKind() + " " + s.getName() + " " + at(s.getRange())),
                s.getChildren().stream().flatMap(c -> outline(c, indent + "  ")));
    }

    private static String at(Range r) {
        return r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-" + r.getEnd().getLine() + ":"
                + r.getEnd().getCharacter();
    }

    private final class RecordingClient implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.add(diagnostics);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }

        @Override
        public CompletableFuture<Void> registerCapability(RegistrationParams params) {
            registered.add(params);
            return CompletableFuture.completedFuture(null);
        }
    }

    static {
        // The client's side of the pipe is closed by each test; LSP4J logs that as a warning.
        java.util.logging.Logger.getLogger("org.eclipse.lsp4j.jsonrpc").setLevel(java.util.logging.Level.OFF);
    }
}
