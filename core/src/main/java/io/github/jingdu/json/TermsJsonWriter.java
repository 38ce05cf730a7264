package io.github.jingdu.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.terms.Glossary;
import io.github.jingdu.terms.GlossaryEntry;
import io.github.jingdu.terms.Grounder;
import io.github.jingdu.terms.Grounding;
import io.github.jingdu.terms.TextTerm;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a glossary and the terms found in running text as JSON ({@code "format":
 * "jingdu-terms"}, described in {@code docs/terms.md}).
 *
 * <pre>{@code
 * String json = TermsJsonWriter.create().write(glossary, Map.of("notes.md", terms));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TermsJsonWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private TermsJsonWriter() {
    }

    /**
     * Returns a writer.
     *
     * @return a writer
     */
    public static TermsJsonWriter create() {
        return new TermsJsonWriter();
    }

    /**
     * Writes the JSON text.
     *
     * @param glossary the glossary, or null to leave it out
     * @param terms the terms of each source, in the map's order, or null to leave them out
     * @return the JSON text, ending with a line break
     */
    public String write(@Nullable Glossary glossary, @Nullable Map<String, List<TextTerm>> terms) {
        return write(glossary, terms, Map.of());
    }

    /**
     * Writes the JSON text, each glossary entry with where its first entry's headword occurs.
     *
     * @param glossary the glossary, or null to leave it out
     * @param terms the terms of each source, in the map's order, or null to leave them out
     * @param groundings the groundings of each source's entries ({@link Grounder#ground}), by
     *     the source names the glossary was built with; a source left out gives no grounding
     * @return the JSON text, ending with a line break
     * @since 0.1.0
     */
    public String write(@Nullable Glossary glossary, @Nullable Map<String, List<TextTerm>> terms,
            Map<String, List<Grounding>> groundings) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", JsonFormat.TERMS_NAME);
            g.writeNumberField("version", JsonFormat.TERMS_VERSION);
            if (glossary != null) {
                g.writeArrayFieldStart("glossary");
                for (GlossaryEntry e : glossary.entries()) {
                    entry(g, e, groundingOf(e, groundings));
                }
                g.writeEndArray();
            }
            if (terms != null) {
                g.writeArrayFieldStart("terms");
                for (Map.Entry<String, List<TextTerm>> source : terms.entrySet()) {
                    for (TextTerm t : source.getValue()) {
                        term(g, source.getKey(), t);
                    }
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** The grounding of the entry the glossary entry was first written as. */
    private static Grounding groundingOf(GlossaryEntry e, Map<String, List<Grounding>> groundings) {
        for (Grounding x : groundings.getOrDefault(e.first().source(), List.of())) {
            if (x.entry().span().equals(e.first().span()) && x.entry().headword().equals(e.headword())) {
                return x;
            }
        }
        for (Grounding x : groundings.getOrDefault(e.first().source(), List.of())) {
            if (x.entry().span().equals(e.first().span())) {
                return x;
            }
        }
        return null;
    }

    private static void entry(JsonGenerator g, GlossaryEntry e, Grounding grounding) throws IOException {
        g.writeStartObject();
        g.writeStringField("headword", e.headword());
        g.writeArrayFieldStart("variants");
        for (String v : e.variants()) {
            g.writeString(v);
        }
        g.writeEndArray();
        VocabularyJson.pronunciations(g, e.pronunciations());
        VocabularyJson.senses(g, e.senses());
        g.writeNumberField("frequency", e.frequency());
        g.writeObjectFieldStart("first");
        g.writeStringField("source", e.first().source());
        position(g, e.first().span());
        g.writeEndObject();
        g.writeArrayFieldStart("sources");
        for (String s : e.sources()) {
            g.writeString(s);
        }
        g.writeEndArray();
        if (grounding != null) {
            g.writeObjectFieldStart("grounding");
            if (grounding.found()) {
                g.writeStringField("text", grounding.sentence().text());
                g.writeNumberField("start", grounding.start());
                g.writeNumberField("end", grounding.end());
                g.writeStringField("matched", grounding.matched());
                if (!grounding.translation().isEmpty()) {
                    g.writeStringField("translationText", grounding.translation().stream().map(x -> x.text())
                            .collect(java.util.stream.Collectors.joining()));
                }
            } else {
                g.writeStringField("miss", JsonNames.of(grounding.miss()));
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void term(JsonGenerator g, String source, TextTerm t) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", source);
        g.writeStringField("kind", JsonNames.of(t.kind()));
        g.writeStringField("text", t.text());
        if (t.expansion() != null) {
            g.writeStringField("expansion", t.expansion());
            g.writeStringField("pattern", JsonNames.of(t.pattern()));
        }
        position(g, t.span());
        g.writeEndObject();
    }

    private static void position(JsonGenerator g, SourceSpan span) throws IOException {
        if (span.isKnown()) {
            g.writeNumberField("line", span.line());
            g.writeNumberField("column", span.column());
        }
    }
}
