package io.github.jingdu.cli;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.epub.EpubEdition;
import io.github.jingdu.json.JsonWriter;
import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jingdu convert INPUT... --to md|json|epub|html|apkg|anki|csv}: notes to other forms, and JSON back. */
@Command(name = "convert",
        description = {
            "Convert notes files to Jingdu JSON or to Markdown, and Jingdu JSON back to Markdown.",
            "",
            "Inputs are files or directories; directories are searched recursively for *.md and *.txt files"
                + " (and *.json with --to md). With one file and no -o, the result goes to standard output."
                + " With several inputs or a directory, -o names a directory and the input tree is mirrored"
                + " under it. Files are written atomically (a temporary file, then a rename). Existing output"
                + " files are replaced, but an input is never written over unless --in-place is given.",
            "",
            "Markdown is written in canonical form (docs/format.md), or with --lossless exactly as it was"
                + " read: notes converted to JSON and back with --lossless give the original bytes.",
            "",
            "--to epub, apkg, anki and csv put every input into one file: a book (docs/epub.md), or a"
                + " flashcard deck with one card per vocabulary entry: word, pronunciation, meanings with their"
                + " domains and flags, the English sentence with the word in bold, its Chinese translation,"
                + " examples, the explanation, and the source file and line."
                + " --to apkg writes an Anki package (File > Import) with Jingdu's note type, the deck and the"
                + " explanations' images; --to anki writes a tab-separated file for that note type;"
                + " --to csv writes CSV for spreadsheets. See docs/anki.md.",
            "",
            "--to html -o DIR writes a reading site into DIR (docs/web.md): an index of the notes by folder,"
                + " a page per note where pointing at a sentence lights up its translation, vocabulary pop-ups"
                + " and a searchable glossary. It opens from file:// and needs no network. DIR must be new,"
                + " empty, or a site written before by Jingdu, whose files are then replaced.",
            ""},
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        sortOptions = false)
final class ConvertCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { md, json, epub, html, apkg, anki, csv }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Notes files, Jingdu JSON files or directories.")
    private List<Path> inputs;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    private Format to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Output file, or directory for several inputs. Default: standard output.")
    private Path output;

    @Option(names = "--lossless", description = "With --to md: write each block exactly as it was read.")
    private boolean lossless;

    @Option(names = "--in-place", description = "With --to md: rewrite each notes input in place.")
    private boolean inPlace;

    @Option(names = "--no-positions", description = "With --to json: leave out spans and source text.")
    private boolean noPositions;

    @Option(names = "--no-align", description = "With --to json: leave out the sentence alignments (faster).")
    private boolean noAlign;

    @Option(names = "--title", description = "With --to epub: the book's title (default: the first document's);"
            + " with --to html: the site's (default: Notes).")
    private String title;

    @Option(names = "--author", description = "With --to epub: the book's author.")
    private String author;

    @Option(names = "--language", description = "With --to epub: the book's main language (default: en).")
    private String language;

    @Option(names = "--edition", paramLabel = "EDITION", defaultValue = "bilingual",
            description = "With --to epub: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private BookEdition edition;

    @Option(names = "--date", paramLabel = "DATE", description = "With --to epub or apkg: the modification time,"
            + " such as 2024-08-12 or 2024-08-12T17:51:00Z (default: $SOURCE_DATE_EPOCH, else the latest"
            + " postscript date for a book, the newest input's time for a package).")
    private String date;

    @Option(names = "--deck", paramLabel = "NAME", description = "With --to apkg or anki: the deck's name; :: makes"
            + " a subdeck (default: the folder given, else the first file's name).")
    private String deck;

    @Mixin
    private LimitOptions limits;

    /** The editions, as the command line spells them. */
    enum BookEdition { bilingual, source, translation }

    private NotesParser parser;
    private DocumentAligner aligner;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String usage = usageProblem();
        if (usage != null) {
            err.println("jingdu convert: " + usage);
            return Jingdu.USAGE;
        }
        parser = limits.parser();
        aligner = limits.aligner();
        List<InputFiles.Input> files;
        int unreadable;
        try {
            InputFiles.Expansion expansion = InputFiles.expand(inputs, to == Format.md, output, "convert", err);
            files = expansion.inputs();
            unreadable = expansion.unreadable();
        } catch (IOException e) {
            err.println("jingdu convert: " + IoMessages.describe(inputs, e));
            return Jingdu.USAGE;
        }
        int status = convert(files, err);
        return unreadable > 0 ? Jingdu.USAGE : status;
    }

    private int convert(List<InputFiles.Input> files, PrintWriter err) {
        PrintWriter out = spec.commandLine().getOut();
        if (files.isEmpty()) {
            err.println("jingdu convert: no .md, .txt" + (to == Format.md ? " or .json" : "")
                    + " files in " + inputs);
            return Jingdu.USAGE;
        }
        if (to == Format.html) {
            return WebSite.write(files, output, title, parser, aligner, err);
        }
        if (to == Format.epub) {
            return EpubBook.write(files, output, book(err), parser, aligner, err);
        }
        if (to == Format.apkg || to == Format.anki || to == Format.csv) {
            Instant modified;
            try {
                modified = EpubBook.modified(new EpubBook.Options(null, null, null, EpubEdition.BILINGUAL, date,
                        System.getenv("SOURCE_DATE_EPOCH")));
            } catch (DateTimeParseException e) {
                err.println("jingdu convert: --date: " + e.getMessage() + "; give --date as 2024-08-12 or"
                        + " 2024-08-12T17:51:00Z");
                return Jingdu.USAGE;
            }
            return FlashcardDeck.write(files, output, new FlashcardDeck.Options(to, deck, modified), parser, aligner,
                    out, err);
        }
        boolean toStdout = output == null && !inPlace;
        if (toStdout && files.size() > 1) {
            err.println("jingdu convert: " + files.size() + " files to convert: give -o DIR to write them"
                    + " to a directory");
            return Jingdu.USAGE;
        }
        Map<InputFiles.Input, Path> targets;
        try {
            targets = toStdout ? Map.of() : plan(files, err);
        } catch (IOException e) {
            err.println("jingdu convert: " + IoMessages.describe(output, e));
            return Jingdu.USAGE;
        }
        if (targets == null) {
            return Jingdu.USAGE;
        }
        return convert(files, targets, toStdout, out, err);
    }

    private EpubBook.Options book(PrintWriter err) {
        return new EpubBook.Options(title, author, language, EpubEdition.valueOf(edition.name().toUpperCase(java.util.Locale.ROOT)),
                date, System.getenv("SOURCE_DATE_EPOCH"));
    }

    private String usageProblem() {
        if (to == Format.epub && (output == null || inPlace)) {
            return "--to epub writes one book: give -o BOOK.epub";
        }
        if (to == Format.apkg && (output == null || inPlace || Files.isDirectory(output))) {
            return "--to apkg writes one Anki package: give -o DECK.apkg";
        }
        if (to == Format.html && (output == null || inPlace)) {
            return "--to html writes a site: give -o DIR";
        }
        if (to != Format.epub && (author != null || language != null)) {
            return "--author and --language apply to --to epub only";
        }
        if (title != null && to != Format.epub && to != Format.html) {
            return "--title applies to --to epub and html only";
        }
        if (date != null && to != Format.epub && to != Format.apkg) {
            return "--date applies to --to epub and apkg only";
        }
        if (deck != null && to != Format.apkg && to != Format.anki) {
            return "--deck applies to --to apkg and anki only";
        }
        if (deck != null && deck.isBlank()) {
            return "--deck needs a name";
        }
        if (lossless && to != Format.md) {
            return "--lossless applies to --to md only";
        }
        if ((noPositions || noAlign) && to != Format.json) {
            return (noPositions ? "--no-positions" : "--no-align") + " applies to --to json only";
        }
        if ((to == Format.anki || to == Format.csv) && output != null && Files.isDirectory(output)) {
            return "--to " + to + " writes one deck: give -o DECK." + (to == Format.anki ? "tsv" : "csv")
                    + ", not a directory";
        }
        if (inPlace && (to != Format.md || output != null)) {
            return "--in-place rewrites notes as Markdown: use it with --to md and without -o";
        }
        return null;
    }

    /** Decides where each output goes, refusing before anything is written if one would clobber an input. */
    private Map<InputFiles.Input, Path> plan(List<InputFiles.Input> files, PrintWriter err) throws IOException {
        Map<InputFiles.Input, Path> targets = new LinkedHashMap<>();
        boolean single = files.size() == 1 && files.get(0).root() == null;
        for (InputFiles.Input input : files) {
            Path target;
            if (inPlace) {
                if (Documents.isJson(input.file())) {
                    err.println("jingdu convert: " + input.file() + ": --in-place does not turn JSON into Markdown;"
                            + " use -o");
                    return null;
                }
                target = input.file();
            } else if (single && !Files.isDirectory(output)) {
                target = output;
            } else {
                target = output.resolve(withExtension(input.relative(), to.name()));
            }
            targets.put(input, target);
        }
        Set<Path> inputPaths = new HashSet<>();
        for (InputFiles.Input input : files) {
            inputPaths.add(input.file().toRealPath());
        }
        Map<Path, Path> seen = new HashMap<>();
        for (Map.Entry<InputFiles.Input, Path> e : targets.entrySet()) {
            Path target = e.getValue().toAbsolutePath().normalize();
            Path real = Files.isRegularFile(target) ? target.toRealPath() : target;
            if (!inPlace && inputPaths.contains(real)) {
                err.println("jingdu convert: " + Printable.of(e.getValue().toString()) + " is an input; refusing to write"
                        + " over it. Choose another -o, or give --in-place to rewrite inputs");
                return null;
            }
            Path other = seen.put(real, e.getKey().file());
            if (other != null) {
                err.println("jingdu convert: " + other + " and " + e.getKey().file() + " would both be written to "
                        + e.getValue() + "; convert them separately");
                return null;
            }
        }
        return targets;
    }

    /** What converting one file gave: its status, its text (null if none) and its messages. */
    private record Converted(int status, Rendering output, String messages, byte[] original) {
    }

    /** An output not yet written: JSON is streamed to its file, never held as one string. */
    @FunctionalInterface
    private interface Rendering {
        void writeTo(Writer out) throws IOException;
    }

    /** Converts the files on every core and writes the results and messages in input order. */
    private int convert(List<InputFiles.Input> files, Map<InputFiles.Input, Path> targets, boolean toStdout,
            PrintWriter out, PrintWriter err) {
        int[] status = {Jingdu.OK};
        int[] done = {0};
        Progress progress = new Progress(err, files.size(), System.console() != null && !toStdout);
        InOrder.forEach(files, this::convertOne, (input, c) -> {
            progress.step(done[0]++, input.relative().toString());
            err.print(c.messages());
            status[0] = Math.max(status[0], c.status());
            if (c.output() == null) {
                return;
            }
            try {
                if (toStdout) {
                    c.output().writeTo(out);
                    out.flush();
                } else if (inPlace) {
                    StringWriter text = new StringWriter();
                    c.output().writeTo(text);
                    AtomicWrite.replace(targets.get(input), c.original(), text.toString().getBytes(StandardCharsets.UTF_8));
                } else {
                    AtomicWrite.write(targets.get(input), stream -> {
                        Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                        c.output().writeTo(w);
                        w.flush();
                    });
                }
            } catch (IOException e) {
                err.println("jingdu convert: cannot write " + IoMessages.describe(targets.get(input), e));
                status[0] = Jingdu.USAGE;
            }
        });
        err.flush();
        progress.finish();
        return status[0];
    }

    private Converted convertOne(InputFiles.Input input) {
        StringWriter messages = new StringWriter();
        PrintWriter err = new PrintWriter(messages);
        String shown = input.file().toString();
        try {
            byte[] bytes = Documents.bytes(input.file(), parser);
            NoteDocument document = Documents.read(bytes, input.file(), shown, parser, err);
            if (document == null) {
                err.flush();
                return new Converted(Jingdu.CONTENT, null, messages.toString(), bytes);
            }
            if (inPlace && Documents.hasInvalidUtf8(document)) {
                err.println("jingdu convert: " + Printable.of(shown) + ": not rewritten: it is not valid UTF-8, and"
                        + " writing it back would replace what its bad bytes hold; save it as UTF-8 first");
                err.flush();
                return new Converted(Jingdu.CONTENT, null, messages.toString(), bytes);
            }
            Rendering output = render(document, shown, err);
            err.flush();
            return new Converted(Documents.hasErrors(document) ? Jingdu.CONTENT : Jingdu.OK, output, messages.toString(),
                    bytes);
        } catch (IOException e) {
            err.println("jingdu convert: cannot read " + IoMessages.describe(input.file(), e));
            err.flush();
            return new Converted(Jingdu.USAGE, null, messages.toString(), null);
        } catch (StackOverflowError e) {
            err.println("jingdu convert: " + Printable.of(shown) + ": internal error: " + e
                    + " (please report it with this file)");
            err.flush();
            return new Converted(Jingdu.USAGE, null, messages.toString(), null);
        }
    }

    private Rendering render(NoteDocument document, String shownName, PrintWriter err) {
        if (to == Format.json) {
            NoteDocument output = noAlign ? document : Documents.align(aligner, document, shownName, err);
            JsonWriter writer = JsonWriter.builder().positions(!noPositions).build();
            return out -> writer.write(output, out);
        }
        String text = (lossless ? MarkdownWriter.lossless() : MarkdownWriter.canonical()).write(document);
        return out -> out.write(text);
    }

    private static Path withExtension(Path relative, String extension) {
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return relative.resolveSibling(base + "." + extension);
    }
}
