package io.github.jingdu.anki;

import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Pronunciation;
import io.github.jingdu.model.Sentence;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.terms.Grounder;
import io.github.jingdu.terms.Grounding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import io.github.jingdu.model.Sense;
import io.github.jingdu.render.internal.Meanings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Makes flashcards from a document's vocabulary: one card per entry, with the sentence the word
 * was found in and that sentence's translation when the document is aligned.
 *
 * <pre>{@code
 * NoteDocument doc = DocumentAligner.create().align(NotesParser.create().parse(text));
 * List<Flashcard> cards = Flashcards.of("part_11.md", doc);
 * AnkiWriter.create().write(cards, writer);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Flashcards {

    private Flashcards() {
    }

    /**
     * Makes the cards of a document.
     *
     * @param source the document's name, such as its file name; used in the source field and tags
     * @param document a parsed document, aligned for translations
     * @return one card per vocabulary entry, in document order
     */
    public static List<Flashcard> of(String source, NoteDocument document) {
        List<Flashcard> cards = new ArrayList<>();
        String tag = "jingdu::" + tagText(source.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", ""));
        Map<String, Integer> seen = new HashMap<>();
        for (Grounding g : Grounder.create().ground(document)) {
            VocabularyEntry e = g.entry();
            String pronunciation = e.pronunciations().stream().map(Pronunciation::written)
                    .collect(Collectors.joining(" "));
            String translation = g.translation().stream().map(Sentence::text).collect(Collectors.joining(""));
            List<String> tags = new ArrayList<>(List.of("jingdu", tag));
            e.senses().stream().map(Sense::domain).filter(d -> d != null && !d.isBlank()).distinct()
                    .forEach(d -> tags.add("domain::" + tagText(d)));
            e.flags().stream().filter(f -> !f.isBlank()).distinct().forEach(f -> tags.add("flag::" + tagText(f)));
            int occurrence = seen.merge(e.headword(), 1, Integer::sum);
            cards.add(new Flashcard(id(source, e, occurrence), e.headword(), pronunciation, Meanings.of(e),
                    g.found() ? g.sentence().text() : "", g.found() ? g.start() : -1, g.found() ? g.end() : -1,
                    translation, source + ":" + e.span().line(), tags, e.flags(), e.examples(),
                    e.explanation() == null ? "" : e.explanation().markdown()));
        }
        return cards;
    }

    /** A tag holds no white space: Anki separates tags with it. */
    private static String tagText(String text) {
        return text.strip().replaceAll("\\s+", "_");
    }

    /**
     * A digest of the source, the headword and which entry of that headword it is in the file
     * (the wind {@code Mistral} and the company {@code Mistral} are two notes): the same entry
     * keeps its id when lines move or its meaning is edited. The first entry of a headword has
     * the id it always had.
     */
    private static String id(String source, VocabularyEntry e, int occurrence) {
        try {
            String key = source + "\u0000" + e.headword() + (occurrence == 1 ? "" : "\u0000" + occurrence);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "jd" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is always available", ex);
        }
    }
}
