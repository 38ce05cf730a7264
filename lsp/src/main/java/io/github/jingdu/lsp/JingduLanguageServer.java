package io.github.jingdu.lsp;

import io.github.jingdu.lsp.internal.NotesServer;
import io.github.jingdu.parse.NotesParser;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A language server for study notes: diagnostics from the linter as the text changes (the nearest
 * {@code .jingdu.json} applies), quick fixes and fix-all from its safe fixes, hover on a headword or
 * on a word of the passage that a vocabulary entry explains, go-to-definition from that word to
 * its entry, and document symbols for sections, passages and entries.
 *
 * <pre>{@code
 * int exitCode = JingduLanguageServer.create().serve(System.in, System.out);
 * }</pre>
 *
 * <p>Immutable and thread-safe; each call of {@link #serve} is a session of its own.
 *
 * @since 0.1.0
 */
public final class JingduLanguageServer {

    private final NotesParser parser;

    private JingduLanguageServer(Builder builder) {
        this.parser = builder.parser;
    }

    /**
     * Returns a server with the default parser.
     *
     * @return a new server
     */
    public static JingduLanguageServer create() {
        return builder().build();
    }

    /**
     * Returns a builder.
     *
     * @return a new builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Speaks the protocol (JSON-RPC with {@code Content-Length} headers) until the client sends
     * {@code exit} or closes the input.
     *
     * @param in what the client sends
     * @param out where the server's messages go
     * @return the exit code the protocol prescribes: 0 when the client asked for {@code shutdown}
     *     before it left, 1 otherwise
     */
    public int serve(InputStream in, OutputStream out) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        return NotesServer.serve(parser, in, out);
    }

    /**
     * Builds a {@link JingduLanguageServer}.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private NotesParser parser = NotesParser.create();

        private Builder() {
        }

        /**
         * Sets the parser, with its limits, for every note the server reads.
         *
         * @param parser the parser; {@link NotesParser#create()} by default
         * @return this builder
         */
        public Builder parser(NotesParser parser) {
            this.parser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * Builds the server.
         *
         * @return a new server
         */
        public JingduLanguageServer build() {
            return new JingduLanguageServer(this);
        }
    }
}
