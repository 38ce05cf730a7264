package io.github.jingdu.cli;

import io.github.jingdu.json.TermsJsonWriter;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Pronunciation;
import io.github.jingdu.model.TranslationUnit;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.terms.Glossary;
import io.github.jingdu.terms.GlossaryEntry;
import io.github.jingdu.terms.GlossaryOrder;
import io.github.jingdu.terms.Grounder;
import io.github.jingdu.terms.Grounding;
import io.github.jingdu.terms.TermExtractor;
import io.github.jingdu.terms.TermKind;
import io.github.jingdu.terms.TextTerm;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jingdu terms INPUT...}: the glossary of the inputs' vocabulary and the terms in their text. */
@Command(name = "terms",
        description = {
            "List the vocabulary of notes files as one glossary (entries merged by headword, with frequency,"
                + " first occurrence and sources), and the terms found in their running text: abbreviations with"
                + " their definitions, Latin-script names in Chinese, handles, citations and captions.",
            "",
            "Inputs are files or directories (searched for *.md and *.txt). A .txt file with no 原文 or 直译"
                + " blocks is read as plain text, for abbreviations and other terms.",
            "",
            "TSV holds one kind: with --kind abbreviation, lines are FILE<TAB>SHORT<TAB>LONG; with --kind"
                + " vocabulary, HEADWORD<TAB>PRONUNCIATIONS<TAB>MEANINGS<TAB>FREQUENCY<TAB>FIRST<TAB>SOURCES."
                + " JSON is described in docs/terms.md.",
            ""},
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        sortOptions = false)
final class TermsCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { json, tsv }

    /** What to list. */
    enum Kind { vocabulary, abbreviation, all }

    /** Glossary orders. */
    enum Order { english, pinyin }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Notes files, plain-text files or directories.")
    private List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "all",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; with --format tsv choose one).")
    private Kind kind;

    @Option(names = "--order", paramLabel = "ORDER", defaultValue = "english",
            description = "Glossary order: ${COMPLETION-CANDIDATES} (pinyin sorts by the first meaning;"
                + " default: ${DEFAULT-VALUE}).")
    private Order order;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file. Default: standard output.")
    private Path output;

    @Mixin
    private LimitOptions limits;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (format == Format.tsv && kind == Kind.all) {
            err.println("jingdu terms: TSV holds one kind of term: add --kind vocabulary or --kind abbreviation");
            return Jingdu.USAGE;
        }
        NotesParser parser = limits.parser();
        List<InputFiles.Input> files;
        int unreadableFolders;
        try {
            InputFiles.Expansion expansion = InputFiles.expand(inputs, false, null, "terms", err);
            files = expansion.inputs();
            unreadableFolders = expansion.unreadable();
        } catch (IOException e) {
            err.println("jingdu terms: " + IoMessages.describe(inputs, e));
            return Jingdu.USAGE;
        }
        if (files.isEmpty()) {
            err.println("jingdu terms: no .md or .txt files in " + inputs);
            return Jingdu.USAGE;
        }
        Glossary.Builder glossary = Glossary.builder(order == Order.pinyin ? GlossaryOrder.PINYIN : GlossaryOrder.ENGLISH);
        TermExtractor extractor = limits.termExtractor().kinds(kind == Kind.abbreviation
                ? EnumSet.of(TermKind.ABBREVIATION) : EnumSet.allOf(TermKind.class)).build();
        Map<String, List<TextTerm>> terms = new LinkedHashMap<>();
        Map<String, List<Grounding>> groundings = new LinkedHashMap<>();
        int unreadable = 0;
        boolean contentErrors = false;
        try {
            if (InputFiles.overwritesInput(files, output, "terms", err)) {
                return Jingdu.USAGE;
            }
            boolean ground = format == Format.json && kind != Kind.abbreviation;
            // Read on every core; the glossary takes the notes in input order, as the messages come.
            int[] failed = {0};
            boolean[] errors = {false};
            InOrder.forEach(files, input -> readOne(input, parser, extractor, ground), (input, read) -> {
                err.print(read.messages());
                if (read.document() == null) {
                    failed[0]++;
                    return;
                }
                String name = input.file().toString();
                errors[0] |= Documents.hasErrors(read.document());
                glossary.add(name, read.document());
                if (ground) {
                    groundings.put(name, read.groundings());
                }
                terms.put(name, read.terms());
            });
            unreadable += failed[0];
            contentErrors |= errors[0];
            String result = render(glossary.build(), terms, groundings);
            if (output == null) {
                out.print(result);
                out.flush();
            } else {
                AtomicWrite.write(output, result);
            }
            if (unreadableFolders + unreadable > 0) {
                return Jingdu.USAGE;
            }
            return contentErrors ? Jingdu.CONTENT : Jingdu.OK;
        } catch (IOException e) {
            err.println("jingdu terms: " + IoMessages.describe(output, e));
            return Jingdu.USAGE;
        }
    }

    private static boolean isPlainText(Path file, NoteDocument doc) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")
                && doc.passages().isEmpty() && doc.only(TranslationUnit.class).isEmpty();
    }

    /** One file read, with the messages its reading printed; a null document when it could not be read. */
    private record Read(NoteDocument document, List<TextTerm> terms, List<Grounding> groundings, String messages) {
    }

    private static Read readOne(InputFiles.Input input, NotesParser parser, TermExtractor extractor, boolean ground) {
        StringWriter messages = new StringWriter();
        PrintWriter err = new PrintWriter(messages);
        String name = input.file().toString();
        byte[] bytes;
        try {
            bytes = Documents.bytes(input.file(), parser);
        } catch (IOException e) {
            // One file that cannot be read is reported; the others still make the glossary.
            err.println("jingdu terms: cannot read " + IoMessages.describe(input.file(), e));
            err.flush();
            return new Read(null, List.of(), List.of(), messages.toString());
        }
        // Its diagnostics (a limit reached, bytes that are not UTF-8) are reported as every
        // command reports them; an error among them makes the exit status 1.
        NoteDocument doc = Documents.read(bytes, input.file(), name, parser, err);
        err.flush();
        if (doc == null) {
            return new Read(null, List.of(), List.of(), messages.toString());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<TextTerm> found = isPlainText(input.file(), doc) ? extractor.extractPlainText(text) : extractor.extract(doc);
        return new Read(doc, found, ground ? Grounder.create().ground(doc) : List.of(), messages.toString());
    }

    private String render(Glossary glossary, Map<String, List<TextTerm>> terms,
            Map<String, List<Grounding>> groundings) {
        if (format == Format.json) {
            return TermsJsonWriter.create().write(kind == Kind.abbreviation ? null : glossary,
                    kind == Kind.vocabulary ? null : terms, groundings);
        }
        StringBuilder tsv = new StringBuilder();
        if (kind == Kind.abbreviation) {
            terms.forEach((file, list) -> list.forEach(t -> tsv.append(field(file)).append('\t')
                    .append(field(t.text())).append('\t').append(field(t.expansion())).append('\n')));
        } else {
            for (GlossaryEntry e : glossary.entries()) {
                tsv.append(String.join("\t", field(e.headword()),
                        field(e.pronunciations().stream().map(Pronunciation::written).collect(Collectors.joining(" "))),
                        field(e.senses().stream().map(s -> s.text()).collect(Collectors.joining("；"))),
                        Integer.toString(e.frequency()),
                        field(e.first().source() + ":" + e.first().span().line()),
                        field(String.join(" ", e.sources())))).append('\n');
            }
        }
        return tsv.toString();
    }

    /** A TSV field: tabs and line breaks, which would split it, become spaces. */
    private static String field(String value) {
        return value.replaceAll("[\\t\\r\\n]", " ");
    }
}
