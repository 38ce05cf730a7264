package io.github.jingdu.markdown;

import io.github.jingdu.model.Block;
import io.github.jingdu.model.NoteDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes a {@link NoteDocument} back as notes text.
 *
 * <ul>
 *   <li>{@link #lossless()} writes each block's source text as it was read, so
 *       {@code lossless().write(parser.parse(s)).equals(s)} for every string {@code s}. Blocks
 *       that have no source text (built in code, or read from JSON without it) are written in
 *       canonical form.</li>
 *   <li>{@link #canonical()} writes the normalised form specified in {@code docs/format.md}: LF
 *       line endings, {@code 原文：} and {@code 学习：}, one line per paragraph, one blank line
 *       between blocks. It is idempotent: writing a parse of its output gives the same text.</li>
 * </ul>
 *
 * <pre>{@code
 * String normalised = MarkdownWriter.canonical().write(NotesParser.create().parse(text));
 * }</pre>
 *
 * <p>Writers are immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class MarkdownWriter {
    private static final MarkdownWriter LOSSLESS = new MarkdownWriter(true);
    private static final MarkdownWriter CANONICAL = new MarkdownWriter(false);

    private final boolean lossless;

    private MarkdownWriter(boolean lossless) {
        this.lossless = lossless;
    }

    /**
     * Returns the writer that reproduces the source byte for byte.
     *
     * @return the lossless writer
     */
    public static MarkdownWriter lossless() {
        return LOSSLESS;
    }

    /**
     * Returns the writer of the canonical form.
     *
     * @return the canonical writer
     */
    public static MarkdownWriter canonical() {
        return CANONICAL;
    }

    /**
     * Writes a document. The canonical writer writes a text that was not read, being beyond the
     * reader's input limit, as it is.
     *
     * @param document the document
     * @return its text
     */
    public String write(NoteDocument document) {
        Objects.requireNonNull(document, "document");
        StringBuilder out = new StringBuilder();
        CanonicalBlocks canonical = new CanonicalBlocks();
        // A text beyond the reader's input limit was not read: there is nothing to normalise, and
        // its canonical form is the text itself (normalising it could bring it under the limit,
        // and then it would read as something else).
        boolean asWritten = lossless || document.diagnostics().stream().anyMatch(d -> d.code().equals("input-too-long"));
        for (Block block : document.blocks()) {
            if (asWritten && block.span().isKnown()) {
                out.append(block.raw());
                continue;
            }
            String text = canonical.write(block);
            if (text.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                if (out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
                    out.append('\n');
                }
            }
            out.append(text).append('\n');
        }
        return out.toString();
    }

    /**
     * Writes a document to a character stream, which is left open.
     *
     * @param document the document
     * @param out where to write
     * @throws IOException if the stream fails
     * @since 0.1.0
     */
    public void write(NoteDocument document, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(write(document));
    }

    /**
     * Writes a document in UTF-8 to a byte stream, which is left open: for a lossless writer and a
     * document read from UTF-8, the bytes that were read.
     *
     * @param document the document
     * @param out where to write
     * @throws IOException if the stream fails
     * @since 0.1.0
     */
    public void write(NoteDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(write(document).getBytes(StandardCharsets.UTF_8));
    }
}
