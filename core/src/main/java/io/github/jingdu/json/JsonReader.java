package io.github.jingdu.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingdu.model.NoteDocument;

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
 */
public final class JsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReader() {
    }

    /**
     * Returns a reader.
     *
     * @return a reader
     */
    public static JsonReader create() {
        return new JsonReader();
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
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
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
}
