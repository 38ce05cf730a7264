package io.github.jingdu.guide;

import io.github.jingdu.align.Aligner;
import io.github.jingdu.align.Alignment;
import io.github.jingdu.align.AlignmentScore;
import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.align.LanguagePair;
import io.github.jingdu.anki.AnkiWriter;
import io.github.jingdu.anki.ApkgWriter;
import io.github.jingdu.anki.Flashcard;
import io.github.jingdu.anki.Flashcards;
import io.github.jingdu.epub.EpubSource;
import io.github.jingdu.epub.EpubWriter;
import io.github.jingdu.html.HtmlSite;
import io.github.jingdu.html.HtmlSiteWriter;
import io.github.jingdu.html.HtmlSource;
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
import io.github.jingdu.model.SourceDiagnostic;
import io.github.jingdu.model.Heading;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Postscript;
import io.github.jingdu.model.SentenceAlignment;
import io.github.jingdu.model.SentencePair;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.terms.Abbreviation;
import io.github.jingdu.terms.Glossary;
import io.github.jingdu.terms.GlossaryOrder;
import io.github.jingdu.terms.Grounder;
import io.github.jingdu.terms.Grounding;
import io.github.jingdu.terms.TermExtractor;
import io.github.jingdu.terms.TextTerm;
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

/**
 * The snippets of docs/api.md, run one after the other on a seed note, each followed by checks of
 * what it gave. It uses nothing but the published API and the JDK, so that it runs in core's tests
 * ({@code ApiGuideTest}) and in projects that depend on the installed jars, on the class path and
 * on the module path ({@code consumer-tests}).
 */
public final class ApiGuide {
    private ApiGuide() {
    }

    /**
     * Runs the guide.
     *
     * @param args the path of {@code seeds/000_2a148c15c4b98b6e.txt}
     * @throws Exception when a snippet fails; an {@link IllegalStateException} when one gives
     *     something else than the guide says
     */
    public static void main(String[] args) throws Exception {
        run(Path.of(args[0]));
        System.out.println("api guide: every snippet ran and gave what the guide says");
    }

    /**
     * Runs every snippet on the seed note.
     *
     * @param seed the path of {@code seeds/000_2a148c15c4b98b6e.txt}
     * @throws IOException if the seed cannot be read
     */
    public static void run(Path seed) throws IOException {
        NotesParser parser = NotesParser.create();
        NoteDocument doc = parser.parse(seed);
        Passage first = doc.passages().get(0);
        String english = first.source().get(0).text();
        String chinese = first.translation().isEmpty() ? "" : first.translation().get(0).text();
        VocabularyEntry entry = first.vocabulary().get(0);
        String meaning = entry.senses().isEmpty() ? entry.gloss() : entry.senses().get(0).text();
        expect(english.startsWith("Type in a question"), "the first English sentence", english);
        expect(chinese.startsWith("在ChatGPT上"), "the first Chinese sentence", chinese);
        expect(entry.headword().equals("type in"), "the first headword", entry.headword());
        expect(!meaning.isEmpty(), "the first entry's meaning", meaning);

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
        expect(passages == doc.passages().size(), "passages", passages);
        expect(headings.equals(List.of("Not my cup of tea", "Wait until you see next year’s model")), "headings", headings);
        expect(LocalDate.of(2024, 8, 12).equals(written), "the postscript's date", written);

        String text = Files.readString(seed);
        List<String> messages = new ArrayList<>();
        for (Diagnostic d : doc.diagnostics()) {
            messages.add(d.format("part_11.md"));   // part_11.md:12:5: warning: … [code]
        }
        SourceSpan span = first.span();
        String passageText = text.substring(span.offset(), span.end());
        expect(messages.isEmpty(), "diagnostics", messages);
        expect(passageText.startsWith("原文："), "the passage's text", passageText);

        String same = MarkdownWriter.lossless().write(doc);
        String canonical = MarkdownWriter.canonical().write(doc);
        String json = JsonWriter.create().write(doc);
        String content = JsonWriter.builder().positions(false).pretty(false).build().write(doc);
        expect(same.equals(text), "the lossless Markdown", same.length());
        expect(!canonical.equals(text) && MarkdownWriter.canonical().write(parser.parse(canonical)).equals(canonical),
                "the canonical Markdown, which reads back to itself", canonical.length());
        expect(content.length() < json.length(), "JSON without positions", content.length());

        boolean roundTrips = false;
        String problem = null;
        try {
            NoteDocument back = JsonReader.create().read(json);
            roundTrips = back.equals(doc);
        } catch (JsonFormatException e) {
            problem = e.path() + ": " + e.getMessage();
        }
        expect(roundTrips && problem == null, "the JSON round trip", problem);

        NoteDocument aligned = DocumentAligner.create().align(doc);
        SentenceAlignment sentences = aligned.passages().get(0).alignment();
        List<String> rows = new ArrayList<>();
        for (SentencePair pair : sentences.pairs()) {
            rows.add(pair.sourceText() + " | " + pair.targetText() + " | " + pair.confidence());
        }
        Alignment beads = Aligner.create().align(List.of("那天晚上我没走掉。"),
                List.of("I did not leave that night."), LanguagePair.ZH_EN);
        AlignmentScore score = AlignmentScore.of(beads.beads(), beads.beads());
        expect(sentences.source().size() == 4, "the first passage's English sentences", sentences.source().size());
        expect(rows.get(0).startsWith("Type in a question"), "the first pair", rows.get(0));
        expect(score.strictF1() == 1.0, "the score of an alignment against itself", score.strictF1());

        NotesParser bounded = NotesParser.builder().maxInlineLength(5_000).build();
        expect(bounded.maxInlineLength() == 5_000, "the parser's option", bounded.maxInlineLength());

        List<Grounding> groundings = Grounder.create().ground(aligned);
        List<Abbreviation> abbreviations = TermExtractor.create().abbreviations("large language models (LLMs)");
        List<TextTerm> terms = TermExtractor.create().extract(doc);
        Glossary glossary = Glossary.builder(GlossaryOrder.PINYIN).add("part_11.md", doc).build();
        expect("Type in".equals(groundings.get(0).matched()), "the first grounding", groundings.get(0).matched());
        expect(abbreviations.get(0).longForm().equals("large language models"), "the abbreviation",
                abbreviations.get(0).longForm());
        expect(!terms.isEmpty(), "the document's terms", terms.size());
        expect(glossary.entries().size() == doc.vocabulary().size(), "the glossary", glossary.entries().size());

        List<Flashcard> cards = Flashcards.of("part_11.md", aligned);
        StringWriter deck = new StringWriter();
        AnkiWriter.create().write(cards, deck);
        ByteArrayOutputStream apkg = new ByteArrayOutputStream();
        ApkgWriter.builder().deck("Economist::2024").build().write(cards, apkg);
        expect(deck.toString().startsWith("#separator:tab"), "the Anki text deck", deck.toString().length());
        expect(apkg.size() > 0, "the Anki package", apkg.size());

        ByteArrayOutputStream book = new ByteArrayOutputStream();
        List<SourceDiagnostic> skipped = EpubWriter.builder().title("The Economist, 12 August 2024").build()
                .write(List.of(new EpubSource(aligned, "part_11.md", null, null)), book);
        expect(book.size() > 0 && skipped.isEmpty(), "the EPUB", skipped);

        HtmlSite site = HtmlSiteWriter.builder().title("The Economist, 2024").build()
                .write(List.of(new HtmlSource(aligned, "2024/part_11.md", null, null)));
        expect(site.files().containsKey("notes/2024-part-11.html") && site.diagnostics().isEmpty(), "the web site",
                site.files().keySet());

        Linter linter = Linter.builder().config(LintConfig.defaults().with(Preset.CHINESE_COPYWRITING, Map.of())).build();
        LintResult found = linter.lint(seed);
        String fixed = linter.fix(text, seed).text();
        String report = LintReport.write(ReportFormat.SARIF, List.of(new FileFindings("part_11.md", found.findings())));
        expect(found.findings().stream().anyMatch(f -> f.rule().name().equals("truncated-text")), "the findings",
                found.findings().size());
        expect(linter.fix(fixed, seed).text().equals(fixed), "the fix being stable", fixed.length());
        expect(report.contains("\"version\" : \"2.1.0\""), "the SARIF report", report.length());
    }

    private static void expect(boolean holds, String what, Object got) {
        if (!holds) {
            throw new IllegalStateException("docs/api.md: " + what + " is not what the guide says; got " + got);
        }
    }
}
