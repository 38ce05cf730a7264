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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The snippets of docs/api.md, each run on a seed note in a section of its own and followed by
 * checks of what it gave. It uses nothing but the published API and the JDK, so that it runs in
 * core's tests ({@code ApiGuideTest}, a test per section) and in projects that depend on the
 * installed jars, on the class path and on the module path ({@code consumer-tests}).
 */
public final class ApiGuide {
    /** A section of the guide: its snippet, run on the seed, and the checks of what it gave. */
    @FunctionalInterface
    public interface Section {
        /**
         * Runs the section.
         *
         * @param seed the path of {@code seeds/000_2a148c15c4b98b6e.txt}
         * @throws IOException if the seed cannot be read
         */
        void run(Path seed) throws IOException;
    }

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
     * Runs every section on the seed note, in the page's order.
     *
     * @param seed the path of {@code seeds/000_2a148c15c4b98b6e.txt}
     * @throws IOException if the seed cannot be read
     */
    public static void run(Path seed) throws IOException {
        for (Section section : sections().values()) {
            section.run(seed);
        }
    }

    /**
     * Returns the sections, named after the headings of the page they stand under, in its order.
     *
     * @return the sections
     */
    public static Map<String, Section> sections() {
        Map<String, Section> sections = new LinkedHashMap<>();
        sections.put("Reading notes", ApiGuide::reading);
        sections.put("Reading notes: blocks", ApiGuide::blocks);
        sections.put("Positions and diagnostics", ApiGuide::positions);
        sections.put("Writing", ApiGuide::writing);
        sections.put("Reading JSON", ApiGuide::readingJson);
        sections.put("Aligning sentences", ApiGuide::aligning);
        sections.put("Options", seed -> options());
        sections.put("Terms: grounding, abbreviations, glossary", ApiGuide::terms);
        sections.put("Flashcards", ApiGuide::flashcards);
        sections.put("EPUB", ApiGuide::epub);
        sections.put("A reading site", ApiGuide::site);
        sections.put("Linting", ApiGuide::linting);
        return sections;
    }

    private static void reading(Path seed) throws IOException {
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
        expect(meaning.equals("键入"), "the first entry's first sense (of 键入；输入)", meaning);
    }

    private static void blocks(Path seed) throws IOException {
        NoteDocument doc = NotesParser.create().parse(seed);
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
    }

    private static void positions(Path seed) throws IOException {
        NoteDocument doc = NotesParser.create().parse(seed);
        Passage first = doc.passages().get(0);
        String text = Files.readString(seed);
        List<String> messages = new ArrayList<>();
        for (Diagnostic d : doc.diagnostics()) {
            messages.add(d.format("part_11.md"));   // part_11.md:12:5: warning: … [code]
        }
        SourceSpan span = first.span();
        String passageText = text.substring(span.offset(), span.end());
        expect(messages.isEmpty(), "diagnostics", messages);
        expect(passageText.startsWith("原文：") && span.line() == 9, "the passage's text and line", span);
    }

    private static void writing(Path seed) throws IOException {
        NotesParser parser = NotesParser.create();
        NoteDocument doc = parser.parse(seed);
        String text = Files.readString(seed);
        String same = MarkdownWriter.lossless().write(doc);
        String canonical = MarkdownWriter.canonical().write(doc);
        String json = JsonWriter.create().write(doc);
        String content = JsonWriter.builder().positions(false).pretty(false).build().write(doc);
        expect(same.equals(text), "the lossless Markdown", same.length());
        expect(!canonical.equals(text) && MarkdownWriter.canonical().write(parser.parse(canonical)).equals(canonical),
                "the canonical Markdown, which reads back to itself", canonical.length());
        expect(json.contains("\"span\"") && !content.contains("\"span\"") && !content.strip().contains("\n"),
                "JSON without positions, on one line", content.length());
    }

    private static void readingJson(Path seed) throws IOException {
        NoteDocument doc = NotesParser.create().parse(seed);
        String json = JsonWriter.create().write(doc);
        boolean roundTrips = false;
        String problem = null;
        try {
            NoteDocument back = JsonReader.create().read(json);
            roundTrips = back.equals(doc);
        } catch (JsonFormatException e) {
            problem = e.path() + ": " + e.getMessage();
        }
        expect(roundTrips && problem == null, "the JSON round trip", problem);
        String wrong = json.replaceFirst("\"text\" : \"", "\"text\" : 1, \"was\" : \"");
        try {
            JsonReader.create().read(wrong);
            problem = null;
        } catch (JsonFormatException e) {
            problem = e.path();
        }
        expect("blocks[0].dek.text".equals(problem), "the path of a field of the wrong type", problem);
    }

    private static void aligning(Path seed) throws IOException {
        NoteDocument doc = NotesParser.create().parse(seed);
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
    }

    private static void options() {
        NotesParser bounded = NotesParser.builder().maxInlineLength(5_000).build();
        expect(bounded.maxInlineLength() == 5_000, "the parser's option", bounded.maxInlineLength());
    }

    private static void terms(Path seed) throws IOException {
        NoteDocument doc = NotesParser.create().parse(seed);
        NoteDocument aligned = DocumentAligner.create().align(doc);
        List<Grounding> groundings = Grounder.create().ground(aligned);
        List<Abbreviation> abbreviations = TermExtractor.create().abbreviations("large language models (LLMs)");
        List<TextTerm> terms = TermExtractor.create().extract(doc);
        Glossary glossary = Glossary.builder(GlossaryOrder.PINYIN).add("part_11.md", doc).build();
        expect("Type in".equals(groundings.get(0).matched()), "the first grounding", groundings.get(0).matched());
        expect(abbreviations.get(0).longForm().equals("large language models"), "the abbreviation",
                abbreviations.get(0).longForm());
        expect(terms.stream().anyMatch(t -> t.text().equals("GPU") && "graphics-processing unit".equals(t.expansion())),
                "the document's terms, with its abbreviation GPU", terms);
        expect(glossary.entries().size() == doc.vocabulary().size(), "the glossary", glossary.entries().size());
    }

    private static void flashcards(Path seed) throws IOException {
        NoteDocument aligned = DocumentAligner.create().align(NotesParser.create().parse(seed));
        List<Flashcard> cards = Flashcards.of("part_11.md", aligned);
        StringWriter deck = new StringWriter();
        AnkiWriter.create().write(cards, deck);
        ByteArrayOutputStream apkg = new ByteArrayOutputStream();
        ApkgWriter.builder().deck("Economist::2024").build().write(cards, apkg);
        expect(cards.size() == aligned.vocabulary().size(), "a card for each entry", cards.size());
        expect(deck.toString().startsWith("#separator:tab"), "the Anki text deck", deck.toString().length());
        expect(zipHolds(apkg.toByteArray(), "collection.anki2"), "the Anki package", apkg.size());
    }

    private static void epub(Path seed) throws IOException {
        NoteDocument aligned = DocumentAligner.create().align(NotesParser.create().parse(seed));
        ByteArrayOutputStream book = new ByteArrayOutputStream();
        List<SourceDiagnostic> skipped = EpubWriter.builder().title("The Economist, 12 August 2024").build()
                .write(List.of(new EpubSource(aligned, "part_11.md", null, null)), book);
        byte[] bytes = book.toByteArray();
        String start = new String(bytes, 0, Math.min(bytes.length, 58), StandardCharsets.ISO_8859_1);
        expect(start.endsWith("mimetypeapplication/epub+zip") && skipped.isEmpty(), "the EPUB", skipped);
    }

    private static void site(Path seed) throws IOException {
        NoteDocument aligned = DocumentAligner.create().align(NotesParser.create().parse(seed));
        HtmlSite site = HtmlSiteWriter.builder().title("The Economist, 2024").build()
                .write(List.of(new HtmlSource(aligned, "2024/part_11.md", null, null)));
        expect(site.files().containsKey("notes/2024-part-11.html") && site.diagnostics().isEmpty(), "the web site",
                site.files().keySet());
    }

    private static void linting(Path seed) throws IOException {
        String text = Files.readString(seed);
        Linter linter = Linter.builder().config(LintConfig.defaults().with(Preset.CHINESE_COPYWRITING, Map.of())).build();
        LintResult found = linter.lint(seed);
        String fixed = linter.fix(text, seed).text();
        String report = LintReport.write(ReportFormat.SARIF, List.of(new FileFindings("part_11.md", found.findings())));
        expect(found.findings().stream().anyMatch(f -> f.rule().name().equals("truncated-text")), "the findings",
                found.findings().size());
        expect(!fixed.equals(text) && linter.fix(fixed, seed).text().equals(fixed), "the fix, which is stable",
                fixed.length());
        expect(report.contains("\"version\" : \"2.1.0\"") && report.contains("\"ruleId\" : \"JD007\""), "the SARIF report",
                report.length());
    }

    /**
     * Whether a zip archive's first entry has this name: a local file header ({@code PK\3\4}) whose
     * name length (bytes 26 and 27, little-endian) is the name's and whose name starts at byte 30.
     */
    private static boolean zipHolds(byte[] zip, String first) {
        return zip.length > 30 + first.length() && zip[0] == 'P' && zip[1] == 'K' && zip[2] == 3 && zip[3] == 4
                && (zip[26] & 0xFF | (zip[27] & 0xFF) << 8) == first.length()
                && new String(zip, 30, first.length(), StandardCharsets.ISO_8859_1).equals(first);
    }

    private static void expect(boolean holds, String what, Object got) {
        if (!holds) {
            throw new IllegalStateException("docs/api.md: " + what + " is not what the guide says; got " + got);
        }
    }
}
