package io.github.jingdu.beam;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.values.KV;

/**
 * Every note's place in the order the command reads a folder in (paths compared byte by byte in
 * UTF-8, as a Unix path sorts), which the glossary keeps for first occurrences; and the notes
 * whose JSON would be written to the same file as another's ({@code a.md} and {@code a.txt}),
 * which the command refuses to convert, or where another's needs a folder ({@code a.md} beside
 * {@code a.json/x.md}).
 *
 * @param ranks each note's place, by its path
 * @param clashes for each note whose JSON file another note's would overwrite, that other note
 */
record NoteOrder(Map<String, Long> ranks, Map<String, String> clashes) implements Serializable {

    /** Byte order of the UTF-8 form: how the command sorts the files of a folder. */
    static final Comparator<String> PATH_ORDER = (Comparator<String> & Serializable) (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    /** Gathers the paths of the notes of every batch (relative to the input folder) into their order. */
    static final class Of extends Combine.CombineFn<KV<Integer, Iterable<MatchResult.Metadata>>, List<String>, NoteOrder> {
        private final Folders folders;

        Of(Folders folders) {
            this.folders = folders;
        }

        @Override
        public List<String> createAccumulator() {
            return new ArrayList<>();
        }

        @Override
        public List<String> addInput(List<String> paths, KV<Integer, Iterable<MatchResult.Metadata>> batch) {
            batch.getValue().forEach(m -> paths.add(folders.relative(m.resourceId().toString())));
            return paths;
        }

        @Override
        public List<String> mergeAccumulators(Iterable<List<String>> lists) {
            List<String> all = new ArrayList<>();
            lists.forEach(all::addAll);
            return all;
        }

        @Override
        public NoteOrder extractOutput(List<String> paths) {
            List<String> sorted = new ArrayList<>(paths);
            sorted.sort(PATH_ORDER);
            Map<String, Long> ranks = new HashMap<>();
            Map<String, String> byTarget = new HashMap<>();
            Map<String, String> clashes = new HashMap<>();
            Map<String, String> folderOf = new HashMap<>();
            for (String path : sorted) {
                ranks.put(path, (long) ranks.size());
                String target = JsonTarget.of(path);
                String earlier = byTarget.putIfAbsent(target, path);
                if (earlier != null) {
                    clashes.put(path, earlier);
                    clashes.putIfAbsent(earlier, path);
                }
                for (int slash = target.indexOf('/'); slash > 0; slash = target.indexOf('/', slash + 1)) {
                    folderOf.putIfAbsent(target.substring(0, slash), path);
                }
            }
            // a.md's JSON where a.json/x.md's needs a folder: a.md's is the one not written,
            // whichever worker would have come first.
            byTarget.forEach((target, path) -> {
                String inside = folderOf.get(target);
                if (inside != null) {
                    clashes.putIfAbsent(path, inside);
                }
            });
            return new NoteOrder(ranks, clashes);
        }
    }
}
