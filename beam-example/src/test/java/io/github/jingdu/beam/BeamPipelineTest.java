package io.github.jingdu.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingdu.lint.FileFindings;
import io.github.jingdu.lint.LintReport;
import io.github.jingdu.lint.Linter;
import io.github.jingdu.lint.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline on small folders: shards, notes it cannot read, and the options it refuses. */
class BeamPipelineTest {
    private static final String NOTE = "原文：\n\nThe %s was turned.\n\n%s被转动了。\n\n学习：\n\n%s：刻度盘\n";

    @TempDir
    Path temp;

    private String said;

    private int run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = JingduPipeline.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
        said = err.toString(StandardCharsets.UTF_8);
        return status;
    }

    private Path note(String path, String word) throws IOException {
        Path file = temp.resolve("in").resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, NOTE.formatted(word, "刻度盘", word));
    }

    private static Map<String, String> problems(Path output) throws IOException {
        Map<String, String> problems = new TreeMap<>();
        for (JsonNode p : new ObjectMapper().readTree(output.resolve("summary.json").toFile()).get("problems")) {
            problems.put(p.get("file").asText(), p.get("problem").asText());
        }
        return problems;
    }

    @Test
    void eachNoteGoesToTheShardItsPathNamesInPathOrder() throws IOException {
        List<String> paths = List.of("a.md", "b/c.md", "b/d.txt", "e.md", "f/g/h.md", "z.txt");
        for (String p : paths) {
            note(p, "dial" + p.length());
        }
        Path out = temp.resolve("out");
        assertEquals(JingduPipeline.OK, run("--input=" + temp.resolve("in"), "--output=" + out, "--shards=3",
                "--batches=2"));
        Path in = temp.resolve("in");
        Linter linter = Linter.create();
        for (int shard = 0; shard < 3; shard++) {
            List<FileFindings> expected = new ArrayList<>();
            StringBuilder lines = new StringBuilder();
            for (String p : paths) {
                if (WriteShards.shardOf(p, 3) == shard) {
                    expected.add(new FileFindings(in.resolve(p).toString(), linter.lint(in.resolve(p)).findings()));
                    lines.append("{\"source\":\"").append(in.resolve(p)).append("\"");
                }
            }
            String name = WriteShards.name("lint/lint", shard, 3, ".sarif");
            assertEquals(!expected.isEmpty(), Files.exists(out.resolve(name)), name);
            if (!expected.isEmpty()) {
                assertEquals(LintReport.write(ReportFormat.SARIF, expected), Files.readString(out.resolve(name)));
                String vocabulary = Files.readString(out.resolve(WriteShards.name("vocabulary/vocabulary", shard, 3, ".jsonl")));
                assertEquals(lines.toString(), vocabulary.lines().map(l -> l.substring(0, l.indexOf(",\"headword\"")))
                        .reduce("", String::concat));
            }
        }
        assertEquals(List.of("a.json", "b/c.json", "b/d.json", "e.json", "f/g/h.json", "z.json"),
                CommandLine.files(out.resolve("json")));
    }

    @Test
    void notesThatCannotBeReadAreProblemsAndTheOthersAreStillWritten() throws IOException {
        note("fine.md", "dial");
        Files.writeString(note("big.md", "dial"), "x".repeat(400));
        note("same.md", "knob");
        note("same.txt", "lever");
        Path outside = Files.writeString(temp.resolve("outside.md"), "secret");
        Files.createSymbolicLink(temp.resolve("in/link.md"), outside);
        // A link to a folder is not followed: this one would read every note again, and again.
        Files.createSymbolicLink(temp.resolve("in/loop"), temp.resolve("in"));
        Path out = temp.resolve("out");
        assertEquals(JingduPipeline.NOT_ALL_READ, run("--input=" + temp.resolve("in"), "--output=" + out,
                "--maxInputLength=100"));
        assertEquals("jingdu-beam: 5 notes, 4 with problems (summary.json names them)\n", said);
        Path in = temp.resolve("in");
        assertEquals(Map.of(
                in.resolve("big.md").toString(), "cannot be read (it is 400 bytes, more than any text within the input"
                        + " limit of 100 characters; split the file, or raise the limit (--maxInputLength))",
                in.resolve("link.md").toString(), "is a symbolic link that leads outside the input folder, so it is"
                        + " not read",
                in.resolve("same.md").toString(), "its JSON is not written: it and same.txt would both be written to"
                        + " json/same.json; convert them separately",
                in.resolve("same.txt").toString(), "its JSON is not written: it and same.md would both be written to"
                        + " json/same.json; convert them separately"), problems(out));
        assertEquals(List.of("fine.json"), CommandLine.files(out.resolve("json")));
        String glossary = Files.readString(out.resolve("glossary.json"));
        assertTrue(glossary.contains("\"headword\" : \"knob\"") && glossary.contains("\"headword\" : \"lever\""), glossary);
        assertFalse(glossary.contains("secret"));
    }

    @Test
    void aNoteWhoseJsonWouldStandWhereAnotherNeedsAFolderIsAProblem() throws IOException {
        note("a.md", "dial");
        note("a.json/x.md", "knob");
        Path out = temp.resolve("out");
        assertEquals(JingduPipeline.NOT_ALL_READ, run("--input=" + temp.resolve("in"), "--output=" + out, "--batches=2"));
        assertEquals(Map.of(temp.resolve("in/a.md").toString(), "its JSON is not written: it and a.json/x.md would both"
                + " be written to json/a.json; convert them separately"), problems(out));
        assertEquals(List.of("a.json/x.json"), CommandLine.files(out.resolve("json")));
    }

    @Test
    void optionsOutOfRangeAreRefusedBeforeAnythingIsWritten() {
        Path out = temp.resolve("out");
        assertEquals(JingduPipeline.USAGE, run("--input=" + temp, "--output=" + out, "--maxBlocks=0"));
        assertTrue(said.startsWith("jingdu-beam: --maxBlocks: "), said);
        assertEquals(JingduPipeline.USAGE, run("--input=" + temp, "--output=" + out, "--shards=0"));
        assertEquals("jingdu-beam: --shards=0: give 1 or more\n", said);
        assertEquals(JingduPipeline.USAGE, run("--input=" + temp, "--output=" + out, "--order=klingon"));
        assertEquals("jingdu-beam: --order=klingon: give english or pinyin\n", said);
        assertEquals(JingduPipeline.USAGE, run("--input=" + temp.resolve("nowhere"), "--output=" + out));
        assertEquals("jingdu-beam: --input=" + temp.resolve("nowhere") + ": no such folder\n", said);
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputThatIsAFileIsRefused() throws IOException {
        note("a.md", "dial");
        Path out = Files.writeString(temp.resolve("out"), "mine");
        assertEquals(JingduPipeline.USAGE, run("--input=" + temp.resolve("in"), "--output=" + out));
        assertEquals("jingdu-beam: --output=" + out + " is a file: give a new or empty folder\n", said);
        assertEquals("mine", Files.readString(out));
    }

    @Test
    void anOutputFolderThatHoldsAnythingIsRefused() throws IOException {
        note("a.md", "dial");
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("mine.txt"), "mine");
        assertEquals(JingduPipeline.USAGE, run("--input=" + temp.resolve("in"), "--output=" + out));
        assertEquals("jingdu-beam: --output=" + out + "/ is not empty: give a new or empty folder\n", said);
        assertEquals(List.of("mine.txt"), CommandLine.files(out));
    }

    @Test
    void aFolderWithoutNotesIsAUsageErrorAndWritesNothing() throws IOException {
        Files.createDirectories(temp.resolve("in"));
        Files.writeString(temp.resolve("in/readme.html"), "<p>");
        // A link that is not read is no note either.
        Files.createSymbolicLink(temp.resolve("in/elsewhere.md"), Files.writeString(temp.resolve("x.md"), "x"));
        assertEquals(JingduPipeline.USAGE, run("--input=" + temp.resolve("in"), "--output=" + temp.resolve("out")));
        assertEquals("jingdu-beam: no .md or .txt files in " + temp.resolve("in") + "\n", said);
        assertFalse(Files.exists(temp.resolve("out")));
    }
}
