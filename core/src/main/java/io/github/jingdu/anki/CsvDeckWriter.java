package io.github.jingdu.anki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes flashcards as CSV for spreadsheets (RFC 4180): a header row, one row per card, fields
 * quoted when they hold a comma, a quote or a line break, CRLF line ends, and a byte order mark
 * so that spreadsheet programs read the Chinese as UTF-8. Plain text: the word is not marked in
 * the sentence.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CsvDeckWriter {
    /** The header row's names, in order. */
    public static final List<String> COLUMNS = List.of("word", "pronunciation", "meaning", "sentence",
            "translation", "source");

    private CsvDeckWriter() {
    }

    /**
     * Returns a writer.
     *
     * @return a writer
     */
    public static CsvDeckWriter create() {
        return new CsvDeckWriter();
    }

    /**
     * Writes the cards.
     *
     * @param cards the cards, in order
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public void write(List<Flashcard> cards, Writer out) {
        try {
            out.write('\uFEFF');
            row(out, COLUMNS);
            for (Flashcard c : cards) {
                row(out, List.of(c.word(), c.pronunciation(), c.meanings(), c.sentence(), c.translation(), c.source()));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    private static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
