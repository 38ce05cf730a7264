package io.github.jingdu.cli;

import io.github.jingdu.json.JsonWriter;
import io.github.jingdu.model.NoteDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jingdu parse FILE}: the document as JSON on standard output. */
@Command(name = "parse",
        description = {
            "Read one notes file and print it as Jingdu JSON (format jingdu-notes, version 1) on standard"
                + " output. Problems found in the file are printed on standard error as"
                + " FILE:LINE:COLUMN: severity: message [code].",
            ""},
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        sortOptions = false)
final class ParseCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The notes file (.md, .txt) to read.")
    private Path file;

    @Option(names = "--no-positions", description = "Leave out spans and source text: the content only.")
    private boolean noPositions;

    @Option(names = "--compact", description = "Write the JSON on one line.")
    private boolean compact;

    @Option(names = "--no-align", description = "Leave out the sentence alignments (faster).")
    private boolean noAlign;

    @Mixin
    private LimitOptions limits;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.isDirectory(file)) {
            err.println("jingdu parse: " + Printable.of(file.toString()) + ": a folder; parse reads one notes file"
                    + " (for a whole folder: jingdu convert FOLDER --to json -o OUT)");
            return Jingdu.USAGE;
        }
        if (!Files.isRegularFile(file)) {
            err.println("jingdu parse: " + Printable.of(file.toString()) + ": "
                    + (Files.exists(file) ? "not a regular file (a device, a pipe or a socket)" : "no such file")
                    + "; give the path of a notes file");
            return Jingdu.USAGE;
        }
        try {
            NoteDocument document = Documents.read(file, file.toString(), limits.parser(), err);
            if (document == null) {
                return Jingdu.CONTENT;
            }
            NoteDocument output = noAlign ? document : Documents.align(limits.aligner(), document, file.toString(), err);
            JsonWriter.builder().positions(!noPositions).pretty(!compact).build().write(output, out);
            out.flush();
            return Documents.hasErrors(document) ? Jingdu.CONTENT : Jingdu.OK;
        } catch (IOException e) {
            err.println("jingdu parse: cannot read " + IoMessages.describe(file, e));
            return Jingdu.USAGE;
        }
    }
}
