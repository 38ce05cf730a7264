package io.github.jingdu.cli;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.epub.EpubEdition;
import io.github.jingdu.epub.EpubSource;
import io.github.jingdu.epub.EpubWriter;
import io.github.jingdu.model.SourceDiagnostic;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;

/** {@code jingdu convert … --to epub -o book.epub}: every input in one book, in path order. */
final class EpubBook {
    /** The book options given on the command line. */
    record Options(String title, String author, String language, EpubEdition edition, String date, String epoch) {
    }

    private EpubBook() {
    }

    static int write(List<InputFiles.Input> files, Path output, Options options, NotesParser parser,
            DocumentAligner aligner, PrintWriter err) {
        EpubWriter.Builder writer;
        try {
            writer = EpubWriter.builder().title(options.title()).author(options.author()).language(options.language())
                    .edition(options.edition());
        } catch (IllegalArgumentException e) {
            err.println("jingdu convert: --language: " + e.getMessage());
            return Jingdu.USAGE;
        }
        String dateSource = options.date() != null ? "--date" : "SOURCE_DATE_EPOCH";
        try {
            writer.modified(modified(options));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("jingdu convert: " + dateSource + ": " + e.getMessage() + (options.date() != null
                    ? "; give --date as 2024-08-12 or 2024-08-12T17:51:00Z"
                    : "; set it to seconds since 1970-01-01 (at most 253402300799, the end of 9999), or unset it"));
            return Jingdu.USAGE;
        }
        List<EpubSource> sources = new ArrayList<>();
        try {
            if (InputFiles.overwritesInput(files, output, "convert", err)) {
                return Jingdu.USAGE;
            }
            int status = readAll(files, parser, aligner, err, (input, source) -> sources.add(source));
            if (status == Jingdu.USAGE) {
                return Jingdu.USAGE;
            }
            List<SourceDiagnostic> notIncluded = new ArrayList<>();
            ExecutorService pool = InOrder.workers(Runtime.getRuntime().availableProcessors());
            try {
                EpubWriter built = writer.executor(pool).build();
                // Streamed into the output's temporary file: a book is never held in memory whole.
                AtomicWrite.write(output, book -> notIncluded.addAll(built.write(sources, book)));
            } finally {
                pool.shutdownNow();
            }
            for (SourceDiagnostic d : notIncluded) {
                err.println(Printable.of(d.format()));
            }
            return status;
        } catch (IOException e) {
            err.println("jingdu convert: cannot write " + IoMessages.describe(output, e));
            return Jingdu.USAGE;
        }
    }

    /**
     * Reads and aligns the inputs on every core, printing their messages in order.
     *
     * @param read takes each input that could be read, with its document, in order
     * @return {@link Jingdu#USAGE} when an input could not be read, {@link Jingdu#CONTENT} when one
     *     was refused for its content, else {@link Jingdu#OK}
     */
    static int readAll(List<InputFiles.Input> files, NotesParser parser, DocumentAligner aligner, PrintWriter err,
            BiConsumer<InputFiles.Input, EpubSource> read) {
        int[] status = {Jingdu.OK};
        InOrder.forEach(files, input -> read(input, parser, aligner), (input, result) -> {
            err.print(result.messages());
            if (result.error() != null) {
                err.println("jingdu convert: " + result.error().getMessage());
                status[0] = Jingdu.USAGE;
            } else if (result.source() == null) {
                status[0] = Math.max(status[0], Jingdu.CONTENT);
            } else {
                read.accept(input, result.source());
            }
        });
        return status[0];
    }

    /** One file read and aligned, its messages, or why it could not be read. */
    private record Read(EpubSource source, String messages, IOException error) {
    }

    private static Read read(InputFiles.Input input, NotesParser parser, DocumentAligner aligner) {
        StringWriter messages = new StringWriter();
        PrintWriter err = new PrintWriter(messages);
        try {
            NoteDocument d = Documents.read(input.file(), input.file().toString(), parser, err);
            err.flush();
            if (d == null) {
                return new Read(null, messages.toString(), null);
            }
            Path directory = input.file().toAbsolutePath().getParent();
            Path root = input.root() == null ? directory : input.root().toAbsolutePath();
            EpubSource source = new EpubSource(Documents.align(aligner, d, input.file().toString(), err),
                    input.file().toString(), directory, root);
            err.flush();
            return new Read(source, messages.toString(), null);
        } catch (IOException e) {
            err.flush();
            return new Read(null, messages.toString(), e);
        }
    }

    static Instant modified(Options o) {
        if (o.date() != null) {
            return o.date().length() == 10 ? LocalDate.parse(o.date()).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(o.date());
        }
        if (o.epoch() != null && o.epoch().matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(o.epoch()));
        }
        return null;
    }
}
