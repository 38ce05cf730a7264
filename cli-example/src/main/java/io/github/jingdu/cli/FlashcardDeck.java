package io.github.jingdu.cli;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.anki.AnkiWriter;
import io.github.jingdu.anki.CsvDeckWriter;
import io.github.jingdu.anki.Flashcard;
import io.github.jingdu.anki.Flashcards;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code jingdu convert … --to anki|csv}: the vocabulary of every input in one deck, in path order. */
final class FlashcardDeck {

    private FlashcardDeck() {
    }

    static int write(List<InputFiles.Input> files, Path output, boolean anki, NotesParser parser,
            DocumentAligner aligner, PrintWriter out, PrintWriter err) {
        int status = Jingdu.OK;
        List<Flashcard> cards = new ArrayList<>();
        try {
            for (InputFiles.Input input : files) {
                if (output != null && Files.exists(output) && input.file().toRealPath().equals(output.toRealPath())) {
                    err.println("jingdu convert: " + output + " is an input; refusing to write over it");
                    return Jingdu.USAGE;
                }
                NoteDocument d = Documents.read(input.file(), input.file().toString(), parser, err);
                if (d == null) {
                    status = Jingdu.CONTENT;
                    continue;
                }
                String name = input.root() == null ? input.file().getFileName().toString() : input.relative().toString();
                cards.addAll(Flashcards.of(name, Documents.align(aligner, d, input.file().toString(), err)));
            }
            StringWriter deck = new StringWriter();
            if (anki) {
                AnkiWriter.create().write(cards, deck);
            } else {
                CsvDeckWriter.create().write(cards, deck);
            }
            if (output == null) {
                out.print(deck);
                out.flush();
            } else {
                AtomicWrite.write(output, deck.toString());
                err.println("jingdu convert: " + cards.size() + " cards written to " + output);
            }
            return status;
        } catch (IOException e) {
            err.println("jingdu convert: " + e.getMessage());
            return Jingdu.USAGE;
        }
    }
}
