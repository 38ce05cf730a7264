package io.github.jingdu.cli;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.json.JsonFormatException;
import io.github.jingdu.json.JsonReader;
import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Severity;
import io.github.jingdu.parse.NotesParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads an input file into a document: notes text, or Jingdu JSON for files ending in .json. */
final class Documents {
    private Documents() {
    }

    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * Reads a file with a parser, printing its diagnostics to {@code err}.
     *
     * @return the document, or null when the file is JSON that cannot be read (reported)
     */
    static NoteDocument read(Path file, String shownName, NotesParser parser, PrintWriter err) throws IOException {
        return read(bytes(file, parser), file, shownName, parser, err);
    }

    /**
     * A notes file's bytes, unless it is so large that its text must exceed the parser's input
     * limit (UTF-8 spends at most three bytes on a UTF-16 unit): such a file is not read at all,
     * so that its size cannot exhaust memory before the limit is checked. JSON files are not
     * limited here.
     *
     * @throws IOException when the file cannot be read, or is too large (saying so)
     */
    static byte[] bytes(Path file, NotesParser parser) throws IOException {
        long size = Files.size(file);
        if (!isJson(file) && size > 3L * parser.maxInputLength()) {
            throw new FileSystemException(file.toString(), null, "is " + size + " bytes, more than any text within the"
                    + " input limit of " + parser.maxInputLength() + " characters, so it is not read; split the file,"
                    + " or raise the limit (--max-input-length)");
        }
        return Files.readAllBytes(file);
    }

    /**
     * Reads a file's bytes, already read, as {@link #read(Path, String, NotesParser, PrintWriter)} does.
     *
     * @return the document, or null when the file is JSON that cannot be read (reported)
     */
    static NoteDocument read(byte[] bytes, Path file, String shownName, NotesParser parser, PrintWriter err) {
        NoteDocument document;
        if (isJson(file)) {
            try {
                document = JsonReader.create().read(bytes);
            } catch (JsonFormatException e) {
                err.println(Printable.of(shownName) + ": error: " + e.getMessage());
                return null;
            }
        } else {
            document = parser.parse(bytes);
        }
        print(document.diagnostics(), shownName, err);
        return document;
    }

    /** Whether the reader found bytes that are not UTF-8 (read as U+FFFD): such a file is never rewritten. */
    static boolean hasInvalidUtf8(NoteDocument document) {
        return document.diagnostics().stream().anyMatch(d -> d.code().equals("invalid-utf8"));
    }

    /**
     * Aligns a document, printing what the aligner reports (a passage beyond its limits) to
     * {@code err}.
     */
    static NoteDocument align(DocumentAligner aligner, NoteDocument document, String shownName, PrintWriter err) {
        NoteDocument aligned = aligner.align(document);
        print(aligned.diagnostics().stream().filter(d -> d.code().equals(DocumentAligner.LIMIT_CODE)).toList(),
                shownName, err);
        return aligned;
    }

    private static void print(List<Diagnostic> diagnostics, String shownName, PrintWriter err) {
        for (Diagnostic d : diagnostics) {
            // The command's option that raises a limit goes after the library's message.
            Diagnostic shown = new Diagnostic(d.severity(), d.code(), d.message() + LimitOptions.hint(d.code()), d.span());
            err.println(shown.format(Printable.of(shownName)));
        }
    }

    static boolean hasErrors(NoteDocument document) {
        return document.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
