package io.github.jingdu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.cli.CliRun.Run;
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
        Run r = CliRun.run("parse", "--max-line-length", "20", file());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains(":3:1: warning:") && r.err().contains("--max-line-length") && r.err().contains("[line-too-long]"),
                r.err());
        assertFalse(CliRun.run("parse", file()).err().contains("line-too-long"));
    }

    @Test
    void lintNamesTheOptionThatRaisesAReaderLimit() throws IOException {
        String file = file();
        Run r = CliRun.run("lint", "--max-line-length", "20", file);
        assertEquals(Jingdu.CONTENT, r.status(), r.out() + r.err());
        String finding = r.out().lines().filter(l -> l.contains("reader-limit")).findFirst().orElse(r.out());
        assertTrue(finding.startsWith(file + ":3:1: error reader-limit ") && finding.endsWith(" (option --max-line-length N)"),
                finding);
        assertFalse(CliRun.run("lint", file).out().contains("reader-limit"));
    }

    @Test
    void aPassageBeyondTheSentenceLimitIsLeftUnalignedAndReported() throws IOException {
        Run r = CliRun.run("convert", file(), "--to", "json", "--max-sentences", "2");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains(":1:1: warning:") && r.err().contains("--max-sentences") && r.err().contains("[alignment-limit]"),
                r.err());
        assertFalse(r.out().contains("\"beads\""), "no alignment is written");
        assertTrue(CliRun.run("convert", file(), "--to", "json").out().contains("\"beads\""));
    }

    @Test
    void tooFewBlocksStopsReadingWithAnError() throws IOException {
        Run r = CliRun.run("convert", file("# One\n\n## Two\n\n" + NOTES), "--to", "md", "--max-blocks", "2");
        assertEquals(Jingdu.CONTENT, r.status(), r.err());
        assertTrue(r.err().contains("--max-blocks") && r.err().contains("[too-many-blocks]"), r.err());
    }

    @Test
    void everyCommandReportsTheLimitsItsFilesReach() throws IOException {
        String parse = CliRun.run("parse", "--max-line-length", "20", file()).err();
        Run terms = CliRun.run("terms", "--max-line-length", "20", file());
        assertEquals(0, terms.status(), terms.err());
        assertEquals(parse, terms.err());
        Run blocks = CliRun.run("terms", "--max-blocks", "2", file("# One\n\n## Two\n\n" + NOTES));
        assertEquals(Jingdu.CONTENT, blocks.status(), blocks.err());
        assertTrue(blocks.err().contains("(option --max-blocks N) [too-many-blocks]"), blocks.err());
    }

    @Test
    void anInvalidLimitIsAUsageErrorNamingTheOption() throws IOException {
        Run r = CliRun.run("lint", "--max-nesting-depth", "0", file());
        assertEquals(Jingdu.USAGE, r.status());
        assertEquals("jingdu lint: Invalid value for option '--max-nesting-depth': maxNestingDepth must be positive: 0",
                r.err().lines().findFirst().orElse(""));
        for (String[] limit : new String[][] {{"--max-input-length", "0"}, {"--max-line-length", "-1"},
                {"--max-blocks", "1"}, {"--max-sentences", "0"}}) {
            Run other = CliRun.run("parse", limit[0], limit[1], file());
            assertEquals(Jingdu.USAGE, other.status(), limit[0]);
            assertTrue(other.err().startsWith("jingdu parse: Invalid value for option '" + limit[0] + "': "), other.err());
        }
    }
}
