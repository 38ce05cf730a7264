package io.github.jingdu.render.internal;

import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Markdown as the renderer meets it, cut from the corpus: every paragraph and every line of every note. */
final class CorpusPieces {
    /** A piece of Markdown and the note it comes from, below the corpus. */
    record Piece(Path note, String markdown) {
        @Override
        public String toString() {
            return note + ": " + markdown;
        }
    }

    private CorpusPieces() {
    }

    static List<Piece> of(String test) throws IOException {
        Path corpus = SharedData.require("corpus", test);
        List<Piece> pieces = new ArrayList<>();
        for (Path file : SharedData.notesFiles(corpus)) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            Path note = corpus.relativize(file);
            for (String paragraph : text.split("\n\n")) {
                pieces.add(new Piece(note, paragraph));
            }
            for (String line : text.split("\n")) {
                pieces.add(new Piece(note, line));
            }
        }
        return pieces;
    }
}
