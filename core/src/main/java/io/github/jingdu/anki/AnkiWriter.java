package io.github.jingdu.anki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes flashcards as a text file that Anki (2.1.55 or later) imports as it is: tab-separated,
 * with header lines that tell Anki the separator, that fields hold HTML, the column names, the
 * column of stable note ids (so a second import updates notes) and the column of tags. In the
 * sentence the word is in bold.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("deck.tsv"))) {
 *     AnkiWriter.create().write(cards, w);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AnkiWriter {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("Id", "Word", "Pronunciation", "Meaning", "Sentence",
            "Translation", "Source", "Tags");

    private AnkiWriter() {
    }

    /**
     * Returns a writer.
     *
     * @return a writer
     */
    public static AnkiWriter create() {
        return new AnkiWriter();
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
            out.write("#separator:tab\n#html:true\n#columns:" + String.join("\t", COLUMNS) + "\n"
                    + "#guid column:1\n#tags column:" + COLUMNS.size() + "\n");
            for (Flashcard c : cards) {
                out.write(String.join("\t", List.of(c.id(), html(c.word()), html(c.pronunciation()), html(c.meanings()),
                        sentence(c), html(c.translation()), html(c.source()), String.join(" ", c.tags()))));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sentence(Flashcard c) {
        if (c.highlightStart() < 0) {
            return html(c.sentence());
        }
        String s = c.sentence();
        return html(s.substring(0, c.highlightStart())) + "<b>" + html(s.substring(c.highlightStart(), c.highlightEnd()))
                + "</b>" + html(s.substring(c.highlightEnd()));
    }

    /** Escapes a field for HTML, and turns tabs and line breaks (which would split it) into spaces. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t', '\n', '\r' -> out.append(' ');
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
