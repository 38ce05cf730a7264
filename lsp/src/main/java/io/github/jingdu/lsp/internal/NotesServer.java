package io.github.jingdu.lsp.internal;

import io.github.jingdu.lint.LintConfig;
import io.github.jingdu.parse.NotesParser;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.jspecify.annotations.Nullable;

/**
 * The protocol's life cycle (initialize, shutdown, exit) and the server's capabilities; the
 * notes themselves are handled by {@link NotesDocuments}.
 */
public final class NotesServer implements LanguageServer, LanguageClientAware {

    private final NotesDocuments documents;
    private final NotesWorkspace workspace;
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final Session session = new Session();
    private volatile @Nullable LanguageClient client;
    private volatile boolean watchesFiles;

    NotesServer(NotesParser parser) {
        this.documents = new NotesDocuments(parser, session);
        this.workspace = new NotesWorkspace(documents);
    }

    /**
     * Serves one client until it exits or its stream ends.
     *
     * @param parser the parser for every note
     * @param in what the client sends
     * @param out where the server writes
     * @return 0 when the client asked for shutdown before it left, 1 otherwise
     */
    public static int serve(NotesParser parser, InputStream in, OutputStream out) {
        NotesServer server = new NotesServer(parser);
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "jingdu-lsp");
            t.setDaemon(true);
            return t;
        });
        try {
            Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
                    .setLocalService(server)
                    .setRemoteInterface(LanguageClient.class)
                    .setInput(in)
                    .setOutput(out)
                    .setExecutorService(threads)
                    .create();
            server.connect(launcher.getRemoteProxy());
            Future<Void> listening = launcher.startListening();
            CompletableFuture.runAsync(() -> awaitQuietly(listening), threads)
                    .thenRun(() -> server.exitCode.complete(server.session.isShutDown() ? 0 : 1));
            int code = server.exitCode.join();
            listening.cancel(true);
            return code;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void awaitQuietly(Future<Void> listening) {
        try {
            listening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // The stream ended or broke: either way the session is over.
        }
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
        documents.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (session.isShutDown()) {
            return session.refused("initialize");
        }
        ClientCapabilities asked = params.getCapabilities();
        watchesFiles = asked != null && asked.getWorkspace() != null && asked.getWorkspace().getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(asked.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(TextDocumentSyncKind.Full);
        capabilities.setHoverProvider(true);
        capabilities.setDefinitionProvider(true);
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionKind.SourceFixAll)));
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("jingdu", version())));
    }

    /**
     * Asks the client to say when a {@code .jingdu.json} changes, when it can: the rules that apply
     * to every open note may change with it ({@link NotesWorkspace} lints them again).
     */
    @Override
    public void initialized(InitializedParams params) {
        LanguageClient c = client;
        if (watchesFiles && c != null) {
            FileSystemWatcher configuration = new FileSystemWatcher(Either.forLeft("**/" + LintConfig.FILE_NAME));
            c.registerCapability(new RegistrationParams(List.of(new Registration("jingdu-configuration",
                    "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(List.of(configuration))))));
        }
    }

    /** The version in the jar's manifest, or in the module's descriptor in a jlink image. */
    private static String version() {
        String version = NotesServer.class.getPackage().getImplementationVersion();
        if (version == null && NotesServer.class.getModule().getDescriptor() != null) {
            version = NotesServer.class.getModule().getDescriptor().rawVersion().orElse(null);
        }
        return version == null ? "development" : version;
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        if (session.isShutDown()) {
            return session.refused("shutdown");
        }
        session.shutDown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exitCode.complete(session.isShutDown() ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }
}
