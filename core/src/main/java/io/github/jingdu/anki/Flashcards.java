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
import java.util.ArrayList;
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
        String tag = "jingdu::" + source.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "").replaceAll("\\s+", "_");
        for (Grounding g : Grounder.create().ground(document)) {
            VocabularyEntry e = g.entry();
            String pronunciation = e.pronunciations().stream().map(Pronunciation::written)
                    .collect(Collectors.joining(" "));
            String translation = g.translation().stream().map(Sentence::text).collect(Collectors.joining(""));
            cards.add(new Flashcard(id(source, e), e.headword(), pronunciation, meanings(e),
                    g.found() ? g.sentence().text() : "", g.found() ? g.start() : -1, g.found() ? g.end() : -1,
                    translation, source + ":" + e.span().line(), List.of("jingdu", tag)));
        }
        return cards;
    }

    /** The senses, or an abbreviation's full form when the entry gives no sense. */
    private static String meanings(VocabularyEntry e) {
        String senses = String.join("；", e.senseTexts());
        return senses.isEmpty() && e.expansion() != null ? e.expansion() : senses;
    }

    /** A digest of the source and headword: the same entry keeps its id when lines move. */
    private static String id(String source, VocabularyEntry e) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((source + "\u0000" + e.headword()).getBytes(StandardCharsets.UTF_8));
            return "jd" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is always available", ex);
        }
    }
}
