package io.github.jingdu.anki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flashcards from notes, written for Anki and for spreadsheets. */
class DeckWritersTest {
    private static final String NOTES = "原文：\n\nAkin to adjusting billions of dials & \"knobs\" until the output is right. It works.\n\n"
            + "类似于调整数十亿个转盘。它有效。\n\n学习：\n\ndials：美 [ˈdaɪəlz] 拨号盘；刻度盘, 转盘；（dial的复数）\n\nthermodynamics：热力学\n";

    private static List<Flashcard> cards() {
        NoteDocument doc = DocumentAligner.create().align(NotesParser.create().parse(NOTES));
        return Flashcards.of("notes/part 11.md", doc);
    }

    @Test
    void aCardHoldsTheWordItsSentenceAndTheTranslation() {
        Flashcard c = cards().get(0);
        assertEquals("dials", c.word());
        assertEquals("美 [ˈdaɪəlz]", c.pronunciation());
        assertEquals("拨号盘；刻度盘, 转盘", c.meanings());
        assertEquals("dials", c.sentence().substring(c.highlightStart(), c.highlightEnd()));
        assertEquals("类似于调整数十亿个转盘。", c.translation());
        assertEquals("notes/part 11.md:9", c.source());
        assertEquals(List.of("jingdu", "jingdu::part_11"), c.tags());
        assertEquals(cards().get(0).id(), c.id(), "the same entry keeps its id");
    }

    @Test
    void theAnkiFileHasItsHeadersAndOneEscapedLinePerNote() {
        StringWriter out = new StringWriter();
        AnkiWriter.builder().deck("Economist::2024").build().write(cards(), out);
        List<String> lines = out.toString().lines().toList();
        assertEquals(List.of("#separator:tab", "#html:true", "#notetype:Jingdu", "#deck:Economist::2024",
                "#columns:Id\tWord\tPronunciation\tMeaning\tSentence\tTranslation\tExamples\tNotes\tSource\tTags",
                "#guid column:1", "#tags column:10"), lines.subList(0, 7));
        List<String> notes = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(2, notes.size());
        String[] fields = notes.get(0).split("\t", -1);
        assertEquals(AnkiWriter.COLUMNS.size(), fields.length);
        assertEquals("Akin to adjusting billions of <b>dials</b> &amp; &quot;knobs&quot; until the output is right.", fields[4]);
        assertEquals("", notes.get(1).split("\t", -1)[4], "a word not in the text has no sentence");
    }

    @Test
    void theCsvQuotesFieldsThatNeedIt() {
        StringWriter out = new StringWriter();
        CsvDeckWriter.create().write(cards(), out);
        String csv = out.toString();
        assertTrue(csv.startsWith("\uFEFFword,pronunciation,meaning,sentence,translation,source\r\n"));
        assertTrue(csv.contains(",\"拨号盘；刻度盘, 转盘\","), csv);
        assertTrue(csv.contains(",\"Akin to adjusting billions of dials & \"\"knobs\"\" until the output is right.\","), csv);
    }
}
