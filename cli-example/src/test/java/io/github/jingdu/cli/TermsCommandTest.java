package io.github.jingdu.cli;

import static io.github.jingdu.cli.CliRun.run;
import static io.github.jingdu.cli.CliRun.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.cli.CliRun.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jingdu terms, and convert --to apkg|anki|csv. */
class TermsCommandTest {
    private static final String NOTES = "原文：\n\nMost rely on large language models (LLMs) and billions of dials.\n\n"
            + "大多依赖大型语言模型(LLM)和数十亿个转盘。\n\n学习：\n\ndials：美 [ˈdaɪəlz] 转盘；（dial的复数）\n";

    @TempDir
    Path dir;

    @Test
    void abbreviationsAsTsvLinesOfFileShortLong() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), NOTES);
        Path text = Files.writeString(dir.resolve("paper.txt"), "We used magnetic resonance imaging (MRI).\n\nNothing else.\n");
        Run r = run("terms", notes.toString(), text.toString(), "--kind", "abbreviation", "--format", "tsv");
        assertEquals(0, r.status(), r.err());
        assertEquals(notes + "\tLLMs\tlarge language models\n" + notes + "\tLLM\t大型语言模型\n"
                + text + "\tMRI\tmagnetic resonance imaging\n", r.out());
    }

    @Test
    void theShippedDictionaryTellsWhereAChineseNameBegins() throws IOException {
        Path notes = Files.writeString(dir.resolve("b.md"), "原文：\n\nHe was happy to leave the European Convention on"
                + " Human Rights (ECHR).\n\n他很乐意离开欧洲人权公约(ECHR)。\n");
        Run with = run("terms", notes.toString(), "--kind", "abbreviation", "--format", "tsv");
        Run without = run("terms", notes.toString(), "--kind", "abbreviation", "--format", "tsv", "--no-dictionary");
        String english = notes + "\tECHR\tEuropean Convention on Human Rights\n";
        assertEquals(english + notes + "\tECHR\t欧洲人权公约\n", with.out(), with.err());
        assertEquals(english + notes + "\tECHR\t离开欧洲人权公约\n", without.out(), without.err());
    }

    @Test
    void theGlossaryAsJson() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), NOTES);
        Path out = dir.resolve("terms.json");
        Run r = run("terms", notes.toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        String json = Files.readString(out);
        assertTrue(json.contains("\"format\" : \"jingdu-terms\""), json);
        assertTrue(json.contains("\"headword\" : \"dials\"") && json.contains("\"frequency\" : 1"), json);
        assertTrue(json.contains("\"kind\" : \"latin-in-chinese\""), json);
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), NOTES);
        Run tsvAll = run("terms", notes.toString(), "--format", "tsv");
        assertEquals(2, tsvAll.status());
        assertEquals("jingdu terms: TSV holds one kind of term: add --kind vocabulary or --kind abbreviation\n",
                shown(tsvAll.err(), dir));
        Run missing = run("terms", dir.resolve("nope.md").toString());
        assertEquals(2, missing.status());
        assertEquals("jingdu terms: DIR/nope.md: no such file or directory\n",
                shown(missing.err(), dir));
        assertEquals(2, run("terms", notes.toString(), "-o", notes.toString()).status());
        assertEquals(NOTES, Files.readString(notes), "the input is untouched");
    }

    @Test
    void aDeckForAnkiAndForSpreadsheets() throws IOException {
        Path notes = Files.writeString(dir.resolve("a.md"), NOTES);
        Path deck = dir.resolve("deck.tsv");
        Run r = run("convert", notes.toString(), "--to", "anki", "-o", deck.toString());
        assertEquals(0, r.status(), r.err());
        String tsv = Files.readString(deck);
        assertTrue(tsv.startsWith("#separator:tab\n#html:true\n"), tsv);
        assertTrue(tsv.contains("\tdials\t美 [ˈdaɪəlz]\t转盘\t") && tsv.contains("billions of <b>dials</b>."), tsv);
        Run csv = run("convert", notes.toString(), "--to", "csv");
        assertEquals(0, csv.status(), csv.err());
        assertTrue(csv.out().startsWith("\uFEFFword,pronunciation,meaning,sentence,translation,source\r\n"), csv.out());
        assertEquals(2, run("convert", notes.toString(), "--to", "anki", "-o", dir.toString()).status());
    }

    @Test
    void anAnkiPackageNamedAfterTheFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("economist"));
        Path notes = Files.writeString(folder.resolve("a.md"), NOTES);
        Path apkg = dir.resolve("deck.apkg");
        Run r = run("convert", folder.toString(), "--to", "apkg", "-o", apkg.toString(), "--date", "2024-08-12");
        assertEquals(0, r.status(), r.err());
        assertEquals("jingdu convert: 1 card written to DIR/deck.apkg (deck economist)\n",
                shown(r.err(), dir));
        byte[] first = Files.readAllBytes(apkg);
        assertEquals('P', first[0]);
        assertEquals('K', first[1]);
        run("convert", folder.toString(), "--to", "apkg", "-o", apkg.toString(), "--date", "2024-08-12");
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(apkg)), "the same notes give the same package");
        Run noOutput = run("convert", notes.toString(), "--to", "apkg");
        assertEquals(2, noOutput.status());
        assertEquals("jingdu convert: --to apkg writes one Anki package: give -o DECK.apkg\n",
                shown(noOutput.err(), dir));
        Run deckElsewhere = run("convert", notes.toString(), "--to", "md", "--deck", "X");
        assertEquals(2, deckElsewhere.status());
        assertEquals("jingdu convert: --deck applies to --to apkg and anki only\n",
                shown(deckElsewhere.err(), dir));
        Run tsv = run("convert", notes.toString(), "--to", "anki", "--deck", "English::Economist");
        assertEquals("#separator:tab\n"
                + "#html:true\n"
                + "#notetype:Jingdu\n"
                + "#deck:English::Economist\n"
                + "#columns:Id\tWord\tPronunciation\tMeaning\tSentence\tTranslation\tExamples\tNotes\tSource\tTags\n"
                + "#guid column:1\n"
                + "#tags column:10\n"
                + "jdc5fbd0312eb305ba\tdials\t美 [ˈdaɪəlz]\t转盘\tMost rely on large language models (LLMs) and "
                + "billions of <b>dials</b>.\t大多依赖大型语言模型(LLM)和数十亿个转盘。\t\t\ta.md:9\tjingdu jingdu::a\n",
                shown(tsv.out(), dir));
    }
}
