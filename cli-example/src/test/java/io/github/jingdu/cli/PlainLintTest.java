package io.github.jingdu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.jingdu.cli.CliRun.Run;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jingdu lint INPUT...} without picocli: it prints and returns exactly what picocli's run of
 * the same command line does, and leaves every other command line to picocli.
 */
class PlainLintTest {
    @TempDir
    Path dir;

    @Test
    void onlyAPlainLintCommandLineIsRunWithoutPicocli() {
        assertNotNull(PlainLint.inputs(new String[] {"lint", "a.md"}));
        assertNotNull(PlainLint.inputs(new String[] {"lint", "notes", "b c.md", "help"}));
        assertNull(PlainLint.inputs(new String[] {"lint"}));
        assertNull(PlainLint.inputs(new String[] {"parse", "a.md"}));
        assertNull(PlainLint.inputs(new String[] {"lint", "a.md", "--fix"}));
        assertNull(PlainLint.inputs(new String[] {"lint", "-"}));
        assertNull(PlainLint.inputs(new String[] {"lint", "--", "a.md"}));
        assertNull(PlainLint.inputs(new String[] {"lint", "@args.txt"}));
        assertNull(PlainLint.inputs(new String[] {"lint", ""}));
        assertNull(PlainLint.inputs(new String[] {"lint", "a\0b.md"}));
    }

    @Test
    void printsAndReturnsWhatPicocliDoes() throws IOException {
        Path clean = Files.writeString(dir.resolve("clean.md"), "原文：\n\nType in a question.\n\n输入一个问题。\n");
        Path broken = Files.writeString(dir.resolve("broken.md"), "### 直译\n\n{\n");
        Path warned = Files.writeString(dir.resolve("warned note.md"), "原文:\n\nHi.\n\n你好。\n");
        Path latin1 = Files.write(dir.resolve("latin1.md"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path configured = Files.createDirectory(dir.resolve("configured"));
        Files.writeString(configured.resolve(".jingdu.json"), "{\"preset\": \"chinese-copywriting\"}");
        Files.writeString(configured.resolve("a.md"), "原文：\n\nIt costs 5 dollars.\n\n它花了5美元。\n");
        Path badConfig = Files.createDirectory(dir.resolve("bad-config"));
        Files.writeString(badConfig.resolve(".jingdu.json"), "{\"rules\": ");
        Files.writeString(badConfig.resolve("a.md"), "原文：\n\nHi.\n\n你好。\n");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path seeds = Path.of("..", "seeds");

        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"lint", clean.toString()});
        lines.add(new String[] {"lint", broken.toString()});
        lines.add(new String[] {"lint", warned.toString()});
        lines.add(new String[] {"lint", clean.toString(), broken.toString(), warned.toString()});
        lines.add(new String[] {"lint", latin1.toString()});
        lines.add(new String[] {"lint", configured.toString()});
        lines.add(new String[] {"lint", badConfig.toString()});
        lines.add(new String[] {"lint", empty.toString()});
        lines.add(new String[] {"lint", dir.resolve("missing.md").toString(), clean.toString()});
        lines.add(new String[] {"lint", dir.toString()});
        lines.add(new String[] {"lint", seeds.toString()});
        for (String[] line : lines) {
            assertNotNull(PlainLint.inputs(line), String.join(" ", line));
            Run plain = run(line, false);
            Run picocli = run(line, true);
            assertEquals(picocli, plain, String.join(" ", line));
        }
    }

    private static Run run(String[] args, boolean withPicocli) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
        StringWriter err = new StringWriter();
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[0]);
        int status = withPicocli ? Jingdu.withPicocli(args, in, bytes, out, new PrintWriter(err, true))
                : Jingdu.run(args, in, bytes, out, new PrintWriter(err, true));
        out.flush();
        return new Run(status, bytes.toString(StandardCharsets.UTF_8), err.toString());
    }
}
