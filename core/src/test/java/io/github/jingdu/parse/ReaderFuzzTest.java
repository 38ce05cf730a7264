package io.github.jingdu.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.json.JsonFormatException;
import io.github.jingdu.json.JsonReader;
import io.github.jingdu.json.JsonWriter;
import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.testing.Invariants;
import io.github.jingdu.testing.LongRuns;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the reader with Jazzer. In the normal test suite this runs once on
 * each input kept in {@code ReaderFuzzTestInputs/readsAnyBytes}; with {@code JAZZER_FUZZ=1} it
 * searches for new inputs (see {@code docs/robustness.md}). Any bytes must parse without an
 * exception; valid UTF-8 must also come back byte for byte, survive JSON and the aligner, and
 * have a canonical form that writing again leaves alone.
 */
class ReaderFuzzTest {
    private static final NotesParser PARSER = NotesParser.create();

    @FuzzTest(maxDuration = "11m")
    void readsAnyBytes(byte[] fuzzed) throws JsonFormatException {
        byte[] input = LongRuns.expand(fuzzed);
        NoteDocument fromBytes = PARSER.parse(input);
        String text = strictUtf8(input);
        if (text == null) {
            return;
        }
        NoteDocument d = PARSER.parse(text);
        assertEquals(d, fromBytes, "parsing bytes and their text must agree");
        Invariants.assertLossless(text, d);

        NoteDocument aligned = DocumentAligner.create().align(d);
        Invariants.assertLossless(text, aligned);
        assertEquals(aligned, JsonReader.create().read(JsonWriter.create().write(aligned)));

        String once = MarkdownWriter.canonical().write(d);
        assertEquals(once, MarkdownWriter.canonical().write(PARSER.parse(once)), "canonical form must be stable");
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
