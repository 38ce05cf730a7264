/**
 * The {@code jingdu} command, as a module: what a jlink image of the tool starts
 * ({@code ./mvnw -Pjlink package}, docs/cli.md). picocli reads the commands' options by
 * reflection.
 */
module io.github.jingdu.cli {
    requires io.github.jingdu.core;
    requires io.github.jingdu.lsp;
    requires info.picocli;

    opens io.github.jingdu.cli to info.picocli;
}
