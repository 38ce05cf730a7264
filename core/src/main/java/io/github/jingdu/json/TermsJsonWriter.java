package io.github.jingdu.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jingdu.model.Pronunciation;
import io.github.jingdu.model.Sense;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.terms.Glossary;
import io.github.jingdu.terms.GlossaryEntry;
import io.github.jingdu.terms.TextTerm;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a glossary and the terms found in running text as JSON ({@code "format":
 * "jingdu-terms"}, described in {@code docs/terms.md}).
 *
 * <pre>{@code
 * String json = TermsJsonWriter.create().write(glossary, Map.of("notes.md", terms));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
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
    public String write(Glossary glossary, Map<String, List<TextTerm>> terms) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", "jingdu-terms");
            g.writeNumberField("version", 1);
            if (glossary != null) {
                g.writeArrayFieldStart("glossary");
                for (GlossaryEntry e : glossary.entries()) {
                    entry(g, e);
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

    private static void entry(JsonGenerator g, GlossaryEntry e) throws IOException {
        g.writeStartObject();
        g.writeStringField("headword", e.headword());
        g.writeArrayFieldStart("variants");
        for (String v : e.variants()) {
            g.writeString(v);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("pronunciations");
        for (Pronunciation p : e.pronunciations()) {
            g.writeStartObject();
            g.writeStringField("region", p.region());
            g.writeStringField("ipa", p.ipa());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("senses");
        for (Sense s : e.senses()) {
            g.writeStartObject();
            g.writeStringField("text", s.text());
            if (s.domain() != null) {
                g.writeStringField("domain", s.domain());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
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
        g.writeEndObject();
    }

    private static void term(JsonGenerator g, String source, TextTerm t) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", source);
        g.writeStringField("kind", JsonNames.of(t.kind()));
        g.writeStringField("text", t.text());
        if (t.expansion() != null) {
            g.writeStringField("expansion", t.expansion());
            g.writeStringField("pattern", t.pattern().name().toLowerCase(Locale.ROOT).replace('_', '-'));
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
