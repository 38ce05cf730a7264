package io.github.jingdu.epub;

import io.github.jingdu.epub.internal.BookWriter;
import io.github.jingdu.model.Dateline;
import io.github.jingdu.model.SourceDiagnostic;
import io.github.jingdu.model.Postscript;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * Writes documents as an EPUB 3 reading edition: one chapter per document, each passage's
 * English followed by its translation, sentences in spans that pair aligned sentences,
 * vocabulary as pop-up footnotes, a sorted glossary, navigation and accessibility metadata. The
 * same input and options give the same bytes.
 *
 * <pre>{@code
 * NoteDocument doc = DocumentAligner.create().align(NotesParser.create().parse(bytes));
 * try (OutputStream out = Files.newOutputStream(Path.of("book.epub"))) {
 *     EpubWriter.builder().title("The Economist, 10 August 2024").build()
 *             .write(List.of(new EpubSource(doc, "notes.md", Path.of("."), null)), out);
 * }
 * }</pre>
 *
 * <p>Writers are immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class EpubWriter {
    /** The first and last instants that EPUB's {@code dcterms:modified} (four-digit years) can hold. */
    private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private final String title;
    private final String author;
    private final String language;
    private final EpubEdition edition;
    private final Instant modified;
    private final Executor executor;

    private EpubWriter(Builder b) {
        this.executor = b.executor;
        this.title = b.title;
        this.author = b.author;
        this.language = b.language;
        this.edition = b.edition;
        this.modified = b.modified;
    }

    /**
     * Starts building a writer.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes a book. The stream is finished but not closed.
     *
     * @param sources the documents, one chapter each, in order
     * @param out where the EPUB goes
     * @return what could not be included, such as images that are missing or outside the input, each
     *     with the name of the source ({@link EpubSource#name()}) whose position it gives
     * @throws IOException if writing fails
     */
    public List<SourceDiagnostic> write(List<EpubSource> sources, OutputStream out) throws IOException {
        String bookTitle = title != null ? title : defaultTitle(sources);
        String bookLanguage = language != null ? language : edition == EpubEdition.TRANSLATION ? "zh-CN" : "en";
        Instant when = modified != null ? modified : dateOf(sources);
        return BookWriter.write(sources, new BookWriter.Settings(bookTitle, author, bookLanguage, edition,
                MODIFIED.format(when.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC))), executor, out);
    }

    private static String defaultTitle(List<EpubSource> sources) {
        for (EpubSource s : sources) {
            String t = s.document().frontMatter().map(f -> f.title()).orElse(null);
            if (t != null && !t.isBlank()) {
                return sources.size() == 1 ? t : t + " …";
            }
        }
        return sources.isEmpty() ? "Notes" : sources.get(0).name();
    }

    /** The latest postscript date of the documents, at its time if written; else 2000-01-01. */
    private static Instant dateOf(List<EpubSource> sources) {
        Instant latest = null;
        for (EpubSource s : sources) {
            for (Postscript p : s.document().only(Postscript.class)) {
                Dateline d = p.dateline();
                if (d != null && d.date() != null) {
                    Instant at = d.date().atTime(d.time() == null ? LocalTime.MIDNIGHT : d.time()).toInstant(ZoneOffset.UTC);
                    latest = latest == null || at.isAfter(latest) ? at : latest;
                }
            }
        }
        return latest != null ? latest : Instant.parse("2000-01-01T00:00:00Z");
    }

    /** Sets the options of an {@link EpubWriter}. */
    public static final class Builder {
        private String title;
        private String author;
        private String language;
        private EpubEdition edition = EpubEdition.BILINGUAL;
        private Instant modified;
        private Executor executor = Runnable::run;

        private Builder() {
        }

        /**
         * Sets where chapters are written: each document's chapter is one task, and the book is
         * put together in order once all are done, so a pool of threads writes a book of many
         * documents on every core and the bytes are the same. The writer does not shut the
         * executor down. Default: the thread that calls {@link EpubWriter#write}.
         *
         * <pre>{@code
         * ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
         * EpubWriter writer = EpubWriter.builder().executor(pool).build();
         * }</pre>
         *
         * @param executor runs the chapter tasks
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * @param title the book's title; default: the first document's title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * @param author the book's author; default: none
         * @return this builder
         */
        public Builder author(String author) {
            this.author = author;
            return this;
        }

        /**
         * @param language the book's main language as a BCP 47 tag; default: {@code en}, or
         *     {@code zh-CN} for the translation edition
         * @return this builder
         */
        public Builder language(String language) {
            if (language != null && !language.matches("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*+")) {
                throw new IllegalArgumentException("not a language tag such as en or zh-CN: " + language);
            }
            this.language = language;
            return this;
        }

        /**
         * @param edition which texts the book holds; default: bilingual
         * @return this builder
         */
        public Builder edition(EpubEdition edition) {
            this.edition = Objects.requireNonNull(edition, "edition");
            return this;
        }

        /**
         * Sets {@code dcterms:modified}. Default: the latest postscript date of the documents,
         * else 2000-01-01; never the clock, so that builds are reproducible.
         *
         * @param modified the timestamp, or null for the default
         * @return this builder
         * @throws IllegalArgumentException for a year outside 0000 to 9999, which
         *     {@code dcterms:modified} cannot hold
         */
        public Builder modified(@Nullable Instant modified) {
            if (modified != null && (modified.isBefore(EARLIEST) || modified.isAfter(LATEST))) {
                throw new IllegalArgumentException("the book's date " + modified + " is outside the years 0000 to 9999,"
                        + " which EPUB's dcterms:modified can hold");
            }
            this.modified = modified;
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return a new immutable writer
         */
        public EpubWriter build() {
            return new EpubWriter(this);
        }
    }
}
