package io.github.jingdu.json;

import io.github.jingdu.model.Bead;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.Dateline;
import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.Example;
import io.github.jingdu.model.Explanation;
import io.github.jingdu.model.Field;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.FrontMatter;
import io.github.jingdu.model.Heading;
import io.github.jingdu.model.MarkdownBlock;
import io.github.jingdu.model.MarkdownKind;
import io.github.jingdu.model.Marker;
import io.github.jingdu.model.Morphology;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Postscript;
import io.github.jingdu.model.Pronunciation;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.Sense;
import io.github.jingdu.model.RenditionAlignment;
import io.github.jingdu.model.RenditionKind;
import io.github.jingdu.model.TranslationUnit;
import io.github.jingdu.model.Sentence;
import io.github.jingdu.model.SentenceAlignment;
import io.github.jingdu.model.Severity;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.StudyItem;
import io.github.jingdu.model.StudyNotes;
import io.github.jingdu.model.StudyText;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.model.VocabularyList;
import io.github.jingdu.model.VocabularyTable;
import io.github.jingdu.model.ColumnRole;
import io.github.jingdu.model.EntryShape;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Builds the model from a JSON tree, checking each field's shape. */
final class JsonDocumentDecoder {
    /**
     * The span of the block being read, or -1 outside blocks: every span inside a block must lie
     * inside it, since the aligner and the writers cut the block's text at them.
     */
    private long boundStart = -1;
    private long boundEnd;

    NoteDocument document(JsonNodes.At root) throws JsonFormatException {
        String format = root.string("format");
        if (!JsonFormat.NAME.equals(format)) {
            throw new JsonFormatException("format", "expected \"" + JsonFormat.NAME + "\", found \""
                    + format + "\"; this is not a Jingdu notes document");
        }
        int version = root.integer("version");
        if (version > JsonFormat.VERSION || version < 1) {
            throw new JsonFormatException("version", "version " + version + " is not supported: this"
                    + " Jingdu reads versions 1 to " + JsonFormat.VERSION + "; upgrade Jingdu to read it");
        }
        List<Block> blocks = new ArrayList<>();
        for (JsonNodes.At b : root.array("blocks")) {
            blocks.add(block(b.object()));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        JsonNodes.At list = root.optionalField("diagnostics");
        if (list != null) {
            for (JsonNodes.At d : list.elements()) {
                diagnostics.add(diagnostic(d.object()));
            }
        }
        return new NoteDocument(blocks, diagnostics);
    }

    private Block block(JsonNodes.At b) throws JsonFormatException {
        String type = b.string("type");
        SourceSpan span = span(b);
        String raw = b.optionalString("raw");
        raw = raw == null ? "" : raw;
        if (!span.equals(SourceSpan.NONE)) {
            if (raw.length() != span.length()) {
                throw new JsonFormatException(b.path() + ".raw", "the block's text is " + raw.length()
                        + " characters long but its span says " + span.length());
            }
            boundStart = span.offset();
            boundEnd = (long) span.offset() + span.length();
        }
        try {
            return block(b, type, span, raw);
        } finally {
            boundStart = -1;
        }
    }

    private Block block(JsonNodes.At b, String type, SourceSpan span, String raw) throws JsonFormatException {
        switch (type) {
            case "front-matter":
                List<Field> fields = new ArrayList<>();
                for (JsonNodes.At f : b.array("fields")) {
                    fields.add(new Field(f.object().string("key"), f.string("value"), span(f)));
                }
                String title = b.optionalString("title");
                String titleMarkdown = b.optionalString("titleMarkdown");
                if ((title == null) != (titleMarkdown == null)) {
                    throw new JsonFormatException(b.path() + ".titleMarkdown",
                            "title and titleMarkdown must be given together");
                }
                return new FrontMatter(title, titleMarkdown, optionalParagraph(b, "dek"),
                        optionalParagraph(b, "dekTranslation"), fields, span, raw);
            case "heading":
                int level = b.integer("level");
                if (level < 1 || level > 6) {
                    throw new JsonFormatException(b.path() + ".level", "expected 1 to 6, found " + level);
                }
                return new Heading(level, b.string("text"), b.string("markdown"), span, raw);
            case "figure":
                return new Figure(b.string("alt"), b.string("path"), b.string("title"), span, raw);
            case "passage":
                return passage(b, span, raw);
            case "study-notes":
                JsonNodes.At notesMarker = b.field("study").object().optionalField("marker");
                return new StudyNotes(notesMarker == null ? null : marker(notesMarker.object()), studyItems(b), span, raw);
            case "postscript":
                return new Postscript(b.string("title"), paragraphs(b, "paragraphs"), dateline(b), span, raw);
            case "translation-unit":
                return translationUnit(b, span, raw);
            case "markdown":
                return new MarkdownBlock(kind(b), b.string("markdown"), span, raw);
            default:
                throw new JsonFormatException(b.path() + ".type", "unknown block type \"" + type
                        + "\"; expected front-matter, heading, figure, passage, study-notes, translation-unit, postscript or markdown");
        }
    }

    private Passage passage(JsonNodes.At b, SourceSpan span, String raw) throws JsonFormatException {
        JsonNodes.At studyMarker = b.field("study").object().optionalField("marker");
        return new Passage(marker(b.field("marker").object()), paragraphs(b, "source"),
                paragraphs(b, "translation"), studyMarker == null ? null : marker(studyMarker.object()),
                studyItems(b), optionalAlignment(b, "alignment"), span, raw);
    }

    /** The study items of a passage or study notes, with the vocabulary entries they refer to. */
    private List<StudyItem> studyItems(JsonNodes.At b) throws JsonFormatException {
        List<VocabularyEntry> vocabulary = new ArrayList<>();
        for (JsonNodes.At v : b.array("vocabulary")) {
            vocabulary.add(entry(v.object()));
        }
        JsonNodes.At study = b.field("study").object();
        List<StudyItem> items = new ArrayList<>();
        boolean[] used = new boolean[vocabulary.size()];
        for (JsonNodes.At item : study.array("items")) {
            items.add(studyItem(item.object(), vocabulary, used));
        }
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                throw new JsonFormatException(b.path() + ".vocabulary[" + i + "]",
                        "entry is not referenced by any study item; add {\"type\":\"vocabulary\",\"index\":"
                                + i + "} to study.items");
            }
        }
        return items;
    }

    private TranslationUnit translationUnit(JsonNodes.At b, SourceSpan span, String raw) throws JsonFormatException {
        List<Rendition> parts = new ArrayList<>();
        for (JsonNodes.At p : b.array("parts")) {
            RenditionKind k = JsonNames.of(p.object().field("kind"), RenditionKind.class);
            int level = p.integer("level");
            if (level < 1 || level > 6) {
                throw new JsonFormatException(p.path() + ".level", "expected 1 to 6, found " + level);
            }
            JsonNodes.At fenced = p.field("fenced");
            if (!fenced.node().isBoolean()) {
                throw new JsonFormatException(fenced.path(), "expected true or false, found " + JsonNodes.describe(fenced.node()));
            }
            parts.add(new Rendition(k, level, p.string("heading"), paragraphs(p, "paragraphs"),
                    fenced.node().booleanValue(), span(p)));
        }
        RenditionAlignment renditions = null;
        JsonNodes.At r = b.optionalField("renditions");
        if (r != null) {
            SentenceAlignment sentences = optionalAlignment(r.object(), "sentences");
            if (sentences == null) {
                throw new JsonFormatException(r.path() + ".sentences", "required field is missing");
            }
            List<Bead> paragraphBeads = new ArrayList<>();
            for (JsonNodes.At bead : r.array("paragraphs")) {
                paragraphBeads.add(bead(bead.object(), Integer.MAX_VALUE, Integer.MAX_VALUE));
            }
            renditions = new RenditionAlignment(paragraphBeads, sentences);
        }
        return new TranslationUnit(parts, renditions, optionalAlignment(b, "source"), span, raw);
    }

    private SentenceAlignment optionalAlignment(JsonNodes.At owner, String name) throws JsonFormatException {
        JsonNodes.At a = owner.optionalField(name);
        if (a == null) {
            return null;
        }
        a.object();
        List<Sentence> source = sentences(a, "source");
        List<Sentence> target = sentences(a, "target");
        List<Bead> beads = new ArrayList<>();
        for (JsonNodes.At bead : a.array("beads")) {
            beads.add(bead(bead.object(), source.size(), target.size()));
        }
        return new SentenceAlignment(source, target, beads);
    }

    private Bead bead(JsonNodes.At bead, int sources, int targets) throws JsonFormatException {
        List<Integer> s = indices(bead, "source", sources);
        List<Integer> t = indices(bead, "target", targets);
        if (s.isEmpty() && t.isEmpty()) {
            throw new JsonFormatException(bead.path(), "a bead needs an index on at least one side");
        }
        JsonNodes.At score = bead.field("score");
        if (!score.node().isNumber()) {
            throw new JsonFormatException(score.path(), "expected a number, found " + JsonNodes.describe(score.node()));
        }
        double value = score.node().doubleValue();
        if (!Double.isFinite(value)) {
            throw new JsonFormatException(score.path(), "expected a number a double can hold, found "
                    + score.node().asText());
        }
        return new Bead(s, t, value);
    }

    private List<Sentence> sentences(JsonNodes.At owner, String name) throws JsonFormatException {
        List<Sentence> out = new ArrayList<>();
        for (JsonNodes.At s : owner.array(name)) {
            out.add(new Sentence(s.object().string("text"), span(s)));
        }
        return out;
    }

    private List<Integer> indices(JsonNodes.At owner, String name, int size) throws JsonFormatException {
        List<Integer> out = new ArrayList<>();
        for (JsonNodes.At i : owner.array(name)) {
            if (!i.node().isIntegralNumber() || i.node().intValue() < 0 || i.node().intValue() >= size) {
                throw new JsonFormatException(i.path(), "expected an index of 0 or more"
                        + (size == Integer.MAX_VALUE ? "" : " and below " + size) + ", found " + i.node());
            }
            out.add(i.node().intValue());
        }
        return out;
    }

    private StudyItem studyItem(JsonNodes.At item, List<VocabularyEntry> vocabulary, boolean[] used)
            throws JsonFormatException {
        String type = item.string("type");
        switch (type) {
            case "vocabulary":
                return use(item.field("index"), vocabulary, used);
            case "explanation":
                return explanation(item);
            case "figure":
                String raw = item.optionalString("raw");
                return new Figure(item.string("alt"), item.string("path"), item.string("title"), span(item),
                        raw == null ? "" : raw);
            case "text":
                return new StudyText(item.string("markdown"), span(item));
            case "table":
                List<ColumnRole> columns = new ArrayList<>();
                for (JsonNodes.At c : item.array("columns")) {
                    columns.add(JsonNames.of(c, ColumnRole.class));
                }
                return new VocabularyTable(columns, referenced(item, vocabulary, used), item.string("markdown"),
                        span(item));
            case "list":
                return new VocabularyList(referenced(item, vocabulary, used), item.string("markdown"), span(item));
            default:
                throw new JsonFormatException(item.path() + ".type", "unknown study item type \"" + type
                        + "\"; expected vocabulary, table, list, explanation, figure or text");
        }
    }

    /** The entries a table or list refers to by index. */
    private static List<VocabularyEntry> referenced(JsonNodes.At item, List<VocabularyEntry> vocabulary, boolean[] used)
            throws JsonFormatException {
        List<VocabularyEntry> out = new ArrayList<>();
        for (JsonNodes.At index : item.array("entries")) {
            out.add(use(index, vocabulary, used));
        }
        return out;
    }

    private static VocabularyEntry use(JsonNodes.At at, List<VocabularyEntry> vocabulary, boolean[] used)
            throws JsonFormatException {
        int index = at.asInt();
        if (index < 0 || index >= vocabulary.size() || used[index]) {
            throw new JsonFormatException(at.path(), "expected an unused index of"
                    + " the passage's vocabulary (0 to " + (vocabulary.size() - 1) + "), found " + index);
        }
        used[index] = true;
        return vocabulary.get(index);
    }

    private VocabularyEntry entry(JsonNodes.At v) throws JsonFormatException {
        List<Pronunciation> pronunciations = new ArrayList<>();
        for (JsonNodes.At p : v.array("pronunciations")) {
            pronunciations.add(new Pronunciation(p.object().string("region"), p.string("ipa")));
        }
        List<Sense> senses = new ArrayList<>();
        for (JsonNodes.At s : v.array("senses")) {
            senses.add(new Sense(s.object().string("text"), s.optionalString("domain")));
        }
        JsonNodes.At m = v.optionalField("morphology");
        Morphology morphology = m == null ? null
                : new Morphology(m.object().string("base"), JsonNames.inflection(m.field("inflection")));
        JsonNodes.At e = v.optionalField("explanation");
        Explanation explanation = e == null ? null : explanation(e.object());
        List<Example> examples = new ArrayList<>();
        for (JsonNodes.At x : v.optionalArray("examples")) {
            x.object();
            examples.add(new Example(x.string("english"), x.string("chinese"), x.optionalString("markdown"), span(x)));
        }
        JsonNodes.At shape = v.optionalField("shape");
        String markdown = v.optionalString("markdown");
        return new VocabularyEntry(v.string("headword"), strings(v, "variants"), v.string("gloss"), pronunciations,
                senses, v.optionalString("note"), morphology, strings(v, "flags"), explanation, span(v),
                v.optionalString("partOfSpeech"), v.optionalString("expansion"), examples,
                shape == null ? EntryShape.LINE : JsonNames.of(shape, EntryShape.class), markdown == null ? "" : markdown);
    }

    private Explanation explanation(JsonNodes.At e) throws JsonFormatException {
        List<Example> examples = new ArrayList<>();
        for (JsonNodes.At x : e.optionalArray("examples")) {
            examples.add(new Example(x.object().string("english"), x.string("chinese")));
        }
        return new Explanation(e.string("markdown"), examples, span(e));
    }

    private static List<String> strings(JsonNodes.At at, String name) throws JsonFormatException {
        List<String> out = new ArrayList<>();
        for (JsonNodes.At s : at.optionalArray(name)) {
            out.add(s.asString());
        }
        return out;
    }

    private Dateline dateline(JsonNodes.At b) throws JsonFormatException {
        JsonNodes.At d = b.optionalField("dateline");
        if (d == null) {
            return null;
        }
        d.object();
        String date = d.optionalString("date");
        String time = d.optionalString("time");
        try {
            return new Dateline(date == null ? null : LocalDate.parse(date),
                    time == null ? null : LocalTime.parse(time), d.optionalString("period"),
                    d.optionalString("place"));
        } catch (DateTimeParseException ex) {
            throw new JsonFormatException(d.path(), "expected an ISO date (2024-08-12) and time (17:51): "
                    + ex.getParsedString());
        }
    }

    private Diagnostic diagnostic(JsonNodes.At d) throws JsonFormatException {
        Severity s = JsonNames.of(d.field("severity"), Severity.class);
        return new Diagnostic(s, d.string("code"), d.string("message"), span(d));
    }

    private MarkdownKind kind(JsonNodes.At b) throws JsonFormatException {
        return JsonNames.of(b.field("kind"), MarkdownKind.class);
    }

    private Marker marker(JsonNodes.At m) throws JsonFormatException {
        return new Marker(m.string("text"), span(m));
    }

    private List<Paragraph> paragraphs(JsonNodes.At b, String name) throws JsonFormatException {
        List<Paragraph> out = new ArrayList<>();
        for (JsonNodes.At p : b.array(name)) {
            out.add(paragraph(p.object()));
        }
        return out;
    }

    private Paragraph optionalParagraph(JsonNodes.At b, String name) throws JsonFormatException {
        JsonNodes.At p = b.optionalField(name);
        return p == null ? null : paragraph(p.object());
    }

    private Paragraph paragraph(JsonNodes.At p) throws JsonFormatException {
        return new Paragraph(p.string("text"), p.string("markdown"), span(p));
    }

    private SourceSpan span(JsonNodes.At owner) throws JsonFormatException {
        JsonNodes.At s = owner.optionalField("span");
        if (s == null) {
            return SourceSpan.NONE;
        }
        s.object();
        int offset = s.integer("offset");
        int length = s.integer("length");
        int line = s.integer("line");
        int column = s.integer("column");
        if (offset < 0 || length < 0 || line < 1 || column < 1) {
            throw new JsonFormatException(s.path(), "expected offset and length of 0 or more, line and column of 1 or more");
        }
        if (boundStart >= 0 && (offset < boundStart || (long) offset + length > boundEnd)) {
            throw new JsonFormatException(s.path(), "the span (offset " + offset + ", length " + length
                    + ") lies outside its block's (offset " + boundStart + ", length " + (boundEnd - boundStart) + ")");
        }
        return new SourceSpan(offset, length, line, column);
    }
}
