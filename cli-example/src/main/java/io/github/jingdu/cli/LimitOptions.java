package io.github.jingdu.cli;

import io.github.jingdu.align.Aligner;
import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.terms.TermExtractor;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The reader's and the aligner's limits, as options of every command that reads notes: a file
 * beyond a limit is reported with the option to raise, and read as far as the limit allows. The
 * fields start at their defaults, so that an instance picocli never saw ({@link PlainLint}) has them.
 */
final class LimitOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--max-input-length", paramLabel = "N", defaultValue = "" + NotesParser.DEFAULT_MAX_INPUT_LENGTH,
            description = "Longest file read, in UTF-16 code units (about characters); a longer one is kept as"
                    + " one block of text and reported. Default: ${DEFAULT-VALUE}.")
    private int maxInputLength = NotesParser.DEFAULT_MAX_INPUT_LENGTH;

    @Option(names = "--max-line-length", paramLabel = "N", defaultValue = "" + NotesParser.DEFAULT_MAX_LINE_LENGTH,
            description = "Longest line whose Markdown is read; a longer one is plain text and reported."
                    + " Default: ${DEFAULT-VALUE}.")
    private int maxLineLength = NotesParser.DEFAULT_MAX_LINE_LENGTH;

    @Option(names = "--max-nesting-depth", paramLabel = "N", defaultValue = "" + NotesParser.DEFAULT_MAX_NESTING_DEPTH,
            description = "Deepest nesting of quotes, brackets or emphasis read. Default: ${DEFAULT-VALUE}.")
    private int maxNestingDepth = NotesParser.DEFAULT_MAX_NESTING_DEPTH;

    @Option(names = "--max-blocks", paramLabel = "N", defaultValue = "" + NotesParser.DEFAULT_MAX_BLOCKS,
            description = "Most blocks read from one file; the rest is kept as one block of text and reported."
                    + " Default: ${DEFAULT-VALUE}.")
    private int maxBlocks = NotesParser.DEFAULT_MAX_BLOCKS;

    @Option(names = "--max-sentences", paramLabel = "N", defaultValue = "" + DocumentAligner.DEFAULT_MAX_SENTENCES,
            description = "Most sentences on either side of a passage that is aligned; a longer passage is left"
                    + " unaligned and reported. Default: ${DEFAULT-VALUE}.")
    private int maxSentences = DocumentAligner.DEFAULT_MAX_SENTENCES;

    @Option(names = "--no-dictionary",
            description = "Work without the CC-CEDICT dictionary that ships with jingdu (CC BY-SA 4.0), which aligns"
                    + " sentences and tells where the Chinese names of abbreviations begin: faster to start, less exact.")
    private boolean noDictionary;

    /** The option that raises the limit a diagnostic reports, by the diagnostic's code. */
    private static final Map<String, String> OPTION_BY_CODE = Map.of(
            "input-too-long", "--max-input-length",
            "line-too-long", "--max-line-length",
            "nesting-too-deep", "--max-nesting-depth",
            "too-many-blocks", "--max-blocks",
            DocumentAligner.LIMIT_CODE, "--max-sentences");

    /**
     * Returns how to raise the limit a diagnostic reports, to print after its message.
     *
     * @param code the diagnostic's code
     * @return {@code " (option --max-line-length N)"}, or empty for a code that is no limit
     */
    static String hint(String code) {
        String option = OPTION_BY_CODE.get(code);
        return option == null ? "" : " (option " + option + " N)";
    }

    /** The parser these options describe; a value it refuses is a usage error (exit 2). */
    NotesParser parser() {
        NotesParser.Builder parser = NotesParser.builder();
        limit("--max-input-length", () -> parser.maxInputLength(maxInputLength));
        limit("--max-line-length", () -> parser.maxLineLength(maxLineLength));
        limit("--max-nesting-depth", () -> parser.maxNestingDepth(maxNestingDepth));
        limit("--max-blocks", () -> parser.maxBlocks(maxBlocks));
        return parser.build();
    }

    /** The aligner these options describe. */
    DocumentAligner aligner() {
        return alignerBuilder().build();
    }

    /** A builder of the aligner these options describe, for more options. */
    DocumentAligner.Builder alignerBuilder() {
        DocumentAligner.Builder aligner = DocumentAligner.builder();
        limit("--max-sentences", () -> aligner.maxSentences(maxSentences));
        return aligner.aligner(sentenceAligner().build());
    }

    /** Gives a limit to a builder, which refuses a value out of its range: a usage error naming the option. */
    private void limit(String option, Runnable give) {
        try {
            give.run();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + e.getMessage());
        }
    }

    /** A builder of the sentence aligner these options describe, with or without the installed dictionary. */
    Aligner.Builder sentenceAligner() {
        return Aligner.builder().installedLexicons(!noDictionary);
    }

    /** A builder of the term extractor these options describe, with or without the installed dictionary. */
    TermExtractor.Builder termExtractor() {
        return TermExtractor.builder().installedLexicons(!noDictionary);
    }
}
