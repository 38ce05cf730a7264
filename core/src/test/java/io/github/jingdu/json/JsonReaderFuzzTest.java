package io.github.jingdu.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.testing.LongRuns;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of {@link JsonReader} with Jazzer: any text either reads as a document
 * or is refused with a {@link JsonFormatException}, never another exception; a document it
 * accepts writes back to JSON that reads as the same document. Kept inputs are in
 * {@code JsonReaderFuzzTestInputs/readsOrRefuses}.
 */
class JsonReaderFuzzTest {
    private static final JsonReader READER = JsonReader.create();

    @FuzzTest(maxDuration = "11m")
    void readsOrRefuses(byte[] fuzzed) throws JsonFormatException {
        byte[] input = LongRuns.expand(fuzzed);
        NoteDocument d;
        try {
            d = READER.read(new String(input, StandardCharsets.UTF_8));
        } catch (JsonFormatException refused) {
            return;
        }
        assertEquals(d, READER.read(JsonWriter.create().write(d)));
    }
}
