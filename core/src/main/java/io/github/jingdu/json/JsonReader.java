package io.github.jingdu.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jingdu.model.NoteDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads the {@code jingdu-notes} JSON form back into a {@link NoteDocument}.
 *
 * <p>JSON written by {@link JsonWriter} with positions reads back into a document equal to the
 * one written. JSON without positions reads into the same content, with
 * {@link io.github.jingdu.model.SourceSpan#NONE} spans and empty source text. Fields this version
 * does not know are ignored; a newer {@code version}, a missing field or a field of the wrong
 * type is an error naming the field.
 *
 * <pre>{@code
 * NoteDocument doc = JsonReader.create().read(Files.readString(Path.of("notes.json")));
 * }</pre>
 *
 * <p>Readers are immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class JsonReader {
    private final ObjectMapper mapper;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxNumberLength;

    private JsonReader(Builder b) {
        this.maxNestingDepth = b.maxNestingDepth;
        this.maxStringLength = b.maxStringLength;
        this.maxNumberLength = b.maxNumberLength;
        StreamReadConstraints limits = StreamReadConstraints.builder().maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength).maxNumberLength(maxNumberLength).build();
        // Strict: a second document or trailing text after the first, and a key given twice, are
        // errors rather than silently ignored or overwritten.
        this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits)
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    /**
     * Returns a reader with the default limits.
     *
     * @return a reader
     */
    public static JsonReader create() {
        return builder().build();
    }

    /**
     * Starts building a reader with other limits.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a document from a file's bytes: UTF-8, with or without a byte-order mark. Bytes that
     * are not UTF-8 are an error naming their offset, never read as U+FFFD.
     *
     * @param utf8 the JSON, encoded
     * @return the document
     * @throws JsonFormatException as {@link #read(String)} does, and for bytes that are not UTF-8
     * @since 0.1.0
     */
    public NoteDocument read(byte[] utf8) throws JsonFormatException {
        Objects.requireNonNull(utf8, "utf8");
        ByteBuffer in = ByteBuffer.wrap(utf8);
        try {
            return read(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString());
        } catch (CharacterCodingException e) {
            throw new JsonFormatException("$", "not UTF-8: the bytes from offset " + in.position()
                    + " are not valid UTF-8; save the file as UTF-8");
        }
    }

    /**
     * Reads a document from JSON text.
     *
     * @param json the JSON
     * @return the document
     * @throws JsonFormatException if the text is not JSON, is another format or a newer version,
     *     or a field has the wrong shape; the message names the field and, for syntax errors,
     *     the line and column
     */
    public NoteDocument read(String json) throws JsonFormatException {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            // A byte-order mark, which some editors put before any UTF-8 file, is not part of the JSON.
            root = mapper.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (StreamConstraintsException e) {
            throw new JsonFormatException("$", "the JSON exceeds a limit of this reader (nesting depth "
                    + maxNestingDepth + ", string length " + maxStringLength + ", number length " + maxNumberLength
                    + "): " + e.getOriginalMessage() + "; raise it with JsonReader.builder() if the input is trusted");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new JsonFormatException("$", "not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new JsonFormatException("$", "the input is empty; expected a jingdu-notes JSON object");
        }
        return new JsonDocumentDecoder().document(new JsonNodes.At(root, "$").object());
    }

    /**
     * Reads a document from a file, as {@link #read(byte[])} does with its bytes.
     *
     * @param file a JSON file in UTF-8
     * @return the document
     * @throws IOException if the file cannot be read
     * @throws JsonFormatException as {@link #read(byte[])} does
     * @since 0.1.0
     */
    public NoteDocument read(Path file) throws IOException, JsonFormatException {
        Objects.requireNonNull(file, "file");
        return read(Files.readAllBytes(file));
    }

    /**
     * Reads a document from a stream, to its end, as {@link #read(byte[])} does with its bytes. The
     * stream is left open.
     *
     * @param utf8 a stream of JSON in UTF-8
     * @return the document
     * @throws IOException if the stream fails
     * @throws JsonFormatException as {@link #read(byte[])} does
     * @since 0.1.0
     */
    public NoteDocument read(InputStream utf8) throws IOException, JsonFormatException {
        Objects.requireNonNull(utf8, "utf8");
        return read(utf8.readAllBytes());
    }

    /**
     * Reads a document from characters, to their end, as {@link #read(String)} does. The reader is
     * left open.
     *
     * @param json the JSON, decoded
     * @return the document
     * @throws IOException if the reader fails
     * @throws JsonFormatException as {@link #read(String)} does
     * @since 0.1.0
     */
    public NoteDocument read(Reader json) throws IOException, JsonFormatException {
        Objects.requireNonNull(json, "json");
        StringWriter all = new StringWriter();
        json.transferTo(all);
        return read(all.toString());
    }

    /** Limits for a {@link JsonReader}: input beyond them is refused with an error naming the limit. */
    public static final class Builder {
        private int maxNestingDepth = 200;
        private int maxStringLength = 50_000_000;
        private int maxNumberLength = 100;

        private Builder() {
        }

        /**
         * Sets how deeply arrays and objects may nest; 200 by default (Jingdu's own JSON nests
         * fewer than ten deep).
         *
         * @param depth at least 1
         * @return this builder
         */
        public Builder maxNestingDepth(int depth) {
            this.maxNestingDepth = positive(depth, "maxNestingDepth");
            return this;
        }

        /**
         * Sets the longest string, in characters; 50,000,000 by default (a document's source text
         * is one string).
         *
         * @param length at least 1
         * @return this builder
         */
        public Builder maxStringLength(int length) {
            this.maxStringLength = positive(length, "maxStringLength");
            return this;
        }

        /**
         * Sets the longest number, in characters; 100 by default.
         *
         * @param length at least 1
         * @return this builder
         */
        public Builder maxNumberLength(int length) {
            this.maxNumberLength = positive(length, "maxNumberLength");
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return an immutable reader
         */
        public JsonReader build() {
            return new JsonReader(this);
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }
    }
}
