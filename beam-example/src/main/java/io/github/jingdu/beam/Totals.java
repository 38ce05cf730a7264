package io.github.jingdu.beam;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jingdu.lint.Finding;
import io.github.jingdu.model.Severity;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.jspecify.annotations.Nullable;

/** The run's summary: notes, vocabulary entries, lint findings by severity and by rule, and the notes not read. */
final class Totals implements Serializable {
    private static final long serialVersionUID = 1L;

    private long notes;
    private long entries;
    private final Map<Severity, Long> bySeverity = new TreeMap<>();
    private final Map<String, Long> byRule = new TreeMap<>();
    /** Problems by note, in path order. */
    private final Map<String, String> problems = new TreeMap<>(NoteOrder.PATH_ORDER);

    /** Counts a note read, with its vocabulary entries and findings, and what went wrong with its outputs, if anything. */
    void read(String source, int vocabularyEntries, List<Finding> findings, @Nullable String problem) {
        notes++;
        entries += vocabularyEntries;
        for (Finding f : findings) {
            bySeverity.merge(f.severity(), 1L, Long::sum);
            byRule.merge(f.rule().id(), 1L, Long::sum);
        }
        if (problem != null) {
            problems.put(source, problem);
        }
    }

    /** Counts a note that could not be read, and why. */
    void unreadable(String source, String problem) {
        read(source, 0, List.of(), problem);
    }

    /** Whether nothing was added. */
    boolean isEmpty() {
        return notes == 0;
    }

    void add(Totals other) {
        notes += other.notes;
        entries += other.entries;
        other.bySeverity.forEach((s, n) -> bySeverity.merge(s, n, Long::sum));
        other.byRule.forEach((r, n) -> byRule.merge(r, n, Long::sum));
        problems.putAll(other.problems);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Totals t && t.notes == notes && t.entries == entries && t.bySeverity.equals(bySeverity)
                && t.byRule.equals(byRule) && t.problems.equals(problems);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(notes, entries, bySeverity, byRule, problems);
    }

    /** The summary as JSON (docs/scale.md). */
    String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("notes", notes);
            g.writeNumberField("vocabularyEntries", entries);
            g.writeObjectFieldStart("findings");
            for (Severity s : Severity.values()) {
                g.writeNumberField(s.name().toLowerCase(Locale.ROOT), bySeverity.getOrDefault(s, 0L));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("findingsByRule");
            for (Map.Entry<String, Long> e : byRule.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("problems");
            for (Map.Entry<String, String> e : problems.entrySet()) {
                g.writeStartObject();
                g.writeStringField("file", e.getKey());
                g.writeStringField("problem", e.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** Adds batches' totals up, in any grouping. */
    static final class Sum extends Combine.CombineFn<Totals, Totals, Totals> {
        @Override
        public Totals createAccumulator() {
            return new Totals();
        }

        @Override
        public Totals addInput(Totals totals, Totals batch) {
            totals.add(batch);
            return totals;
        }

        @Override
        public Totals mergeAccumulators(Iterable<Totals> all) {
            Totals sum = new Totals();
            all.forEach(sum::add);
            return sum;
        }

        @Override
        public Totals extractOutput(Totals totals) {
            return totals;
        }

        @Override
        public Coder<Totals> getAccumulatorCoder(CoderRegistry registry, Coder<Totals> input) {
            return SerializableCoder.of(Totals.class);
        }
    }
}
