package io.github.jingdu.beam;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Writes notes' values into a fixed number of files, each note going to the file its path's hash
 * names ({@link #shardOf}); inside a file, notes are in path order. The same notes and the same
 * number of shards give the same files, whatever the runner and its workers did.
 *
 * @param <T> the values
 */
final class WriteShards<T extends Serializable> extends PTransform<PCollection<KV<Integer, Keyed<T>>>, PCollection<String>> {
    private final WriteFile<T> write;

    /**
     * @param folder the output folder
     * @param prefix each file's path below it, before the shard's number
     * @param suffix each file's extension
     * @param shards how many files
     * @param render a shard's text from its values, in path order
     */
    WriteShards(String folder, String prefix, String suffix, int shards, SerializableFunction<List<T>, String> render) {
        this.write = new WriteFile<>(folder, prefix, suffix, shards, render);
    }

    /** The name of a shard's file, below the output folder. */
    static String name(String prefix, int shard, int shards, String suffix) {
        return String.format(Locale.ROOT, "%s-%05d-of-%05d%s", prefix, shard, shards, suffix);
    }

    /**
     * The shard a note's values go to.
     *
     * @param relative the note's path below the input folder
     * @param shards the number of shards
     */
    static int shardOf(String relative, int shards) {
        // String.hashCode is specified, so a note goes to the same shard on every worker and every run.
        return Math.floorMod(relative.hashCode(), shards);
    }

    @Override
    public PCollection<String> expand(PCollection<KV<Integer, Keyed<T>>> pieces) {
        return pieces
                .apply("Group", GroupByKey.create())
                .apply("Write", ParDo.of(write));
    }

    /** Writes one shard's file. */
    private static final class WriteFile<T extends Serializable> extends DoFn<KV<Integer, Iterable<Keyed<T>>>, String> {
        private final String folder;
        private final String prefix;
        private final String suffix;
        private final int shards;
        private final SerializableFunction<List<T>, String> render;

        WriteFile(String folder, String prefix, String suffix, int shards, SerializableFunction<List<T>, String> render) {
            this.folder = folder;
            this.prefix = prefix;
            this.suffix = suffix;
            this.shards = shards;
            this.render = render;
        }

        @ProcessElement
        public void write(@Element KV<Integer, Iterable<Keyed<T>>> shard, OutputReceiver<String> out)
                throws IOException {
            List<KV<String, T>> notes = new ArrayList<>();
            for (Keyed<T> piece : shard.getValue()) {
                for (int i = 0; i < piece.paths().size(); i++) {
                    notes.add(KV.of(piece.paths().get(i), piece.values().get(i)));
                }
            }
            notes.sort((a, b) -> NoteOrder.PATH_ORDER.compare(a.getKey(), b.getKey()));
            List<T> inOrder = new ArrayList<>(notes.size());
            notes.forEach(kv -> inOrder.add(kv.getValue()));
            String file = name(prefix, shard.getKey(), shards, suffix);
            Outputs.write(Outputs.file(folder, file), render.apply(inOrder).getBytes(StandardCharsets.UTF_8));
            out.output(file);
        }
    }
}
