package io.github.jingdu.cli;

import io.github.jingdu.json.JsonFormatException;
import io.github.jingdu.json.JsonReader;
import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Severity;
import io.github.jingdu.parse.NotesParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads an input file into a document: notes text, or Jingdu JSON for files ending in .json. */
final class Documents {
    private static final NotesParser PARSER = NotesParser.create();

    private Documents() {
    }

    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * Reads a file, printing its diagnostics to {@code err}.
     *
     * @return the document, or null when the file is JSON that cannot be read (reported)
     */
    static NoteDocument read(Path file, String shownName, PrintWriter err) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (isJson(file)) {
            try {
                return JsonReader.create().read(new String(bytes, StandardCharsets.UTF_8));
            } catch (JsonFormatException e) {
                err.println(shownName + ": error: " + e.getMessage());
                return null;
            }
        }
        NoteDocument document = PARSER.parse(bytes);
        for (Diagnostic d : document.diagnostics()) {
            err.println(shownName + ":" + d.span().line() + ":" + d.span().column() + ": "
                    + d.severity().name().toLowerCase(Locale.ROOT) + ": " + d.message() + " [" + d.code() + "]");
        }
        return document;
    }

    static boolean hasErrors(NoteDocument document) {
        return document.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
