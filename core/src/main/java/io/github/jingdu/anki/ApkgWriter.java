package io.github.jingdu.anki;

import io.github.jingdu.anki.internal.AnkiCollection;
import io.github.jingdu.anki.internal.CardFields;
import io.github.jingdu.model.SourceDiagnostic;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.render.internal.Images;
import io.github.jingdu.render.internal.MarkdownXhtml;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes flashcards as an Anki package ({@code .apkg}) that Anki opens with File › Import:
 * Jingdu's note type ({@value AnkiWriter#NOTE_TYPE}: its fields, a card template and its
 * style), one deck, one note and one card per flashcard, tags for the file, domains and flags,
 * and the images of the explanations. Each note's id comes from its {@link Flashcard#id()}, so a
 * package written again after the notes changed updates the cards already in Anki instead of
 * adding copies. The collection is an SQLite database in Anki's schema 11, written with
 * {@code org.xerial:sqlite-jdbc}, an optional dependency of Jingdu: add it to use this class.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("economist.apkg"))) {
 *     ApkgWriter.builder().deck("The Economist").mediaRoot(Path.of("notes")).build().write(cards, out);
 * }
 * }</pre>
 *
 * <p>The same cards, deck and date give the same bytes. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ApkgWriter {
    private final String deck;
    private final Instant modified;
    private final Path mediaRoot;

    private ApkgWriter(Builder b) {
        this.deck = b.deck;
        this.modified = b.modified;
        this.mediaRoot = b.mediaRoot;
    }

    /**
     * Returns a builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the package.
     *
     * @param cards the cards, in order: new cards are studied in this order
     * @param out where the package goes; not closed
     * @return the images that could not be included, each with why and the notes file of its card
     * @throws IOException when the package cannot be written
     * @throws IllegalStateException when {@code org.xerial:sqlite-jdbc} is not on the class or
     *     module path
     */
    public List<SourceDiagnostic> write(List<Flashcard> cards, OutputStream out) throws IOException {
        Images images = new Images();
        List<List<String>> fields = new ArrayList<>();
        for (Flashcard card : cards) {
            fields.add(CardFields.of(card, sink(card, images)));
        }
        AnkiCollection.write(deck, modified, cards, fields, images.all(), out);
        return images.diagnostics();
    }

    /** Where a card's images go: read beside its notes file, inside the media root, named by content. */
    private MarkdownXhtml.ImageSink sink(Flashcard card, Images images) {
        if (mediaRoot == null) {
            return MarkdownXhtml.NO_IMAGES;
        }
        int colon = card.source().lastIndexOf(':');
        String file = colon < 0 ? card.source() : card.source().substring(0, colon);
        Path directory = mediaRoot.resolve(file).getParent();
        return (alt, path, title) -> {
            String href = images.add(new Figure(alt, path, title, SourceSpan.NONE, ""), directory, mediaRoot, file);
            return href == null ? null : href.substring(href.lastIndexOf('/') + 1);
        };
    }

    /** Builds an {@link ApkgWriter}. */
    public static final class Builder {
        private String deck = AnkiWriter.DEFAULT_DECK;
        private Instant modified = Instant.EPOCH;
        private Path mediaRoot;

        private Builder() {
        }

        /**
         * Sets the deck the cards go in; {@code ::} separates a deck from its parent.
         *
         * @param deck the deck's name
         * @return this builder
         * @throws IllegalArgumentException when the name is blank
         */
        public Builder deck(String deck) {
            this.deck = AnkiWriter.deckName(deck);
            return this;
        }

        /**
         * Sets when the notes were last changed. Anki updates a note it already has only from a
         * package whose note is newer, so give the time the notes were last edited. Default: the
         * epoch, which keeps the cards already imported.
         *
         * @param modified the time
         * @return this builder
         */
        public Builder modified(Instant modified) {
            this.modified = Objects.requireNonNull(modified, "modified");
            return this;
        }

        /**
         * Includes the images of the cards' explanations: each card's {@link Flashcard#source()}
         * names its file relative to this folder, and images are read beside that file, never
         * outside this folder. Default: no images.
         *
         * @param root the folder of the notes, or null for no images
         * @return this builder
         */
        public Builder mediaRoot(@Nullable Path root) {
            this.mediaRoot = root == null ? null : root.toAbsolutePath().normalize();
            if (root != null && !Files.isDirectory(root)) {
                throw new IllegalArgumentException(root + " is not a folder");
            }
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return the writer
         */
        public ApkgWriter build() {
            return new ApkgWriter(this);
        }
    }
}
