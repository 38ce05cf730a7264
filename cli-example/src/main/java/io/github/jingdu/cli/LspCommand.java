package io.github.jingdu.cli;

import io.github.jingdu.lsp.JingduLanguageServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code jingdu lsp}: the language server, over standard input and output. */
@Command(name = "lsp",
        description = {
            "Start the Jingdu language server for an editor, speaking the Language Server Protocol over standard"
                + " input and output: lint findings as you type (the nearest .jingdu.json applies), quick fixes and"
                + " fix-all, hover on a vocabulary word, go to its entry, and an outline of sections, passages and"
                + " entries. Editors start it themselves; docs/editors.md shows VS Code, Neovim and Emacs.",
            ""},
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        footerHeading = "%nExit status:%n",
        footer = {
            "  0  the editor asked the server to shut down, then to exit",
            "  1  the editor left without asking it to shut down (its input ended)"})
final class LspCommand implements Callable<Integer> {

    @Mixin
    private LimitOptions limits;

    private InputStream stdin = System.in;
    private OutputStream stdout = System.out;

    void standardStreams(InputStream in, OutputStream out) {
        this.stdin = in;
        this.stdout = out;
    }

    @Override
    public Integer call() {
        return JingduLanguageServer.builder().parser(limits.parser()).build().serve(stdin, stdout);
    }
}
