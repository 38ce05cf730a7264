package io.github.jingdu.bench;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.terms.Grounder;
import io.github.jingdu.terms.TermExtractor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time and allocation (run with {@code -prof gc}) for 1, 10, 100 and 1,000 copies of seed 000
 * in one document: linear growth shows as a constant time and allocation per copy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {
    @Param({"1", "10", "100", "1000"})
    public int copies;

    private final NotesParser reader = NotesParser.create();
    private final DocumentAligner aligner = DocumentAligner.create();
    private final TermExtractor terms = TermExtractor.create();
    private final Grounder grounder = Grounder.create();
    private String text;

    @Setup(Level.Trial)
    public void load() {
        String seed = BenchmarkData.seed000();
        text = (seed.endsWith("\n") ? seed + "\n" : seed + "\n\n").repeat(copies);
    }

    @Benchmark
    public NoteDocument reader() {
        return reader.parse(text);
    }

    @Benchmark
    public void fullModel(Blackhole bh) {
        NoteDocument aligned = aligner.align(reader.parse(text));
        bh.consume(terms.extract(aligned));
        bh.consume(grounder.ground(aligned));
    }
}
