package io.github.jingdu.html;

import io.github.jingdu.html.internal.SiteWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Makes a static reading site from documents: an index of the notes by folder, one page per note
 * where each English passage stands beside its translation (one above the other on narrow
 * screens) and pointing at a sentence lights up the sentences aligned with it, vocabulary
 * pop-ups, and a glossary searched by English, Chinese or pinyin. The pages need nothing outside
 * the site (no font, script or style from elsewhere) and work from {@code file://}. The same
 * input and options give the same bytes.
 *
 * <pre>{@code
 * NoteDocument doc = DocumentAligner.create().align(NotesParser.create().parse(bytes));
 * HtmlSite site = HtmlSiteWriter.builder().title("My notes").build()
 *         .write(List.of(new HtmlSource(doc, "2024/0810.md", Path.of("notes/2024"), Path.of("notes"))));
 * for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
 *     Path target = Path.of("site").resolve(file.getKey());
 *     Files.createDirectories(target.getParent());
 *     Files.write(target, file.getValue());
 * }
 * }</pre>
 *
 * <p>Writers are immutable and may be shared between threads.
 *
 * @since 0.2.0
 */
public final class HtmlSiteWriter {
    private final String title;
    private final Executor executor;

    private HtmlSiteWriter(Builder b) {
        this.title = b.title;
        this.executor = b.executor;
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
     * Makes the site. Two sources whose paths give the same page name get pages told apart by a
     * number ({@code notes/a.html}, {@code notes/a-2.html}), in the order given.
     *
     * @param sources the documents, in the index's order within each folder
     * @return the site's files and what could not be included
     */
    public HtmlSite write(List<HtmlSource> sources) {
        SiteWriter.Written w = SiteWriter.write(List.copyOf(sources), title, executor);
        return new HtmlSite(w.files(), w.diagnostics());
    }

    /** Sets the options of an {@link HtmlSiteWriter}. */
    public static final class Builder {
        private String title = "Notes";
        private Executor executor = Runnable::run;

        private Builder() {
        }

        /**
         * @param title the site's title, on its index and in every page's title; default: {@code Notes}
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * Sets where note pages are made: each is one task, and the site is put together once all
         * are done, so a pool of threads makes a site on every core and the bytes are the same.
         * The writer does not shut the executor down. Default: the calling thread.
         *
         * @param executor runs the page tasks
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return a new immutable writer
         */
        public HtmlSiteWriter build() {
            return new HtmlSiteWriter(this);
        }
    }
}
