package io.github.jingdu.beam;

import io.github.jingdu.json.TermsJsonWriter;
import io.github.jingdu.lint.FileFindings;
import io.github.jingdu.lint.LintReport;
import io.github.jingdu.lint.NoteFinder;
import io.github.jingdu.lint.ReportFormat;
import io.github.jingdu.terms.GlossaryPart;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MetadataCoder;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.jspecify.annotations.Nullable;

/**
 * The Jingdu pipeline on Apache Beam: every note of a folder read, parsed and aligned, and written
 * as the command writes it (beam-example/README.md):
 *
 * <ul>
 *   <li>{@code json/PATH.json}: each note's JSON, as {@code jingdu convert --to json};
 *   <li>{@code vocabulary/vocabulary-NNNNN-of-NNNNN.jsonl}: every vocabulary entry with its source;
 *   <li>{@code glossary.json}: the glossary, merged by a combine, as {@code jingdu terms
 *       --format json --kind vocabulary};
 *   <li>{@code lint/lint-NNNNN-of-NNNNN.sarif}: the lint findings, a SARIF file per shard, as
 *       {@code jingdu lint --format sarif} with the rules' defaults;
 *   <li>{@code summary.json}: notes, entries, findings, and the notes that could not be read.
 * </ul>
 */
public final class JingduPipeline {
    /** Exit status when the run finished and every note was read. */
    static final int OK = 0;
    /** Exit status when some notes could not be read or written (each named in summary.json). */
    static final int NOT_ALL_READ = 1;
    /** Exit status for options that are refused, an input that is missing or an output that is not empty. */
    static final int USAGE = 2;
    /** Exit status when the run itself failed (an output that cannot be written, a runner's error). */
    static final int FAILED = 3;
    /** How notes are found in a folder and known by their names: as the command finds them. */
    static final NoteFinder NOTES = NoteFinder.builder().build();

    private JingduPipeline() {
    }

    /**
     * Runs the pipeline on the runner the options choose ({@code --runner}; the DirectRunner by
     * default) and exits: 0 when every note was read and written, 1 when some were not
     * (summary.json names them), 2 for a usage error, 3 when the run itself failed.
     *
     * @param args {@code --input=FOLDER --output=FOLDER} and the options of {@link JingduOptions}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    /**
     * Runs the pipeline and waits for it, without exiting.
     *
     * @param args the options
     * @param err where to say what was done, or what is wrong
     * @return the exit status
     */
    static int run(String[] args, PrintStream err) {
        PipelineOptionsFactory.register(JingduOptions.class);
        Pipeline pipeline;
        Folders folders;
        try {
            JingduOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(JingduOptions.class);
            pipeline = Pipeline.create(options);
            folders = build(pipeline, options);
        } catch (IllegalArgumentException | IOException e) {
            err.println("jingdu-beam: " + e.getMessage());
            return USAGE;
        }
        try {
            PipelineResult.State state = pipeline.run().waitUntilFinish();
            if (state != PipelineResult.State.DONE) {
                err.println("jingdu-beam: the run ended " + state + "; the outputs may be incomplete");
                return FAILED;
            }
        } catch (RuntimeException e) {
            err.println("jingdu-beam: the run failed: " + e.getMessage() + "; the outputs may be incomplete");
            return FAILED;
        }
        return summarize(folders, err);
    }

    /** Says what the run did, from its summary.json: the same on every runner, retries or not. */
    private static int summarize(Folders folders, PrintStream err) {
        JsonNode summary;
        try {
            MatchResult match = FileSystems.match(List.of(folders.output() + "summary.json"), EmptyMatchTreatment.ALLOW)
                    .get(0);
            if (match.status() != MatchResult.Status.OK || match.metadata().isEmpty()) {
                // Written whenever there was a note, or a problem, to count.
                err.println("jingdu-beam: no .md or .txt files in " + folders.shown());
                return USAGE;
            }
            try (InputStream in = Channels.newInputStream(FileSystems.open(match.metadata().get(0).resourceId()))) {
                summary = new ObjectMapper().readTree(in);
            }
        } catch (IOException | RuntimeException e) {
            err.println("jingdu-beam: the run's summary.json cannot be read: " + e.getMessage());
            return FAILED;
        }
        int problems = summary.get("problems").size();
        err.println("jingdu-beam: " + summary.get("notes").asLong() + " notes, " + problems
                + " with problems (summary.json names them)");
        return problems > 0 ? NOT_ALL_READ : OK;
    }

    /**
     * Adds the pipeline's steps.
     *
     * @param pipeline the pipeline
     * @param options its options
     * @return the folders the pipeline reads and writes
     * @throws IllegalArgumentException for a value that is refused, naming the option
     * @throws IOException when the input folder is missing or holds no notes, or the output is
     *     not an empty folder
     */
    static Folders build(Pipeline pipeline, JingduOptions options) throws IOException {
        Settings settings = Settings.of(options);
        Folders folders = Folders.of(options.getInput(), options.getOutput());
        requireEmpty(folders.output());
        PCollection<MatchResult.Metadata> found;
        PCollection<Totals> notFound;
        if (folders.local()) {
            LocalNotes local = LocalNotes.find(folders);
            if (local.notes().isEmpty()) {
                // As the command: a folder without notes is a usage error, and nothing is written.
                throw new IOException("no .md or .txt files in " + folders.shown());
            }
            found = pipeline.apply("Find", Create.of(local.notes()).withCoder(MetadataCoder.of()));
            // Only when there is something to say: a folder without notes writes nothing.
            notFound = pipeline.apply("NotFound", local.problems().isEmpty()
                    ? Create.empty(SerializableCoder.of(Totals.class))
                    : Create.of(List.of(local.problems())).withCoder(SerializableCoder.of(Totals.class)));
        } else {
            found = pipeline
                    .apply("Find", FileIO.match().filepattern(folders.input() + "**")
                            .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
                    .apply("NotesOnly", Filter.by(m -> isNotes(m.resourceId().getFilename())));
            notFound = pipeline.apply("NotFound", Create.empty(SerializableCoder.of(Totals.class)));
        }
        int batches = settings.batches();
        PCollection<KV<Integer, Iterable<MatchResult.Metadata>>> notes = found
                .apply("ToBatches", WithKeys.<Integer, MatchResult.Metadata>of(
                        m -> Math.floorMod(folders.relative(m.resourceId().toString()).hashCode(), batches))
                        .withKeyType(TypeDescriptors.integers()))
                .setCoder(KvCoder.of(VarIntCoder.of(), MetadataCoder.of()))
                .apply("Batch", GroupByKey.create());
        PCollectionView<NoteOrder> order = notes
                .apply("Order", Combine.globally(new NoteOrder.Of(folders)))
                .setCoder(SerializableCoder.of(NoteOrder.class))
                .apply("OrderView", View.asSingleton());

        PCollectionTuple outputs = notes
                .apply("Process", ParDo.of(new ProcessBatch(folders, settings, order)).withSideInputs(order)
                        .withOutputTags(ProcessBatch.TOTALS, TupleTagList.of(ProcessBatch.VOCABULARY)
                                .and(ProcessBatch.GLOSSARY).and(ProcessBatch.FINDINGS)));
        outputs.get(ProcessBatch.TOTALS).setCoder(SerializableCoder.of(Totals.class));
        outputs.get(ProcessBatch.GLOSSARY).setCoder(SerializableCoder.of(GlossaryPart.class));
        outputs.get(ProcessBatch.VOCABULARY).setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(keyed())));
        outputs.get(ProcessBatch.FINDINGS).setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(keyed())));

        int shards = settings.shards();
        outputs.get(ProcessBatch.VOCABULARY).apply("Vocabulary", new WriteShards<String>(folders.output(),
                "vocabulary/vocabulary", ".jsonl", shards, lines -> String.join("", lines)));
        outputs.get(ProcessBatch.FINDINGS).apply("Lint", new WriteShards<FileFindings>(folders.output(),
                "lint/lint", ".sarif", shards, findings -> LintReport.write(ReportFormat.SARIF, findings)));
        outputs.get(ProcessBatch.GLOSSARY)
                // Without defaults: a run without notes writes nothing at all.
                .apply("Glossary", Combine.globally(new MergeGlossary()).withoutDefaults())
                .setCoder(SerializableCoder.of(GlossaryPart.class))
                .apply("WriteGlossary", ParDo.of(new WriteText<>(folders.output(), "glossary.json",
                        part -> TermsJsonWriter.create().write(part.glossary(settings.order()), null, part.groundings()))));
        PCollectionList.of(outputs.get(ProcessBatch.TOTALS)).and(notFound)
                .apply("AllTotals", Flatten.pCollections())
                .apply("Summary", Combine.globally(new Totals.Sum()).withoutDefaults())
                .setCoder(SerializableCoder.of(Totals.class))
                .apply("WriteSummary", ParDo.of(new WriteText<>(folders.output(), "summary.json", Totals::json)));
        return folders;
    }

    /** The class of a shard's values, as the coder of its generic type needs it. */
    @SuppressWarnings("unchecked")
    private static <T extends java.io.Serializable> Class<Keyed<T>> keyed() {
        return (Class<Keyed<T>>) (Class<?>) Keyed.class;
    }

    /** Whether a file is notes, as the command chooses them in a folder (core's {@link NoteFinder}). */
    static boolean isNotes(@Nullable String name) {
        return name != null && NOTES.isNotesName(name);
    }

    /** Refuses an output folder that holds anything, or that is a file: a run never mixes its files with others. */
    private static void requireEmpty(String output) throws IOException {
        String folder = output.substring(0, output.length() - 1);
        if (!output.contains("://") && Files.exists(Path.of(folder)) && !Files.isDirectory(Path.of(folder))) {
            throw new IOException("--output=" + folder + " is a file: give a new or empty folder");
        }
        MatchResult match = FileSystems.match(List.of(output + "**"), EmptyMatchTreatment.ALLOW).get(0);
        if (match.status() == MatchResult.Status.ERROR) {
            throw new IOException("--output=" + output + " cannot be listed: give a folder this run can read and write");
        }
        if (match.status() == MatchResult.Status.OK && !match.metadata().isEmpty()) {
            throw new IOException("--output=" + output + " is not empty: give a new or empty folder");
        }
    }

    /** Writes one value as one text file. */
    private static final class WriteText<T> extends DoFn<T, String> {
        private final String folder;
        private final String name;
        private final org.apache.beam.sdk.transforms.SerializableFunction<T, String> render;

        WriteText(String folder, String name, org.apache.beam.sdk.transforms.SerializableFunction<T, String> render) {
            this.folder = folder;
            this.name = name;
            this.render = render;
        }

        @ProcessElement
        public void write(@Element T value, OutputReceiver<String> out) throws IOException {
            Outputs.write(Outputs.file(folder, name), render.apply(value).getBytes(StandardCharsets.UTF_8));
            out.output(name);
        }
    }
}
