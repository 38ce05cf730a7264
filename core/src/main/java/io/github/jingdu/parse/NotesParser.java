package io.github.jingdu.parse;

import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.internal.DocumentReader;
import io.github.jingdu.text.internal.InlineText;
import io.github.jingdu.parse.internal.ReaderLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads study notes into a {@link NoteDocument}.
 *
 * <p>The parser accepts any text at all: it never throws on content and never drops a
 * character. The blocks of the result tile the input, so writing them back with
 * {@link io.github.jingdu.markdown.MarkdownWriter#lossless()} reproduces it exactly. What looked
 * wrong is reported in {@link NoteDocument#diagnostics()}. A parser is immutable and may be
 * shared between threads.
 *
 * <p>The reader keeps to limits so that no input, however hostile, can exhaust the memory or
 * the stack or take more than time linear in its length: see the {@link Builder}'s
 * {@code max…} options. What a limit stops is reported as a diagnostic that names it
 * ({@code input-too-long}, {@code line-too-long}, {@code nesting-too-deep},
 * {@code too-many-blocks}); the text is still kept, so the document still writes back exactly.
 *
 * <pre>{@code
 * NotesParser parser = NotesParser.create();
 * NoteDocument doc = parser.parse(Files.readAllBytes(Path.of("notes.md")));
 * for (Passage p : doc.passages()) {
 *     System.out.println(p.source().get(0).text());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class NotesParser {
    /**
     * The default of {@link Builder#maxInputLength(int)}: 512 Ki UTF-16 units, thirteen times the
     * largest real notes file seen (39,496), and small enough that any text within every default
     * limit is read, aligned and written to every output in a 256 MB heap (docs/robustness.md
     * gives the measurements; docs/decisions/0004).
     */
    public static final int DEFAULT_MAX_INPUT_LENGTH = 512 * 1024;
    /** The default of {@link Builder#maxLineLength(int)}: one million UTF-16 units. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 1_000_000;
    /** The default of {@link Builder#maxNestingDepth(int)}. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 100;
    /** The default of {@link Builder#maxBlocks(int)}. */
    public static final int DEFAULT_MAX_BLOCKS = 100_000;
    /** The default of {@link Builder#maxInlineLength(int)}. */
    public static final int DEFAULT_MAX_INLINE_LENGTH = 20_000;

    private final DocumentReader reader;
    private final int maxInlineLength;
    private final ReaderLimits limits;

    private NotesParser(Builder builder) {
        this.maxInlineLength = builder.maxInlineLength;
        this.limits = new ReaderLimits(builder.maxInputLength, builder.maxLineLength, builder.maxNestingDepth,
                builder.maxBlocks);
        this.reader = new DocumentReader(new InlineText(builder.maxInlineLength, builder.maxNestingDepth), limits);
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
        Objects.requireNonNull(text, "text");
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
        Objects.requireNonNull(utf8, "utf8");
        Utf8Decoder.Decoded decoded = Utf8Decoder.decode(utf8);
        List<Diagnostic> findings = decoded.diagnostics();
        return reader.read(decoded.text(), findings);
    }

    /**
     * Reads a file and parses it, as {@link #parse(byte[])} does with its bytes. The whole file is
     * read into memory; text beyond {@link #maxInputLength()} is kept but not interpreted.
     *
     * @param file a file of notes, in UTF-8
     * @return the document
     * @throws IOException if the file cannot be read
     * @since 0.1.0
     */
    public NoteDocument parse(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return parse(Files.readAllBytes(file));
    }

    /**
     * Reads a stream to its end and parses it, as {@link #parse(byte[])} does with its bytes. The
     * stream is left open.
     *
     * @param utf8 a stream of UTF-8 bytes
     * @return the document
     * @throws IOException if the stream fails
     * @since 0.1.0
     */
    public NoteDocument parse(InputStream utf8) throws IOException {
        Objects.requireNonNull(utf8, "utf8");
        return parse(utf8.readAllBytes());
    }

    /**
     * Reads characters to the end and parses them, as {@link #parse(String)} does. The reader is
     * left open.
     *
     * @param text characters already decoded
     * @return the document
     * @throws IOException if the reader fails
     * @since 0.1.0
     */
    public NoteDocument parse(Reader text) throws IOException {
        Objects.requireNonNull(text, "text");
        StringWriter all = new StringWriter();
        text.transferTo(all);
        return parse(all.toString());
    }

    /**
     * Returns the longest paragraph whose inline Markdown is interpreted.
     *
     * @return the limit in UTF-16 units
     */
    public int maxInlineLength() {
        return maxInlineLength;
    }

    /**
     * Returns the longest text that is read into blocks.
     *
     * @return the limit in UTF-16 units
     */
    public int maxInputLength() {
        return limits.maxInputLength();
    }

    /**
     * Returns the longest line whose kind (marker, heading, quote…) is recognised.
     *
     * @return the limit in UTF-16 units
     */
    public int maxLineLength() {
        return limits.maxLineLength();
    }

    /**
     * Returns the deepest nesting of quote markers, brackets and emphasis that is interpreted.
     *
     * @return the limit in levels
     */
    public int maxNestingDepth() {
        return limits.maxNestingDepth();
    }

    /**
     * Returns the most top-level blocks read from one text.
     *
     * @return the limit
     */
    public int maxBlocks() {
        return limits.maxBlocks();
    }

    /**
     * Sets the options of a {@link NotesParser}.
     *
     * <pre>{@code
     * NotesParser strict = NotesParser.builder()
     *         .maxInputLength(1_000_000)
     *         .maxBlocks(5_000)
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private int maxInlineLength = DEFAULT_MAX_INLINE_LENGTH;
        private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxBlocks = DEFAULT_MAX_BLOCKS;

        private Builder() {
        }

        /**
         * Sets the longest text that is read. A longer text becomes one block of text holding
         * all of it (so it still writes back exactly) and an {@code input-too-long} error.
         * Default: {@link #DEFAULT_MAX_INPUT_LENGTH}.
         *
         * @param length a positive number of UTF-16 units
         * @return this builder
         */
        public Builder maxInputLength(int length) {
            this.maxInputLength = positive("maxInputLength", length);
            return this;
        }

        /**
         * Sets the longest line whose kind is recognised. A longer line is plain text whatever it
         * holds (it cannot be a marker or a heading) and is reported as {@code line-too-long}.
         * Default: {@link #DEFAULT_MAX_LINE_LENGTH}.
         *
         * @param length a positive number of UTF-16 units
         * @return this builder
         */
        public Builder maxLineLength(int length) {
            this.maxLineLength = positive("maxLineLength", length);
            return this;
        }

        /**
         * Sets the deepest nesting that is interpreted. A paragraph whose brackets or emphasis
         * nest deeper keeps its Markdown as its text, and a quote line with more {@code >}
         * markers is reported; both as {@code nesting-too-deep}. This keeps the Markdown parser's
         * recursion far from the end of even a small thread stack. Default:
         * {@link #DEFAULT_MAX_NESTING_DEPTH}.
         *
         * @param depth a positive number of levels
         * @return this builder
         */
        public Builder maxNestingDepth(int depth) {
            this.maxNestingDepth = positive("maxNestingDepth", depth);
            return this;
        }

        /**
         * Sets the most top-level blocks read from one text. The text after the last one the
         * limit allows is kept as one block of text and reported as {@code too-many-blocks}.
         * Default: {@link #DEFAULT_MAX_BLOCKS}.
         *
         * @param count a number of blocks, at least 2
         * @return this builder
         */
        public Builder maxBlocks(int count) {
            if (count < 2) {
                throw new IllegalArgumentException("maxBlocks must be at least 2: " + count);
            }
            this.maxBlocks = count;
            return this;
        }

        /**
         * Sets the longest paragraph whose inline Markdown (escapes, emphasis, links) is turned
         * into plain text; longer paragraphs keep their Markdown as their text. The limit bounds
         * the work spent on pathological input. Default: {@link #DEFAULT_MAX_INLINE_LENGTH}.
         *
         * @param length a positive number of UTF-16 units
         * @return this builder
         */
        public Builder maxInlineLength(int length) {
            this.maxInlineLength = positive("maxInlineLength", length);
            return this;
        }

        private static int positive(String option, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(option + " must be positive: " + value);
            }
            return value;
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
