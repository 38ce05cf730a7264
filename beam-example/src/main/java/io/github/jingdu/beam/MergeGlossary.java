package io.github.jingdu.beam;

import io.github.jingdu.terms.GlossaryPart;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;

/**
 * The corpus glossary as a combine: notes' parts are merged in any grouping and any order, which
 * gives the same glossary because merging parts is associative and commutative
 * ({@link GlossaryPart}).
 */
final class MergeGlossary extends Combine.CombineFn<GlossaryPart, MergeGlossary.Pending, GlossaryPart> {
    /** How many parts wait before they are merged: merging many at once costs less than one by one. */
    private static final int BATCH = 256;

    /** Parts not merged yet, and the merge of those before them. */
    static final class Pending implements Serializable {
        private static final long serialVersionUID = 1L;
        private GlossaryPart merged = GlossaryPart.empty();
        private final List<GlossaryPart> waiting = new ArrayList<>();

        void add(GlossaryPart part) {
            waiting.add(part);
            if (waiting.size() >= BATCH) {
                merge();
            }
        }

        /** The merge of everything added, without changing what is held (for equality). */
        private GlossaryPart all() {
            List<GlossaryPart> all = new ArrayList<>(waiting);
            all.add(merged);
            return GlossaryPart.mergeAll(all);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pending p && p.all().equals(all());
        }

        @Override
        public int hashCode() {
            return all().hashCode();
        }

        GlossaryPart merge() {
            if (!waiting.isEmpty()) {
                waiting.add(merged);
                merged = GlossaryPart.mergeAll(waiting);
                waiting.clear();
            }
            return merged;
        }
    }

    @Override
    public Pending createAccumulator() {
        return new Pending();
    }

    @Override
    public Pending addInput(Pending pending, GlossaryPart part) {
        pending.add(part);
        return pending;
    }

    @Override
    public Pending mergeAccumulators(Iterable<Pending> accumulators) {
        Pending all = new Pending();
        for (Pending p : accumulators) {
            all.add(p.merge());
        }
        all.merge();
        return all;
    }

    @Override
    public GlossaryPart extractOutput(Pending pending) {
        return pending.merge();
    }

    @Override
    public Coder<Pending> getAccumulatorCoder(CoderRegistry registry, Coder<GlossaryPart> input) {
        return SerializableCoder.of(Pending.class);
    }
}
