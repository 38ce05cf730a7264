package io.github.jingdu.beam;

import io.github.jingdu.json.JsonWriter;
import io.github.jingdu.lint.FileFindings;
import io.github.jingdu.lint.Finding;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.terms.GlossaryPart;
import io.github.jingdu.terms.Grounder;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Reads, parses and aligns a batch of notes, writes each note's JSON, and gives the batch's
 * vocabulary lines and lint findings (by shard), its part of the glossary and its totals to the
 * steps after. A note that cannot be read becomes a problem in the totals; the pipeline goes on.
 *
 * <p>Notes travel in batches, not one by one, so that the steps that gather everything (the
 * glossary, the totals, each shard) receive one value per batch, whatever the number of notes.
 */
final class ProcessBatch extends DoFn<KV<Integer, Iterable<MatchResult.Metadata>>, Totals> {
    /** The batch's totals: the main output. */
    static final TupleTag<Totals> TOTALS = new TupleTag<>() { };
    /** The batch's vocabulary as JSON lines, by shard. */
    static final TupleTag<KV<Integer, Keyed<String>>> VOCABULARY = new TupleTag<>() { };
    /** The batch's lint findings, by shard. */
    static final TupleTag<KV<Integer, Keyed<FileFindings>>> FINDINGS = new TupleTag<>() { };
    /** The batch's part of the glossary. */
    static final TupleTag<GlossaryPart> GLOSSARY = new TupleTag<>() { };

    private static final JsonWriter JSON = JsonWriter.create();

    private final Folders folders;
    private final Settings settings;
    private final PCollectionView<NoteOrder> order;

    ProcessBatch(Folders folders, Settings settings, PCollectionView<NoteOrder> order) {
        this.folders = folders;
        this.settings = settings;
        this.order = order;
    }

    /** The values of a batch's notes for each shard's file. */
    private static final class Shards<T extends Serializable> {
        private final Map<Integer, List<String>> paths = new HashMap<>();
        private final Map<Integer, List<T>> values = new HashMap<>();

        void add(int shard, String path, T value) {
            paths.computeIfAbsent(shard, s -> new ArrayList<>()).add(path);
            values.computeIfAbsent(shard, s -> new ArrayList<>()).add(value);
        }

        void output(TupleTag<KV<Integer, Keyed<T>>> tag, ProcessContext context) {
            paths.forEach((shard, list) -> context.output(tag, KV.of(shard, new Keyed<>(list, values.get(shard)))));
        }
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<MatchResult.Metadata>> batch, ProcessContext context) {
        Settings.Engines engines = settings.engines();
        NoteOrder noteOrder = context.sideInput(order);
        Totals totals = new Totals();
        Shards<String> vocabulary = new Shards<>();
        Shards<FileFindings> findings = new Shards<>();
        List<GlossaryPart> glossary = new ArrayList<>();
        for (MatchResult.Metadata note : batch.getValue()) {
            String relative = folders.relative(note.resourceId().toString());
            String source = folders.source(relative);
            byte[] bytes;
            try {
                bytes = read(note, engines);
            } catch (IOException e) {
                totals.unreadable(source, "cannot be read (" + e.getMessage() + ")");
                continue;
            }
            try {
                NoteDocument parsed = engines.parser().parse(bytes);
                NoteDocument aligned = engines.aligner().align(parsed);
                int shard = WriteShards.shardOf(relative, settings.shards());
                String clash = noteOrder.clashes().get(relative);
                String jsonProblem = null;
                if (clash == null) {
                    byte[] json = JSON.write(aligned).getBytes(StandardCharsets.UTF_8);
                    try {
                        Outputs.write(Outputs.file(folders.output(), "json/" + JsonTarget.of(relative)), json);
                    } catch (IOException e) {
                        // A folder of the input named like a note's JSON (a.json/ beside a.md), say.
                        jsonProblem = "its JSON could not be written to json/" + JsonTarget.of(relative) + " ("
                                + e.getMessage() + ")";
                    }
                } else {
                    jsonProblem = "its JSON is not written: it and " + clash + " would both be written to json/"
                            + JsonTarget.of(relative) + "; convert them separately";
                }
                String lines = vocabularyLines(source, aligned);
                if (!lines.isEmpty()) {
                    vocabulary.add(shard, relative, lines);
                }
                glossary.add(GlossaryPart.of(noteOrder.ranks().get(relative), source, parsed,
                        Grounder.create().ground(parsed)));
                List<Finding> found = engines.linter().lint(bytes, folders.localPath(note.resourceId().toString())).findings();
                findings.add(shard, relative, new FileFindings(source, found));
                totals.read(source, parsed.vocabulary().size(), found, jsonProblem);
            } catch (RuntimeException | StackOverflowError e) {
                // The library does not throw on content; should it ever, one note must not stop the others.
                totals.unreadable(source, "internal error: " + e + " (please report it with this file)");
            }
        }
        vocabulary.output(VOCABULARY, context);
        findings.output(FINDINGS, context);
        context.output(GLOSSARY, GlossaryPart.mergeAll(glossary));
        context.output(totals);
    }

    private static String vocabularyLines(String source, NoteDocument aligned) {
        StringWriter lines = new StringWriter();
        try {
            JSON.writeVocabularyLines(source, aligned, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return lines.toString();
    }

    /** A note's bytes, unless it is too large to hold a text within the input limit. */
    private static byte[] read(MatchResult.Metadata note, Settings.Engines engines) throws IOException {
        long size = note.sizeBytes();
        int limit = engines.parser().maxInputLength();
        if (size > 3L * limit) {
            throw new IOException("it is " + size + " bytes, more than any text within the input limit of " + limit
                    + " characters; split the file, or raise the limit (--maxInputLength)");
        }
        try (InputStream in = Channels.newInputStream(FileSystems.open(note.resourceId()))) {
            return in.readAllBytes();
        }
    }
}
