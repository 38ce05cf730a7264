package io.github.jingdu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.align.Aligner;
import io.github.jingdu.align.Alignment;
import io.github.jingdu.align.AlignmentScore;
import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.align.LanguagePair;
import io.github.jingdu.anki.AnkiWriter;
import io.github.jingdu.anki.ApkgWriter;
import io.github.jingdu.anki.Flashcard;
import io.github.jingdu.anki.Flashcards;
import io.github.jingdu.json.JsonFormatException;
import io.github.jingdu.json.JsonReader;
import io.github.jingdu.json.JsonWriter;
import io.github.jingdu.lint.FileFindings;
import io.github.jingdu.lint.LintConfig;
import io.github.jingdu.lint.LintReport;
import io.github.jingdu.lint.LintResult;
import io.github.jingdu.lint.Linter;
import io.github.jingdu.lint.Preset;
import io.github.jingdu.lint.ReportFormat;
import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.Heading;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Postscript;
import io.github.jingdu.model.SentenceAlignment;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.terms.Abbreviation;
import io.github.jingdu.terms.Glossary;
import io.github.jingdu.terms.GlossaryOrder;
import io.github.jingdu.terms.Grounder;
import io.github.jingdu.terms.Grounding;
import io.github.jingdu.terms.TermExtractor;
import io.github.jingdu.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the snippets of docs/api.md, and checks that the page shows exactly this code. */
class ApiGuideTest {
    private final Path seed = SharedData.projectRoot().resolve("seeds/000_2a148c15c4b98b6e.txt");

    @Test
    void snippetsRun() throws IOException {
        NotesParser parser = NotesParser.create();
        NoteDocument doc = parser.parse(Files.readAllBytes(seed));
        Passage first = doc.passages().get(0);
        String english = first.source().get(0).text();
        String chinese = first.translation().get(0).text();
        VocabularyEntry entry = first.vocabulary().get(0);
        assertTrue(english.startsWith("Type in a question"));
        assertTrue(chinese.startsWith("在ChatGPT上"));
        assertEquals("type in", entry.headword());

        int passages = 0;
        List<String> headings = new ArrayList<>();
        LocalDate written = null;
        for (Block block : doc.blocks()) {
            if (block instanceof Passage p) {
                passages++;
            } else if (block instanceof Heading h) {
                headings.add(h.text());
            } else if (block instanceof Postscript ps && ps.dateline() != null) {
                written = ps.dateline().date();
            }
        }
        assertEquals(doc.passages().size(), passages);
        assertEquals(List.of("Not my cup of tea", "Wait until you see next year’s model"), headings);
        assertEquals(LocalDate.of(2024, 8, 12), written);

        String text = new String(Files.readAllBytes(seed), StandardCharsets.UTF_8);
        List<String> messages = new ArrayList<>();
        for (Diagnostic d : doc.diagnostics()) {
            messages.add(d.span().line() + ":" + d.span().column() + " " + d.code() + " " + d.message());
        }
        SourceSpan span = first.span();
        String passageText = text.substring(span.offset(), span.end());
        assertEquals(List.of(), messages);
        assertTrue(passageText.startsWith("原文："));

        String same = MarkdownWriter.lossless().write(doc);
        String canonical = MarkdownWriter.canonical().write(doc);
        String json = JsonWriter.create().write(doc);
        String content = JsonWriter.builder().positions(false).pretty(false).build().write(doc);
        assertEquals(text, same);
        assertTrue(canonical.length() < text.length());
        assertTrue(content.length() < json.length());

        boolean roundTrips = false;
        String problem = null;
        try {
            NoteDocument back = JsonReader.create().read(json);
            roundTrips = back.equals(doc);
        } catch (JsonFormatException e) {
            problem = e.path() + ": " + e.getMessage();
        }
        assertTrue(roundTrips);
        assertNull(problem);

        NoteDocument aligned = DocumentAligner.create().align(doc);
        SentenceAlignment sentences = aligned.passages().get(0).alignment();
        Alignment beads = Aligner.create().align(List.of("那天晚上我没走掉。"),
                List.of("I did not leave that night."), LanguagePair.ZH_EN);
        AlignmentScore score = AlignmentScore.of(beads.beads(), beads.beads());
        assertEquals(4, sentences.source().size());
        assertEquals(1.0, score.strictF1());

        NotesParser bounded = NotesParser.builder().maxInlineLength(5_000).build();
        assertEquals(5_000, bounded.maxInlineLength());

        List<Grounding> groundings = Grounder.create().ground(aligned);
        List<Abbreviation> abbreviations = TermExtractor.create().abbreviations("large language models (LLMs)");
        Glossary glossary = Glossary.builder(GlossaryOrder.PINYIN).add("part_11.md", doc).build();
        assertEquals("Type in", groundings.get(0).matched());
        assertEquals("large language models", abbreviations.get(0).longForm());
        assertEquals(doc.vocabulary().size(), glossary.entries().size());

        List<Flashcard> cards = Flashcards.of("part_11.md", aligned);
        StringWriter deck = new StringWriter();
        AnkiWriter.create().write(cards, deck);
        ByteArrayOutputStream apkg = new ByteArrayOutputStream();
        ApkgWriter.builder().deck("Economist::2024").build().write(cards, apkg);
        assertTrue(deck.toString().startsWith("#separator:tab"));
        assertTrue(apkg.size() > 0);

        Linter linter = Linter.builder().config(LintConfig.defaults().with(Preset.CHINESE_COPYWRITING, Map.of())).build();
        LintResult found = linter.lint(text, seed);
        String fixed = linter.fix(text, seed).text();
        String report = LintReport.write(ReportFormat.SARIF, List.of(new FileFindings("part_11.md", found.findings())));
        assertTrue(found.findings().stream().anyMatch(f -> f.rule().name().equals("truncated-text")));
        assertEquals(fixed, linter.fix(fixed, seed).text());
        assertTrue(report.contains("\"version\" : \"2.1.0\""));
    }

    @Test
    void thePageShowsTheCodeThatRuns() throws IOException {
        String page = Files.readString(SharedData.projectRoot().resolve("docs/api.md"));
        String source = squash(Files.readString(SharedData.projectRoot()
                .resolve("core/src/test/java/io/github/jingdu/ApiGuideTest.java")));
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(page);
        int snippets = 0;
        while (m.find()) {
            snippets++;
            String snippet = squash(m.group(1));
            assertTrue(source.contains(snippet), () -> "docs/api.md shows code that this test does not run:\n" + snippet);
        }
        assertEquals(10, snippets);
    }

    private static String squash(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }
}
