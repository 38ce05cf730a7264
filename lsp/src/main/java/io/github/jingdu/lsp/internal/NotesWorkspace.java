package io.github.jingdu.lsp.internal;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The workspace's notifications: a changed configuration or watched file (a {@code .jingdu.json})
 * lints every open note again, since the rules that apply may have changed.
 */
final class NotesWorkspace implements WorkspaceService {

    private final NotesDocuments documents;

    NotesWorkspace(NotesDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        documents.lintAll();
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        documents.lintAll();
    }
}
