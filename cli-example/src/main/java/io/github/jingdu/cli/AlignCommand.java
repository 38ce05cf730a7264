package io.github.jingdu.cli;

import io.github.jingdu.align.Alignment;
import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.align.LanguagePair;
import io.github.jingdu.align.Lexicon;
import io.github.jingdu.json.JsonWriter;
import io.github.jingdu.model.NoteDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jingdu align}: sentence alignment of a notes file, or of two files of sentences. */
@Command(name = "align",
        description = {
            "Align sentences. With FILE: show which English sentences each passage's Chinese sentences translate"
                + " (and, in translation output, which free-translation sentences render which literal ones),"
                + " side by side or as JSON. With --zh and --en: read one sentence a line from each file and"
                + " print one bead a line as [zh ids]:[en ids], 0-based, e.g. [0,1]:[0] or []:[3].",
            ""},
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        sortOptions = false)
final class AlignCommand implements Callable<Integer> {
    /** Output formats for a notes file. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A notes file to align.")
    private Path file;

    @Option(names = "--zh", paramLabel = "ZH_FILE", description = "Chinese sentences, one a line.")
    private Path chinese;

    @Option(names = "--en", paramLabel = "EN_FILE", description = "English sentences, one a line.")
    private Path english;

    @Option(names = "--lexicon", paramLabel = "CEDICT",
            description = "A Chinese–English dictionary in CC-CEDICT's text format, as lexical evidence besides the"
                    + " one that ships with jingdu.")
    private Path lexicon;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "With FILE: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private LimitOptions limits;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean pair = chinese != null || english != null;
        if (pair == (file != null) || pair && (chinese == null || english == null)) {
            err.println("jingdu align: give either a notes FILE, or both --zh ZH_FILE and --en EN_FILE");
            return Jingdu.USAGE;
        }
        try {
            Lexicon words = lexicon == null ? Lexicon.empty()
                    : Lexicon.parseCedict(Files.readString(lexicon, StandardCharsets.UTF_8));
            if (pair) {
                Alignment a = limits.sentenceAligner().lexicon(words).build()
                        .align(lines(chinese), lines(english), LanguagePair.ZH_EN);
                out.print(a.toGoldFormat());
                return Jingdu.OK;
            }
            NoteDocument document = Documents.read(file, file.toString(), limits.parser(), err);
            if (document == null) {
                return Jingdu.CONTENT;
            }
            NoteDocument aligned = Documents.align(limits.alignerBuilder()
                    .aligner(limits.sentenceAligner().lexicon(words).build()).build(), document, file.toString(), err);
            if (format == Format.json) {
                JsonWriter.builder().positions(true).build().write(aligned, out);
            } else {
                out.print(SideBySide.render(aligned));
            }
            return Documents.hasErrors(document) ? Jingdu.CONTENT : Jingdu.OK;
        } catch (IOException e) {
            err.println("jingdu align: cannot read " + IoMessages.describe(file, e));
            return Jingdu.USAGE;
        }
    }

    private static List<String> lines(Path path) throws IOException {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines = lines.subList(0, lines.size() - 1);
        }
        return lines;
    }
}
