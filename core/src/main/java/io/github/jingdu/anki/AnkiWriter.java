package io.github.jingdu.anki;

import io.github.jingdu.anki.internal.CardFields;
import io.github.jingdu.render.internal.MarkdownXhtml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes flashcards as a tab-separated file that Anki imports as it is (File › Import): header
 * lines tell Anki the separator, that fields hold HTML, the note type ({@value #NOTE_TYPE}, whose
 * fields are the columns after the id, in order: import an {@link ApkgWriter} package once to
 * create it), the deck, the column of the note's id (so that a second import updates notes
 * instead of adding copies) and the column of tags. The word is in bold in its sentence.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("deck.tsv"))) {
 *     AnkiWriter.builder().deck("The Economist").build().write(cards, w);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AnkiWriter {
    /** The name of Jingdu's note type in Anki. */
    public static final String NOTE_TYPE = "Jingdu";

    /** The default deck's name. */
    public static final String DEFAULT_DECK = "Jingdu";

    /** The columns, in order: the id, the note type's fields, the tags. */
    public static final List<String> COLUMNS = columns();

    private final String deck;

    private AnkiWriter(Builder b) {
        this.deck = b.deck;
    }

    private static List<String> columns() {
        List<String> out = new ArrayList<>();
        out.add("Id");
        out.addAll(CardFields.NAMES);
        out.add("Tags");
        return List.copyOf(out);
    }

    /**
     * Returns a writer with the default deck, {@value #DEFAULT_DECK}.
     *
     * @return a writer
     */
    public static AnkiWriter create() {
        return builder().build();
    }

    /**
     * Returns a builder.
     *
     * @return a builder
     * @since 0.1.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes a deck.
     *
     * @param cards the cards, in order
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public void write(List<Flashcard> cards, Writer out) {
        try {
            out.write("#separator:tab\n#html:true\n#notetype:" + NOTE_TYPE + "\n#deck:" + deck + "\n#columns:"
                    + String.join("\t", COLUMNS) + "\n#guid column:1\n#tags column:" + COLUMNS.size() + "\n");
            for (Flashcard c : cards) {
                List<String> row = new ArrayList<>();
                row.add(c.id());
                for (String f : CardFields.of(c, MarkdownXhtml.NO_IMAGES)) {
                    row.add(field(f));
                }
                row.add(c.tags().stream().map(AnkiWriter::field).collect(Collectors.joining(" ")));
                out.write(String.join("\t", row));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a deck's name, the same for every writer: not blank, on one line.
     *
     * @throws IllegalArgumentException when the name is blank
     */
    static String deckName(String deck) {
        if (deck == null || deck.isBlank()) {
            throw new IllegalArgumentException("a deck needs a name");
        }
        return field(deck).strip();
    }

    /** Turns tabs and line breaks, which would split a field, into spaces. */
    private static String field(String html) {
        return html.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    /** Builds an {@link AnkiWriter}. */
    public static final class Builder {
        private String deck = DEFAULT_DECK;

        private Builder() {
        }

        /**
         * Sets the deck the notes go in; {@code ::} separates a deck from its parent.
         *
         * @param deck the deck's name
         * @return this builder
         * @throws IllegalArgumentException when the name is blank
         */
        public Builder deck(String deck) {
            this.deck = deckName(deck);
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return the writer
         */
        public AnkiWriter build() {
            return new AnkiWriter(this);
        }
    }
}
