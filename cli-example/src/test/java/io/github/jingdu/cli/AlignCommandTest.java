package io.github.jingdu.cli;

import static io.github.jingdu.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        String[] r = run("align", "--zh", zh.toString(), "--en", en.toString());
        assertEquals("0", r[0], r[2]);
        String[] lines = r[1].split("\n");
        assertTrue(lines.length >= 2 && lines.length <= 4, r[1]);
        for (String line : lines) {
            assertTrue(line.matches("\\[[0-9,]*\\]:\\[[0-9,]*\\]"), line);
        }
        assertEquals("[2]:[3]", lines[lines.length - 1]);
    }

    @Test
    void aNotesFileIsShownSideBySideOrAsJson() throws IOException {
        Path notes = dir.resolve("n.md");
        Files.writeString(notes, "原文：\n\nHello there. How are you?\n\n你好。你好吗？\n");
        String[] text = run("align", notes.toString());
        assertEquals("0", text[0], text[2]);
        assertTrue(text[1].contains("EN 1  How are you?") && text[1].contains("ZH 1  你好吗？"), text[1]);
        String[] json = run("align", notes.toString(), "--format", "json");
        assertTrue(json[1].contains("\"alignment\""), json[1]);
    }

    @Test
    void argumentsThatDoNotFitAreRefused() throws IOException {
        Path zh = dir.resolve("zh.txt");
        Files.writeString(zh, "一。\n");
        assertEquals("2", run("align", "--zh", zh.toString())[0]);
        assertEquals("2", run("align")[0]);
        assertEquals("2", run("align", "--zh", zh.toString(), "--en", dir.resolve("missing").toString())[0]);
    }
}
