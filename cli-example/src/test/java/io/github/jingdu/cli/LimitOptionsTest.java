package io.github.jingdu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's and aligner's limits as options: reported with the option to raise, refused when invalid. */
class LimitOptionsTest {
    private static final String NOTES = "原文：\n\nOne sentence here. Another one there. And a third.\n\n"
            + "第一句。第二句。第三句。\n\n学习：\n\nsentence：句子\n";

    @TempDir
    Path dir;

    private String file() throws IOException {
        return file(NOTES);
    }

    private String file(String text) throws IOException {
        Path f = dir.resolve("a.md");
        Files.writeString(f, text);
        return f.toString();
    }

    @Test
    void aLineBeyondTheLimitIsReportedWithTheOptionToRaise() throws IOException {
        String[] r = CliRun.run("parse", "--max-line-length", "20", file());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[2].contains(":3:1: warning:") && r[2].contains("--max-line-length") && r[2].contains("[line-too-long]"),
                r[2]);
        assertFalse(CliRun.run("parse", file())[2].contains("line-too-long"));
    }

    @Test
    void aPassageBeyondTheSentenceLimitIsLeftUnalignedAndReported() throws IOException {
        String[] r = CliRun.run("convert", file(), "--to", "json", "--max-sentences", "2");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[2].contains(":1:1: warning:") && r[2].contains("--max-sentences") && r[2].contains("[alignment-limit]"),
                r[2]);
        assertFalse(r[1].contains("\"beads\""), "no alignment is written");
        assertTrue(CliRun.run("convert", file(), "--to", "json")[1].contains("\"beads\""));
    }

    @Test
    void tooFewBlocksStopsReadingWithAnError() throws IOException {
        String[] r = CliRun.run("convert", file("# One\n\n## Two\n\n" + NOTES), "--to", "md", "--max-blocks", "2");
        assertEquals(String.valueOf(Jingdu.CONTENT), r[0], r[2]);
        assertTrue(r[2].contains("--max-blocks") && r[2].contains("[too-many-blocks]"), r[2]);
    }

    @Test
    void everyCommandReportsTheLimitsItsFilesReach() throws IOException {
        String parse = CliRun.run("parse", "--max-line-length", "20", file())[2];
        String[] terms = CliRun.run("terms", "--max-line-length", "20", file());
        assertEquals("0", terms[0], terms[2]);
        assertEquals(parse, terms[2]);
        String[] blocks = CliRun.run("terms", "--max-blocks", "2", file("# One\n\n## Two\n\n" + NOTES));
        assertEquals(String.valueOf(Jingdu.CONTENT), blocks[0], blocks[2]);
        assertTrue(blocks[2].contains("(option --max-blocks N) [too-many-blocks]"), blocks[2]);
    }

    @Test
    void anInvalidLimitIsAUsageErrorNamingTheOption() throws IOException {
        String[] r = CliRun.run("lint", "--max-nesting-depth", "0", file());
        assertEquals(String.valueOf(Jingdu.USAGE), r[0]);
        assertTrue(r[2].contains("--max-nesting-depth must be positive: 0"), r[2]);
    }
}
