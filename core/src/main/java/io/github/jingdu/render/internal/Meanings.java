package io.github.jingdu.render.internal;

import io.github.jingdu.model.Sense;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.text.internal.InlineText;
import java.util.ArrayList;
import java.util.List;

/**
 * What an entry means, for a glossary line or the back of a card: its senses with their domain
 * tags; an abbreviation's full form when it gives no sense; the quote that explains it when it
 * is explained only there ({@code > 指……}), since a learner wants some meaning rather than none.
 */
public final class Meanings {
    private static final InlineText TEXT = new InlineText(20_000, NotesParser.DEFAULT_MAX_NESTING_DEPTH);

    private Meanings() {
    }

    /**
     * @param entry a vocabulary entry
     * @return its meaning as plain text, or an empty string when it has none at all
     */
    public static String of(VocabularyEntry entry) {
        List<String> senses = new ArrayList<>();
        for (Sense s : entry.senses()) {
            senses.add(s.domain() == null ? s.text() : "[" + s.domain() + "]" + s.text());
        }
        String joined = String.join("；", senses);
        if (!joined.isBlank()) {
            return joined;
        }
        if (entry.expansion() != null && !entry.expansion().isBlank()) {
            return entry.expansion();
        }
        return entry.explanation() == null ? "" : explanation(entry.explanation().markdown());
    }

    /** The explanation as one line of plain text. */
    private static String explanation(String markdown) {
        List<String> lines = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            String text = TEXT.plain(line.strip());
            if (!text.isBlank()) {
                lines.add(text.strip());
            }
        }
        return String.join(" ", lines);
    }
}
