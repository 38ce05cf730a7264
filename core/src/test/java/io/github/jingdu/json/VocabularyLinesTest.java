package io.github.jingdu.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A note's vocabulary as JSON lines: one object per entry, its source first, its grounding standalone. */
class VocabularyLinesTest {
    private static final String NOTE = """
            原文：

            The dials were turned. It was late.

            刻度盘被转动了。天色已晚。

            学习：

            dial：美 /ˈdaɪəl/ 刻度盘；拨号

            late：晚的

            > It was **late**.
            > 天色已晚。
            """;

    private static String lines(JsonWriter writer, String source, NoteDocument document) throws IOException {
        StringWriter out = new StringWriter();
        writer.writeVocabularyLines(source, document, out);
        return out.toString();
    }

    @Test
    void eachEntryIsOneLineWithItsSourceAndTheSentencesItIsGroundedIn() throws IOException {
        NoteDocument aligned = DocumentAligner.builder().build().align(NotesParser.create().parse(NOTE));
        assertEquals("""
                {"source":"notes/a.md","headword":"dial","variants":[],"pronunciations":[{"region":"美","ipa":"ˈdaɪəl"}],\
                "senses":[{"text":"刻度盘"},{"text":"拨号"}],"flags":[],"gloss":"美 /ˈdaɪəl/ 刻度盘；拨号","shape":"line",\
                "grounding":{"text":"The dials were turned.","start":4,"end":9,"matched":"dials",\
                "translationText":"刻度盘被转动了。"},"span":{"offset":62,"length":22,"line":9,"column":1}}
                {"source":"notes/a.md","headword":"late","variants":[],"pronunciations":[],"senses":[{"text":"晚的"}],\
                "flags":[],"gloss":"晚的","explanation":{"markdown":"It was **late**.\\n天色已晚。","examples":[],\
                "span":{"offset":95,"length":26,"line":13,"column":1}},"shape":"line","grounding":{"text":"It was late.",\
                "start":7,"end":11,"matched":"late","translationText":"天色已晚。"},\
                "span":{"offset":86,"length":7,"line":11,"column":1}}
                """, lines(JsonWriter.create(), "notes/a.md", aligned));
    }

    @Test
    void theWritersOptionsLeaveOutPositionsAndGroundings() throws IOException {
        NoteDocument parsed = NotesParser.create().parse(NOTE);
        assertEquals("""
                {"source":"a.md","headword":"dial","variants":[],"pronunciations":[{"region":"美","ipa":"ˈdaɪəl"}],\
                "senses":[{"text":"刻度盘"},{"text":"拨号"}],"flags":[],"gloss":"美 /ˈdaɪəl/ 刻度盘；拨号","shape":"line"}
                {"source":"a.md","headword":"late","variants":[],"pronunciations":[],"senses":[{"text":"晚的"}],\
                "flags":[],"gloss":"晚的","explanation":{"markdown":"It was **late**.\\n天色已晚。","examples":[]},\
                "shape":"line"}
                """, lines(JsonWriter.builder().positions(false).groundings(false).build(), "a.md", parsed));
    }

    @Test
    void aNoteWithoutVocabularyWritesNothing() throws IOException {
        assertEquals("", lines(JsonWriter.create(), "a.md", NotesParser.create().parse("# Title\n\nText.\n")));
    }
}
