package io.github.jingdu.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jingdu.model.Bead;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.BlockVisitor;
import io.github.jingdu.model.Dateline;
import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.Example;
import io.github.jingdu.model.Explanation;
import io.github.jingdu.model.Field;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.FrontMatter;
import io.github.jingdu.model.Heading;
import io.github.jingdu.model.Marker;
import io.github.jingdu.model.MarkdownBlock;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Postscript;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.TranslationUnit;
import io.github.jingdu.model.Sentence;
import io.github.jingdu.model.SentenceAlignment;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.StudyItem;
import io.github.jingdu.model.StudyNotes;
import io.github.jingdu.model.StudyText;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.model.VocabularyList;
import io.github.jingdu.model.VocabularyTable;
import io.github.jingdu.model.ColumnRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import io.github.jingdu.terms.Grounder;
import io.github.jingdu.terms.Grounding;

/** Streams the model to a Jackson generator, field by field, in a fixed order. */
final class JsonDocumentEncoder {
    private final JsonGenerator g;
    private final boolean positions;
    private final boolean groundings;
    /** Each entry's grounding, by identity: two entries may be equal and found in different places. */
    private final Map<VocabularyEntry, Grounding> grounded = new IdentityHashMap<>();

    JsonDocumentEncoder(JsonGenerator g, boolean positions, boolean groundings) {
        this.g = g;
        this.positions = positions;
        this.groundings = groundings;
    }

    void document(NoteDocument d) throws IOException {
        ground(d);
        g.writeStartObject();
        g.writeStringField("format", JsonFormat.NAME);
        g.writeNumberField("version", JsonFormat.VERSION);
        g.writeArrayFieldStart("blocks");
        for (Block b : d.blocks()) {
            block(b);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic x : d.diagnostics()) {
            g.writeStartObject();
            g.writeStringField("severity", JsonNames.of(x.severity()));
            g.writeStringField("code", x.code());
            g.writeStringField("message", x.message());
            span(x.span());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void block(Block b) throws IOException {
        g.writeStartObject();
        try {
            b.accept(fields);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        span(b.span());
        if (positions) {
            g.writeStringField("raw", b.raw());
        }
        g.writeEndObject();
    }

    /** Each kind of block's own fields; the generator's IOException crosses the visitor unchecked. */
    private final BlockVisitor<Void> fields = new BlockVisitor<>() {
        @Override
        public Void visit(FrontMatter f) {
            return writing(() -> frontMatter(f));
        }

        @Override
        public Void visit(Heading h) {
            return writing(() -> heading(h));
        }

        @Override
        public Void visit(Passage p) {
            return writing(() -> passage(p));
        }

        @Override
        public Void visit(StudyNotes n) {
            return writing(() -> studyNotes(n));
        }

        @Override
        public Void visit(TranslationUnit u) {
            return writing(() -> translationUnit(u));
        }

        @Override
        public Void visit(Figure f) {
            return writing(() -> figureFields(f));
        }

        @Override
        public Void visit(Postscript p) {
            return writing(() -> postscript(p));
        }

        @Override
        public Void visit(MarkdownBlock m) {
            return writing(() -> markdownBlock(m));
        }
    };

    /** Writing that may fail with the generator's IOException. */
    private interface Writing {
        void run() throws IOException;
    }

    private static Void writing(Writing w) {
        try {
            w.run();
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void frontMatter(FrontMatter f) throws IOException {
        g.writeStringField("type", "front-matter");
        optional("title", f.title());
        optional("titleMarkdown", f.titleMarkdown());
        optionalParagraph("dek", f.dek());
        optionalParagraph("dekTranslation", f.dekTranslation());
        g.writeArrayFieldStart("fields");
        for (Field field : f.fields()) {
            g.writeStartObject();
            g.writeStringField("key", field.key());
            g.writeStringField("value", field.value());
            span(field.span());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void heading(Heading h) throws IOException {
        g.writeStringField("type", "heading");
        g.writeNumberField("level", h.level());
        g.writeStringField("text", h.text());
        g.writeStringField("markdown", h.markdown());
    }

    private void studyNotes(StudyNotes n) throws IOException {
        g.writeStringField("type", "study-notes");
        study(n.marker(), n.study(), n.vocabulary(), null);
    }

    private void postscript(Postscript p) throws IOException {
        g.writeStringField("type", "postscript");
        g.writeStringField("title", p.title());
        paragraphs("paragraphs", p.paragraphs());
        dateline(p.dateline());
    }

    private void markdownBlock(MarkdownBlock m) throws IOException {
        g.writeStringField("type", "markdown");
        g.writeStringField("kind", JsonNames.of(m.kind()));
        g.writeStringField("markdown", m.markdown());
    }

    private void passage(Passage p) throws IOException {
        g.writeStringField("type", "passage");
        marker("marker", p.marker());
        paragraphs("source", p.source());
        paragraphs("translation", p.translation());
        study(p.studyMarker(), p.study(), p.vocabulary(), p.alignment());
        SentenceAlignment alignment = p.alignment();
        alignment("alignment", alignment, () -> SentenceMarkdowns.of(List.of(p.source()), List.of(p.translation())));
    }

    private void study(Marker marker, List<StudyItem> study, List<VocabularyEntry> vocabulary,
            SentenceAlignment alignment) throws IOException {
        g.writeArrayFieldStart("vocabulary");
        for (VocabularyEntry v : vocabulary) {
            entry(v, alignment);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("study");
        if (marker != null) {
            marker("marker", marker);
        }
        g.writeArrayFieldStart("items");
        int entryIndex = 0;
        for (StudyItem item : study) {
            if (item instanceof VocabularyEntry) {
                g.writeStartObject();
                g.writeStringField("type", "vocabulary");
                g.writeNumberField("index", entryIndex++);
                g.writeEndObject();
            } else if (item instanceof VocabularyTable t) {
                g.writeStartObject();
                g.writeStringField("type", "table");
                g.writeArrayFieldStart("columns");
                for (ColumnRole role : t.columns()) {
                    g.writeString(JsonNames.of(role));
                }
                g.writeEndArray();
                entryIndex = entryIndices(t.entries().size(), entryIndex);
                g.writeStringField("markdown", t.markdown());
                span(t.span());
                g.writeEndObject();
            } else if (item instanceof VocabularyList l) {
                g.writeStartObject();
                g.writeStringField("type", "list");
                entryIndex = entryIndices(l.entries().size(), entryIndex);
                g.writeStringField("markdown", l.markdown());
                span(l.span());
                g.writeEndObject();
            } else {
                studyItem(item);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void translationUnit(TranslationUnit u) throws IOException {
        g.writeStringField("type", "translation-unit");
        g.writeArrayFieldStart("parts");
        for (Rendition r : u.parts()) {
            g.writeStartObject();
            g.writeStringField("kind", JsonNames.of(r.kind()));
            g.writeNumberField("level", r.level());
            g.writeStringField("heading", r.heading());
            paragraphs("paragraphs", r.paragraphs());
            g.writeBooleanField("fenced", r.fenced());
            span(r.span());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (u.renditions() != null) {
            g.writeObjectFieldStart("renditions");
            g.writeArrayFieldStart("paragraphs");
            for (Bead b : u.renditions().paragraphs()) {
                bead(b);
            }
            g.writeEndArray();
            alignment("sentences", u.renditions().sentences(), () -> SentenceMarkdowns.of(u));
            g.writeEndObject();
        }
        alignment("source", u.source(), () -> SentenceMarkdowns.of(u));
    }

    void alignment(String name, SentenceAlignment a, Supplier<SentenceMarkdowns> sentenceMarkdown) throws IOException {
        if (a == null) {
            return;
        }
        SentenceMarkdowns markdown = sentenceMarkdown.get();
        g.writeObjectFieldStart(name);
        sentences("source", a.source(), markdown.take(a.source()));
        sentences("target", a.target(), markdown.take(a.target()));
        g.writeArrayFieldStart("beads");
        for (Bead b : a.beads()) {
            g.writeStartObject();
            beadFields(b);
            g.writeNumberField("confidence", Math.round(a.confidence(b) * 1000) / 1000.0);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void bead(Bead b) throws IOException {
        g.writeStartObject();
        beadFields(b);
        g.writeEndObject();
    }

    private void beadFields(Bead b) throws IOException {
        g.writeArrayFieldStart("source");
        for (int i : b.source()) {
            g.writeNumber(i);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("target");
        for (int i : b.target()) {
            g.writeNumber(i);
        }
        g.writeEndArray();
        g.writeNumberField("score", b.score());
    }

    private void sentences(String name, List<Sentence> list, List<String> markdown) throws IOException {
        g.writeArrayFieldStart(name);
        for (int i = 0; i < list.size(); i++) {
            Sentence s = list.get(i);
            g.writeStartObject();
            g.writeStringField("text", s.text());
            optional("markdown", markdown == null ? null : markdown.get(i));
            span(s.span());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Writes the indices of a table's or list's entries in the vocabulary, and returns the next index. */
    private int entryIndices(int count, int first) throws IOException {
        g.writeArrayFieldStart("entries");
        for (int i = 0; i < count; i++) {
            g.writeNumber(first + i);
        }
        g.writeEndArray();
        return first + count;
    }

    /** Writes a study item other than a vocabulary entry, which is written by reference. */
    private void studyItem(StudyItem item) throws IOException {
        if (item instanceof Explanation e) {
            g.writeStartObject();
            g.writeStringField("type", "explanation");
            explanationFields(e);
            g.writeEndObject();
        } else if (item instanceof Figure f) {
            g.writeStartObject();
            figureFields(f);
            span(f.span());
            if (positions) {
                g.writeStringField("raw", f.raw());
            }
            g.writeEndObject();
        } else if (item instanceof StudyText t) {
            g.writeStartObject();
            g.writeStringField("type", "text");
            g.writeStringField("markdown", t.markdown());
            span(t.span());
            g.writeEndObject();
        }
    }

    private void explanationFields(Explanation e) throws IOException {
        g.writeStringField("markdown", e.markdown());
        g.writeArrayFieldStart("examples");
        for (Example x : e.examples()) {
            g.writeStartObject();
            g.writeStringField("english", x.english());
            g.writeStringField("chinese", x.chinese());
            g.writeEndObject();
        }
        g.writeEndArray();
        span(e.span());
    }

    private void strings(String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    /**
     * Writes each vocabulary entry of a document as one object, its source first and its
     * grounding standalone (no indices into an alignment the object does not hold), one per line.
     */
    void vocabularyLines(String source, NoteDocument d, Writer out) throws IOException {
        ground(d);
        for (VocabularyEntry v : d.vocabulary()) {
            g.writeStartObject();
            g.writeStringField("source", source);
            entryFields(v, null);
            g.writeEndObject();
            g.flush();
            out.write('\n');
        }
    }

    private void ground(NoteDocument d) {
        if (groundings) {
            for (Grounding x : Grounder.create().ground(d)) {
                grounded.put(x.entry(), x);
            }
        }
    }

    private void entry(VocabularyEntry v, SentenceAlignment alignment) throws IOException {
        g.writeStartObject();
        entryFields(v, alignment);
        g.writeEndObject();
    }

    private void entryFields(VocabularyEntry v, SentenceAlignment alignment) throws IOException {
        g.writeStringField("headword", v.headword());
        strings("variants", v.variants());
        VocabularyJson.pronunciations(g, v.pronunciations());
        VocabularyJson.senses(g, v.senses());
        optional("note", v.note());
        if (v.morphology() != null) {
            g.writeObjectFieldStart("morphology");
            g.writeStringField("base", v.morphology().base());
            g.writeStringField("inflection", JsonNames.of(v.morphology().inflection()));
            g.writeEndObject();
        }
        strings("flags", v.flags());
        g.writeStringField("gloss", v.gloss());
        optional("partOfSpeech", v.partOfSpeech());
        optional("expansion", v.expansion());
        if (v.explanation() != null) {
            g.writeObjectFieldStart("explanation");
            explanationFields(v.explanation());
            g.writeEndObject();
        }
        if (!v.examples().isEmpty()) {
            g.writeArrayFieldStart("examples");
            for (Example x : v.examples()) {
                g.writeStartObject();
                g.writeStringField("english", x.english());
                g.writeStringField("chinese", x.chinese());
                optional("markdown", x.markdown());
                if (x.markdown() != null) {
                    span(x.span());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeStringField("shape", JsonNames.of(v.shape()));
        if (!v.markdown().isEmpty()) {
            g.writeStringField("markdown", v.markdown());
        }
        grounding(grounded.get(v), alignment);
        span(v.span());
    }

    /**
     * Where the headword occurs: in a passage, the index of the English sentence in its alignment
     * and of the Chinese sentences aligned with it; outside one, the sentence's text.
     */
    private void grounding(Grounding x, SentenceAlignment alignment) throws IOException {
        if (x == null) {
            return;
        }
        g.writeObjectFieldStart("grounding");
        if (!x.found()) {
            g.writeStringField("miss", JsonNames.of(x.miss()));
            g.writeEndObject();
            return;
        }
        boolean inPassage = alignment != null && x.sentenceIndex() < alignment.source().size()
                && alignment.source().get(x.sentenceIndex()) == x.sentence();
        if (inPassage) {
            g.writeNumberField("sentence", x.sentenceIndex());
        }
        g.writeStringField("text", x.sentence().text());
        g.writeNumberField("start", x.start());
        g.writeNumberField("end", x.end());
        g.writeStringField("matched", x.matched());
        if (inPassage) {
            g.writeArrayFieldStart("translation");
            for (Bead b : alignment.beads()) {
                if (b.source().contains(x.sentenceIndex())) {
                    for (int t : b.target()) {
                        g.writeNumber(t);
                    }
                }
            }
            g.writeEndArray();
        } else if (!x.translation().isEmpty()) {
            g.writeStringField("translationText", x.translation().stream().map(Sentence::text)
                    .collect(java.util.stream.Collectors.joining()));
        }
        g.writeEndObject();
    }

    private void figureFields(Figure f) throws IOException {
        g.writeStringField("type", "figure");
        g.writeStringField("alt", f.alt());
        g.writeStringField("path", f.path());
        g.writeStringField("title", f.title());
    }

    private void dateline(Dateline d) throws IOException {
        if (d == null) {
            return;
        }
        g.writeObjectFieldStart("dateline");
        optional("date", d.date() == null ? null : d.date().toString());
        optional("time", d.time() == null ? null : d.time().toString());
        optional("period", d.period());
        optional("place", d.place());
        g.writeEndObject();
    }

    private void marker(String name, Marker m) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("text", m.text());
        span(m.span());
        g.writeEndObject();
    }

    private void paragraphs(String name, List<Paragraph> list) throws IOException {
        g.writeArrayFieldStart(name);
        for (Paragraph p : list) {
            paragraph(p);
        }
        g.writeEndArray();
    }

    private void optionalParagraph(String name, Paragraph p) throws IOException {
        if (p != null) {
            g.writeFieldName(name);
            paragraph(p);
        }
    }

    private void paragraph(Paragraph p) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", p.text());
        g.writeStringField("markdown", p.markdown());
        span(p.span());
        g.writeEndObject();
    }

    private void optional(String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private void span(SourceSpan s) throws IOException {
        if (!positions || !s.isKnown()) {
            return;
        }
        g.writeObjectFieldStart("span");
        g.writeNumberField("offset", s.offset());
        g.writeNumberField("length", s.length());
        g.writeNumberField("line", s.line());
        g.writeNumberField("column", s.column());
        g.writeEndObject();
    }
}
