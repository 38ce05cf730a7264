package io.github.jingdu.beam;

import io.github.jingdu.align.Aligner;
import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.lint.Linter;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.terms.GlossaryOrder;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The options a worker needs, as a value that travels with the pipeline's functions; the engines
 * they describe are built once per worker process and shared by its threads (they are immutable
 * and thread-safe).
 *
 * @param maxInputLength the parser's input limit
 * @param maxLineLength the parser's line limit
 * @param maxNestingDepth the parser's nesting limit
 * @param maxBlocks the parser's block limit
 * @param maxSentences the aligner's sentence limit
 * @param dictionary whether the aligner uses CC-CEDICT
 * @param order the glossary's order
 * @param shards the number of vocabulary and lint files
 * @param batches the number of batches the notes are processed in
 */
record Settings(int maxInputLength, int maxLineLength, int maxNestingDepth, int maxBlocks, int maxSentences,
        boolean dictionary, GlossaryOrder order, int shards, int batches) implements Serializable {

    private static final Map<Settings, Engines> ENGINES = new ConcurrentHashMap<>();

    /** The parser, aligner and linter of one set of options. */
    record Engines(NotesParser parser, DocumentAligner aligner, Linter linter) {
    }

    /**
     * Reads the options, building the engines once so that a value out of range is refused
     * before the pipeline starts.
     *
     * @throws IllegalArgumentException naming the option whose value is refused
     */
    static Settings of(JingduOptions o) {
        GlossaryOrder order = switch (o.getOrder().toLowerCase(Locale.ROOT)) {
            case "english" -> GlossaryOrder.ENGLISH;
            case "pinyin" -> GlossaryOrder.PINYIN;
            default -> throw new IllegalArgumentException("--order=" + o.getOrder() + ": give english or pinyin");
        };
        if (o.getShards() < 1) {
            throw new IllegalArgumentException("--shards=" + o.getShards() + ": give 1 or more");
        }
        if (o.getBatches() < 1) {
            throw new IllegalArgumentException("--batches=" + o.getBatches() + ": give 1 or more");
        }
        Settings settings = new Settings(o.getMaxInputLength(), o.getMaxLineLength(), o.getMaxNestingDepth(),
                o.getMaxBlocks(), o.getMaxSentences(), o.getDictionary(), order, o.getShards(), o.getBatches());
        settings.engines();
        return settings;
    }

    /** The engines these settings describe, shared within the process. */
    Engines engines() {
        return ENGINES.computeIfAbsent(this, Settings::build);
    }

    private Engines build() {
        NotesParser.Builder parser = NotesParser.builder();
        limit("maxInputLength", () -> parser.maxInputLength(maxInputLength));
        limit("maxLineLength", () -> parser.maxLineLength(maxLineLength));
        limit("maxNestingDepth", () -> parser.maxNestingDepth(maxNestingDepth));
        limit("maxBlocks", () -> parser.maxBlocks(maxBlocks));
        DocumentAligner.Builder aligner = DocumentAligner.builder();
        limit("maxSentences", () -> aligner.maxSentences(maxSentences));
        NotesParser built = parser.build();
        return new Engines(built, aligner.aligner(Aligner.builder().installedLexicons(dictionary).build()).build(),
                Linter.builder().parser(built).build());
    }

    private static void limit(String option, Runnable give) {
        try {
            give.run();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + option + ": " + e.getMessage(), e);
        }
    }
}
