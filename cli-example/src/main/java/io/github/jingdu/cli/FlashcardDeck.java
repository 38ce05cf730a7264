package io.github.jingdu.cli;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.anki.AnkiWriter;
import io.github.jingdu.anki.ApkgWriter;
import io.github.jingdu.anki.CsvDeckWriter;
import io.github.jingdu.anki.Flashcard;
import io.github.jingdu.anki.Flashcards;
import io.github.jingdu.model.SourceDiagnostic;
import io.github.jingdu.parse.NotesParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code jingdu convert … --to anki|apkg|csv}: the vocabulary of every input in one deck, in path order. */
final class FlashcardDeck {

    /**
     * How the deck is written.
     *
     * @param format anki (TSV), apkg or csv
     * @param deck the deck's name, or null for the default
     * @param modified when the notes last changed (apkg), or null for the newest input's time
     */
    record Options(ConvertCommand.Format format, String deck, Instant modified) {
    }

    private FlashcardDeck() {
    }

    static int write(List<InputFiles.Input> files, Path output, Options options, NotesParser parser,
            DocumentAligner aligner, PrintWriter out, PrintWriter err) {
        List<Flashcard> cards = new ArrayList<>();
        Set<Path> roots = new HashSet<>();
        Instant[] newest = {Instant.EPOCH};
        try {
            if (InputFiles.overwritesInput(files, output, "convert", err)) {
                return Jingdu.USAGE;
            }
            // Read and aligned on every core; the cards come in input order, as the messages do.
            int status = EpubBook.readAll(files, parser, aligner, err, (input, read) -> {
                roots.add(read.root());
                Instant changed = lastModified(input.file());
                newest[0] = changed.isAfter(newest[0]) ? changed : newest[0];
                String name = input.root() == null ? input.file().getFileName().toString() : input.relative().toString();
                cards.addAll(Flashcards.of(name, read.document()));
            });
            if (status == Jingdu.USAGE) {
                return Jingdu.USAGE;
            }
            String deck = options.deck() != null ? options.deck() : defaultDeck(files);
            if (options.format() == ConvertCommand.Format.apkg) {
                if (roots.size() > 1) {
                    err.println("jingdu convert: the inputs lie in " + roots.size() + " folders; images are included"
                            + " only from one: give one folder (or files of one folder) to include them");
                }
                ApkgWriter writer = ApkgWriter.builder().deck(deck)
                        .modified(options.modified() != null ? options.modified() : newest[0])
                        .mediaRoot(roots.size() == 1 ? roots.iterator().next() : null).build();
                List<SourceDiagnostic> notIncluded = new ArrayList<>();
                AtomicWrite.write(output, stream -> notIncluded.addAll(writer.write(cards, stream)));
                for (SourceDiagnostic d : notIncluded) {
                    err.println("jingdu convert: " + Printable.of(d.format()));
                }
                err.println("jingdu convert: " + cards(cards.size()) + " written to " + output + " (deck " + deck + ")");
                return status;
            }
            StringWriter text = new StringWriter();
            if (options.format() == ConvertCommand.Format.anki) {
                AnkiWriter.builder().deck(deck).build().write(cards, text);
            } else {
                CsvDeckWriter.create().write(cards, text);
            }
            if (output == null) {
                out.print(text);
                out.flush();
            } else {
                AtomicWrite.write(output, text.toString());
                err.println("jingdu convert: " + cards(cards.size()) + " written to " + output);
            }
            return status;
        } catch (IOException e) {
            err.println("jingdu convert: " + e.getMessage());
            return Jingdu.USAGE;
        } catch (UncheckedIOException e) {
            err.println("jingdu convert: " + e.getCause().getMessage());
            return Jingdu.USAGE;
        }
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "1 card", "2 cards". */
    private static String cards(int count) {
        return count + (count == 1 ? " card" : " cards");
    }

    /** The deck is named after the book: the folder given, else the first file's name. */
    private static String defaultDeck(List<InputFiles.Input> files) {
        if (files.isEmpty()) {
            return AnkiWriter.DEFAULT_DECK;
        }
        InputFiles.Input first = files.get(0);
        Path named = first.root() != null ? first.root().toAbsolutePath().normalize() : first.file();
        String name = named.getFileName() == null ? "" : named.getFileName().toString().replaceAll("\\.(md|txt)$", "");
        return name.isBlank() ? AnkiWriter.DEFAULT_DECK : name;
    }
}
