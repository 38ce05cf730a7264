package io.github.jingdu.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jingdu.model.Pronunciation;
import io.github.jingdu.model.Sense;
import java.io.IOException;
import java.util.List;

/**
 * The parts of a vocabulary entry that the notes' JSON and the terms' JSON write alike, so that
 * the two forms cannot drift: its pronunciations and its senses.
 */
final class VocabularyJson {
    private VocabularyJson() {
    }

    /** {@code "pronunciations": [{"region": …, "ipa": …}, …]} */
    static void pronunciations(JsonGenerator g, List<Pronunciation> pronunciations) throws IOException {
        g.writeArrayFieldStart("pronunciations");
        for (Pronunciation p : pronunciations) {
            g.writeStartObject();
            g.writeStringField("region", p.region());
            g.writeStringField("ipa", p.ipa());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** {@code "senses": [{"text": …, "domain": …}, …]}, the domain only where there is one. */
    static void senses(JsonGenerator g, List<Sense> senses) throws IOException {
        g.writeArrayFieldStart("senses");
        for (Sense s : senses) {
            g.writeStartObject();
            g.writeStringField("text", s.text());
            if (s.domain() != null) {
                g.writeStringField("domain", s.domain());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
