package io.github.jingdu.parse;

import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.internal.DocumentReader;
import io.github.jingdu.parse.internal.InlineText;
import java.util.List;

/**
 * Reads study notes into a {@link NoteDocument}.
 *
 * <p>The parser accepts any text at all: it never throws on content and never drops a
 * character. The blocks of the result tile the input, so writing them back with
 * {@link io.github.jingdu.markdown.MarkdownWriter#lossless()} reproduces it exactly. What looked
 * wrong is reported in {@link NoteDocument#diagnostics()}. A parser is immutable and may be
 * shared between threads.
 *
 * <pre>{@code
 * NotesParser parser = NotesParser.create();
 * NoteDocument doc = parser.parse(Files.readAllBytes(Path.of("notes.md")));
 * for (Passage p : doc.passages()) {
 *     System.out.println(p.source().get(0).text());
 * }
 * }</pre>
 */
public final class NotesParser {
    private final DocumentReader reader;
    private final int maxInlineLength;

    private NotesParser(Builder builder) {
        this.maxInlineLength = builder.maxInlineLength;
        this.reader = new DocumentReader(new InlineText(builder.maxInlineLength));
    }

    /**
     * Returns a parser with the default options.
     *
     * @return a new parser
     */
    public static NotesParser create() {
        return builder().build();
    }

    /**
     * Starts building a parser with non-default options.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses a text.
     *
     * @param text any string, including one with a BOM, CRLF or lone CR line endings, NUL or
     *     unpaired surrogates
     * @return the document
     */
    public NoteDocument parse(String text) {
        return reader.read(text, List.of());
    }

    /**
     * Decodes UTF-8 bytes and parses them. Bytes that are not valid UTF-8 become U+FFFD and are
     * reported with the code {@code invalid-utf8} and their line.
     *
     * @param utf8 the file's bytes
     * @return the document
     */
    public NoteDocument parse(byte[] utf8) {
        Utf8Decoder.Decoded decoded = Utf8Decoder.decode(utf8);
        List<Diagnostic> findings = decoded.diagnostics();
        return reader.read(decoded.text(), findings);
    }

    /**
     * Returns the longest paragraph whose inline Markdown is interpreted.
     *
     * @return the limit in UTF-16 units
     */
    public int maxInlineLength() {
        return maxInlineLength;
    }

    /** Sets the options of a {@link NotesParser}. */
    public static final class Builder {
        private int maxInlineLength = 20_000;

        private Builder() {
        }

        /**
         * Sets the longest paragraph whose inline Markdown (escapes, emphasis, links) is turned
         * into plain text; longer paragraphs keep their Markdown as their text. The limit bounds
         * the work spent on pathological input. Default: 20,000.
         *
         * @param length a positive number of UTF-16 units
         * @return this builder
         */
        public Builder maxInlineLength(int length) {
            if (length < 1) {
                throw new IllegalArgumentException("maxInlineLength must be positive: " + length);
            }
            this.maxInlineLength = length;
            return this;
        }

        /**
         * Builds the parser.
         *
         * @return a new immutable parser
         */
        public NotesParser build() {
            return new NotesParser(this);
        }
    }
}
