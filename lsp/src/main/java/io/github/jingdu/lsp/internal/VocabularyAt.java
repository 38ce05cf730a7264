package io.github.jingdu.lsp.internal;

import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.terms.Grounding;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The vocabulary entry at a place in a note: the entry whose line it is on, or the entry that
 * explains the word of the passage there (where the grounder found its headword).
 *
 * @param entry the entry
 * @param offset where the word or the entry's line starts
 * @param end where it ends
 * @param inPassage true for a word of the passage, false for the entry itself
 */
record VocabularyAt(VocabularyEntry entry, int offset, int end, boolean inPassage) {

    static @Nullable VocabularyAt find(OpenNote note, int offset) {
        for (Grounding g : note.groundings()) {
            int[] found = sourceRange(note, g);
            if (found != null && found[0] <= offset && offset < found[1]) {
                return new VocabularyAt(g.entry(), found[0], found[1], true);
            }
        }
        for (VocabularyEntry e : note.document().vocabulary()) {
            SourceSpan span = e.span();
            if (span.isKnown() && span.offset() <= offset && offset < span.end()) {
                return new VocabularyAt(e, span.offset(), span.end(), false);
            }
        }
        return null;
    }

    /**
     * Where a grounding's match stands in the source. A sentence carries its text, not its place:
     * the match is looked for in the source of the passage's paragraph that holds the sentence,
     * nearest to where it stands in the paragraph's text (the source may differ from the text by
     * Markdown and line breaks), in any case.
     */
    static int @Nullable [] sourceRange(OpenNote note, Grounding g) {
        String matched = g.matched();
        Passage passage = passageOf(note, g.entry());
        if (matched == null || matched.isEmpty() || passage == null || g.sentence() == null) {
            return null;
        }
        String text = note.text();
        for (Paragraph p : passage.source()) {
            int at = p.text().indexOf(g.sentence().text());
            SourceSpan span = p.span();
            if (at < 0 || !span.isKnown() || span.end() > text.length()) {
                continue;
            }
            int expected = at + g.start();
            String source = text.substring(span.offset(), span.end());
            if (source.startsWith(matched, expected)) {
                return new int[] {span.offset() + expected, span.offset() + expected + matched.length()};
            }
            String haystack = source.toLowerCase(Locale.ROOT);
            String needle = matched.toLowerCase(Locale.ROOT);
            if (haystack.length() != source.length() || needle.length() != matched.length()) {
                return null;
            }
            int best = -1;
            for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
                if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected)) {
                    best = i;
                }
            }
            return best < 0 ? null : new int[] {span.offset() + best, span.offset() + best + matched.length()};
        }
        return null;
    }

    private static @Nullable Passage passageOf(OpenNote note, VocabularyEntry entry) {
        for (Passage p : note.document().passages()) {
            for (VocabularyEntry e : p.vocabulary()) {
                if (e == entry) {
                    return p;
                }
            }
        }
        return null;
    }
}
