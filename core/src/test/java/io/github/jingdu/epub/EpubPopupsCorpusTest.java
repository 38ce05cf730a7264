package io.github.jingdu.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jingdu.model.Passage;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.terms.Grounder;
import io.github.jingdu.terms.Grounding;
import io.github.jingdu.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On every corpus note, each passage entry that the library's Grounder finds in the English has
 * its pop-up in the reading edition: a note linked from its words, or, for an entry found inside
 * a longer one's words ({@code tract} in {@code tract housing}), a part of that note.
 */
class EpubPopupsCorpusTest {

    @Test
    void everyGroundedEntryIsReachableFromTheText() throws Exception {
        Path corpus = SharedData.require("corpus", "the pop-up conformance test over the corpus");
        NotesParser parser = NotesParser.create();
        List<String> differences = new ArrayList<>();
        int found = 0;
        int nested = 0;
        for (Path file : SharedData.notesFiles(corpus)) {
            EpubSource source = EpubWriterTest.source(parser, file, corpus);
            int grounded = 0;
            for (Passage p : source.document().passages()) {
                grounded += (int) Grounder.create().ground(p).stream().filter(Grounding::found).count();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            EpubWriter.builder().build().write(List.of(source), out);
            String chapter = EpubWriterTest.entry(out.toByteArray(), "OEBPS/chapter-001.xhtml");
            int linked = count(chapter, "epub:type=\"noteref\"");
            int within = count(chapter, "class=\"within\"");
            if (linked + within != grounded) {
                differences.add(corpus.relativize(file) + ": " + grounded + " grounded, " + linked + " linked, " + within
                        + " in a longer entry's note");
            }
            found += grounded;
            nested += within;
        }
        System.out.println("Pop-ups: " + found + " grounded passage entries, all reachable; " + nested
                + " of them inside a longer entry's note");
        assertEquals(List.of(), differences.stream().limit(5).toList(), differences.size() + " notes");
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}
