package io.github.jingdu.beam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingdu.align.Aligner;
import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.json.JsonWriter;
import io.github.jingdu.parse.NotesParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline over the shared corpus (on the DirectRunner; on Flink or Spark with the profiles of
 * those names) gives, file by file, what the command
 * gives on the same notes: each note's JSON, the glossary, the SARIF report; its vocabulary lines
 * are the library's, note after note.
 */
class BeamCorpusTest {
    @TempDir
    static Path temp;

    private static Path corpus;
    private static Path beam;
    private static int status;
    private static String said;

    @BeforeAll
    static void runBoth() throws Exception {
        Path found = CommandLine.corpus().orElse(null);
        Assumptions.assumeTrue(found != null, "../shared/corpus is not beside the project");
        corpus = found;
        beam = temp.resolve("beam");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // The profiles flink and spark run this test on those runners (beam-example/pom.xml).
        String runner = System.getProperty("jingdu.beam.runner", "DirectRunner");
        status = JingduPipeline.run(new String[] {"--runner=" + runner, "--input=" + corpus, "--output=" + beam,
            "--batches=8"},
                new PrintStream(err, true, StandardCharsets.UTF_8));
        said = err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyNoteIsReadAndSaidSo() throws IOException {
        int notes = (int) CommandLine.files(corpus).stream().filter(JingduPipeline::isNotes).count();
        assertEquals(JingduPipeline.OK, status, said);
        assertEquals("jingdu-beam: " + notes + " notes, 0 with problems (summary.json names them)\n", said);
    }

    @Test
    void eachNotesJsonIsTheCommands() throws Exception {
        Path cli = temp.resolve("cli-json");
        assertEquals(0, CommandLine.jingdu(temp.resolve("convert.out"), "convert", corpus.toString(), "--to", "json",
                "-o", cli.toString()));
        List<String> files = CommandLine.files(cli);
        assertEquals(files, CommandLine.files(beam.resolve("json")));
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(cli.resolve(file)), Files.readAllBytes(beam.resolve("json").resolve(file)),
                    file);
        }
    }

    @Test
    void theGlossaryIsTheCommandsTerms() throws Exception {
        Path terms = temp.resolve("terms.json");
        assertEquals(0, CommandLine.jingdu(temp.resolve("terms.out"), "terms", corpus.toString(), "--format", "json",
                "--kind", "vocabulary", "-o", terms.toString()));
        assertEquals(Files.readString(terms), Files.readString(beam.resolve("glossary.json")));
    }

    @Test
    void theLintReportIsTheCommandsAndTheSummaryCountsIt() throws Exception {
        Path sarif = temp.resolve("lint.sarif");
        CommandLine.jingdu(sarif, "lint", corpus.toString(), "--format", "sarif");
        String report = Files.readString(sarif);
        assertEquals(report, Files.readString(beam.resolve("lint/lint-00000-of-00001.sarif")));

        Map<String, Integer> levels = new TreeMap<>();
        Map<String, Integer> rules = new TreeMap<>();
        for (JsonNode result : new ObjectMapper().readTree(report).get("runs").get(0).get("results")) {
            levels.merge(result.get("level").asText().replace("note", "info"), 1, Integer::sum);
            rules.merge(result.get("ruleId").asText(), 1, Integer::sum);
        }
        JsonNode summary = new ObjectMapper().readTree(beam.resolve("summary.json").toFile());
        Map<String, Integer> counted = new TreeMap<>();
        summary.get("findings").fields().forEachRemaining(e -> {
            if (e.getValue().asInt() > 0) {
                counted.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asInt());
            }
        });
        assertEquals(levels, counted);
        Map<String, Integer> byRule = new TreeMap<>();
        summary.get("findingsByRule").fields().forEachRemaining(e -> byRule.put(e.getKey(), e.getValue().asInt()));
        assertEquals(rules, byRule);
        assertEquals(0, summary.get("problems").size());
    }

    @Test
    void theVocabularyLinesAreEachNotesInPathOrder() throws IOException {
        NotesParser parser = NotesParser.create();
        DocumentAligner aligner = DocumentAligner.builder().aligner(Aligner.builder().installedLexicons(true).build()).build();
        StringWriter expected = new StringWriter();
        long entries = 0;
        for (String file : CommandLine.files(corpus)) {
            if (JingduPipeline.isNotes(file)) {
                var aligned = aligner.align(parser.parse(Files.readAllBytes(corpus.resolve(file))));
                entries += aligned.vocabulary().size();
                JsonWriter.create().writeVocabularyLines(corpus.resolve(file).toString(), aligned, expected);
            }
        }
        assertEquals(expected.toString(), Files.readString(beam.resolve("vocabulary/vocabulary-00000-of-00001.jsonl")));
        assertEquals(entries, new ObjectMapper().readTree(beam.resolve("summary.json").toFile())
                .get("vocabularyEntries").asLong());
    }
}
