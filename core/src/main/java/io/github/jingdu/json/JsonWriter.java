package io.github.jingdu.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.jingdu.model.NoteDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes a {@link NoteDocument} in the versioned JSON form {@code jingdu-notes}, described by
 * {@code docs/jingdu-notes.schema.json}.
 *
 * <p>By default the JSON holds everything: each element's {@code span} and each block's
 * {@code raw} text, so {@link JsonReader} gives back a document equal to the one written and the
 * lossless Markdown writer reproduces the original file. Without them the JSON is the content
 * alone, smaller and easier to read.
 *
 * <pre>{@code
 * String json = JsonWriter.builder().positions(false).build().write(document);
 * }</pre>
 *
 * <p>Writers are immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class JsonWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final boolean positions;
    private final boolean pretty;
    private final boolean groundings;

    private JsonWriter(Builder builder) {
        this.positions = builder.positions;
        this.pretty = builder.pretty;
        this.groundings = builder.groundings;
    }

    /**
     * Returns a writer with the defaults: positions and source text included, indented.
     *
     * @return a new writer
     */
    public static JsonWriter create() {
        return builder().build();
    }

    /**
     * Starts building a writer.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes a document as a JSON string.
     *
     * @param document the document
     * @return its JSON, ending with a line break
     */
    public String write(NoteDocument document) {
        Objects.requireNonNull(document, "document");
        StringWriter out = new StringWriter();
        try {
            write(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes a document as JSON to a character stream, which is left open.
     *
     * @param document the document
     * @param out where to write
     * @throws IOException if the stream fails
     */
    public void write(NoteDocument document, Writer out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
                g.setPrettyPrinter(printer);
            }
            new JsonDocumentEncoder(g, positions, groundings).document(document);
        }
        out.write('\n');
    }

    /**
     * Writes a document as JSON in UTF-8 to a byte stream, which is flushed and left open.
     *
     * @param document the document
     * @param out where to write
     * @throws IOException if the stream fails
     * @since 0.1.0
     */
    public void write(NoteDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(document, text);
        text.flush();
    }

    /**
     * Writes a document's vocabulary as JSON lines: one object per entry, each on a line of its
     * own, for collections of many notes' vocabulary. Each object holds {@code source}, then the
     * entry's fields as the document's JSON writes them (docs/json.md), except that its
     * {@code grounding} stands alone: the sentence's text and its translation's text, never the
     * indices of sentences in the passage's alignment. The writer's options apply, except
     * {@link Builder#pretty(boolean)}. A document without vocabulary writes nothing.
     *
     * @param source the name to record for the document, such as its file's path
     * @param document the document
     * @param out where to write; left open
     * @throws IOException if the stream fails
     * @since 0.1.0
     */
    public void writeVocabularyLines(String source, NoteDocument document, Writer out) throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // One object per line: no separator between root values but the line break.
            g.setRootValueSeparator(null);
            new JsonDocumentEncoder(g, positions, groundings).vocabularyLines(source, document, out);
        }
    }

    /** Sets the options of a {@link JsonWriter}. */
    public static final class Builder {
        private boolean positions = true;
        private boolean pretty = true;
        private boolean groundings = true;

        private Builder() {
        }

        /**
         * Whether to write each vocabulary entry's {@code grounding}: where its headword occurs
         * ({@link io.github.jingdu.terms.Grounder}). Default: true.
         *
         * @param include false to leave groundings out
         * @return this builder
         * @since 0.1.0
         */
        public Builder groundings(boolean include) {
            this.groundings = include;
            return this;
        }

        /**
         * Whether to write each element's {@code span} and each block's {@code raw} source text.
         * Default: true. Without them, reading the JSON back gives the content but not the
         * original file.
         *
         * @param include true to include positions and source text
         * @return this builder
         */
        public Builder positions(boolean include) {
            this.positions = include;
            return this;
        }

        /**
         * Whether to indent the JSON. Default: true.
         *
         * @param indent false for one line
         * @return this builder
         */
        public Builder pretty(boolean indent) {
            this.pretty = indent;
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return a new immutable writer
         */
        public JsonWriter build() {
            return new JsonWriter(this);
        }
    }
}
