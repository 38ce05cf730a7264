package io.github.jingdu.bench;

import io.github.jingdu.align.Aligner;
import io.github.jingdu.align.Alignment;
import io.github.jingdu.align.LanguagePair;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Aligning a 5,000 × 6,000 sentence pair, warm: time per alignment (sentences/s = 11,000 / time). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AlignBenchmark {
    private List<String> chinese;
    private List<String> english;
    private final Aligner aligner = Aligner.create();

    /** Builds the input once. */
    @Setup(Level.Trial)
    public void setUp() {
        List<List<String>> data = BenchmarkData.parallel(5_000, 6_000);
        chinese = data.get(0);
        english = data.get(1);
    }

    /** @return the alignment, so that it is not optimised away */
    @Benchmark
    public Alignment align5000x6000() {
        return aligner.align(chinese, english, LanguagePair.ZH_EN);
    }
}
