package io.github.jingdu.beam;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.parse.NotesParser;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * The pipeline's options, as {@code --name=value} arguments: where the notes are, where the
 * outputs go, how many shards, and the same limits as the command's options of those names.
 */
public interface JingduOptions extends PipelineOptions {
    /**
     * The folder of notes: a local path or any path Beam's {@code FileSystems} reads
     * ({@code gs://}, {@code s3://} with the runner's file-system module).
     *
     * @return the input folder
     */
    @Description("Folder of notes (*.md, *.txt, searched recursively): a local path, gs://…, s3://…")
    @Validation.Required
    String getInput();

    /**
     * Sets the input folder.
     *
     * @param input the folder
     */
    void setInput(String input);

    /**
     * The folder the outputs go to, which must be new or empty.
     *
     * @return the output folder
     */
    @Description("Folder for the outputs (json/, vocabulary/, glossary.json, lint/): new or empty")
    @Validation.Required
    String getOutput();

    /**
     * Sets the output folder.
     *
     * @param output the folder
     */
    void setOutput(String output);

    /**
     * How many files the vocabulary lines and the lint reports are split into.
     *
     * @return the number of shards
     */
    @Description("Number of vocabulary and SARIF files (shards); notes go to a shard by their path's hash")
    @Default.Integer(1)
    int getShards();

    /**
     * Sets the number of shards.
     *
     * @param shards at least 1
     */
    void setShards(int shards);

    /**
     * How many batches the notes are processed in: each batch is one unit of work for a worker,
     * and the steps that gather everything receive one value per batch, so a few per worker is
     * best (docs/scale.md).
     *
     * @return the number of batches
     */
    @Description("Number of batches the notes are processed in (units of work): a few per worker")
    @Default.Integer(8)
    int getBatches();

    /**
     * Sets the number of batches.
     *
     * @param batches at least 1
     */
    void setBatches(int batches);

    /**
     * The glossary's order.
     *
     * @return english or pinyin
     */
    @Description("Glossary order: english or pinyin (by the first meaning)")
    @Default.String("english")
    String getOrder();

    /**
     * Sets the glossary's order.
     *
     * @param order english or pinyin
     */
    void setOrder(String order);

    /**
     * The longest file read, as {@code jingdu --max-input-length}.
     *
     * @return UTF-16 code units
     */
    @Description("Longest file read, in UTF-16 code units; a longer one is kept as one block and reported")
    @Default.Integer(NotesParser.DEFAULT_MAX_INPUT_LENGTH)
    int getMaxInputLength();

    /**
     * Sets the longest file read.
     *
     * @param length UTF-16 code units
     */
    void setMaxInputLength(int length);

    /**
     * The longest line whose Markdown is read, as {@code jingdu --max-line-length}.
     *
     * @return UTF-16 code units
     */
    @Description("Longest line whose Markdown is read")
    @Default.Integer(NotesParser.DEFAULT_MAX_LINE_LENGTH)
    int getMaxLineLength();

    /**
     * Sets the longest line whose Markdown is read.
     *
     * @param length UTF-16 code units
     */
    void setMaxLineLength(int length);

    /**
     * The deepest nesting read, as {@code jingdu --max-nesting-depth}.
     *
     * @return levels
     */
    @Description("Deepest nesting of quotes, brackets or emphasis read")
    @Default.Integer(NotesParser.DEFAULT_MAX_NESTING_DEPTH)
    int getMaxNestingDepth();

    /**
     * Sets the deepest nesting read.
     *
     * @param depth levels
     */
    void setMaxNestingDepth(int depth);

    /**
     * The most blocks read from one file, as {@code jingdu --max-blocks}.
     *
     * @return blocks
     */
    @Description("Most blocks read from one file")
    @Default.Integer(NotesParser.DEFAULT_MAX_BLOCKS)
    int getMaxBlocks();

    /**
     * Sets the most blocks read from one file.
     *
     * @param count blocks
     */
    void setMaxBlocks(int count);

    /**
     * The most sentences of a passage that is aligned, as {@code jingdu --max-sentences}.
     *
     * @return sentences on either side
     */
    @Description("Most sentences on either side of a passage that is aligned")
    @Default.Integer(DocumentAligner.DEFAULT_MAX_SENTENCES)
    int getMaxSentences();

    /**
     * Sets the most sentences of a passage that is aligned.
     *
     * @param count sentences
     */
    void setMaxSentences(int count);

    /**
     * Whether to align with the CC-CEDICT dictionary, as the command does unless
     * {@code --no-dictionary}.
     *
     * @return true to use it
     */
    @Description("Align with the CC-CEDICT dictionary (false: as jingdu --no-dictionary)")
    @Default.Boolean(true)
    boolean getDictionary();

    /**
     * Sets whether to align with the dictionary.
     *
     * @param dictionary true to use it
     */
    void setDictionary(boolean dictionary);
}
