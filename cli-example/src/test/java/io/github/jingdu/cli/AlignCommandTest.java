package io.github.jingdu.cli;

import static io.github.jingdu.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.cli.CliRun.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jingdu align: gold-format beads for two sentence files, side by side for a notes file. */
class AlignCommandTest {
    @TempDir
    Path dir;

    @Test
    void sentenceFilesGiveOneBeadALine() throws IOException {
        Path zh = dir.resolve("zh.txt");
        Path en = dir.resolve("en.txt");
        Files.writeString(zh, "那天晚上我没走掉。\n陈清扬把我拽住，以伟大友谊的名义叫我留下来。\n她笑了。\n");
        Files.writeString(en, "I did not leave that night.\nChen Qingyang caught me and asked me to stay.\n"
                + "She said it in the name of our great friendship.\nShe laughed.\n");
        Run r = run("align", "--zh", zh.toString(), "--en", en.toString());
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines.length >= 2 && lines.length <= 4, r.out());
        for (String line : lines) {
            assertTrue(line.matches("\\[[0-9,]*\\]:\\[[0-9,]*\\]"), line);
        }
        assertEquals("[2]:[3]", lines[lines.length - 1]);
    }

    @Test
    void aNotesFileIsShownSideBySideOrAsJson() throws IOException {
        Path notes = dir.resolve("n.md");
        Files.writeString(notes, "原文：\n\nHello there. How are you?\n\n你好。你好吗？\n");
        Run text = run("align", notes.toString());
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("EN 1  How are you?") && text.out().contains("ZH 1  你好吗？"), text.out());
        Run json = run("align", notes.toString(), "--format", "json");
        assertTrue(json.out().contains("\"alignment\""), json.out());
    }

    @Test
    void argumentsThatDoNotFitAreRefused() throws IOException {
        Path zh = dir.resolve("zh.txt");
        Files.writeString(zh, "一。\n");
        assertEquals(2, run("align", "--zh", zh.toString()).status());
        assertEquals(2, run("align").status());
        assertEquals(2, run("align", "--zh", zh.toString(), "--en", dir.resolve("missing").toString()).status());
    }
}
