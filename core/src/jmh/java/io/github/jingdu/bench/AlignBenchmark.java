package io.github.jingdu.bench;

import io.github.jingdu.align.Aligner;
import io.github.jingdu.align.Alignment;
import io.github.jingdu.align.LanguagePair;
import io.github.jingdu.align.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Aligning a 5,000 × 6,000 sentence pair, warm: time per alignment (sentences/s = 11,000 / time),
 * without a dictionary and with CC-CEDICT (read from the lexicon-cedict module's build output,
 * {@code -Djingdu.lexicon=PATH} to name another compact lexicon).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AlignBenchmark {
    private List<String> chinese;
    private List<String> english;
    private final Aligner aligner = Aligner.builder().installedLexicons(false).build();
    private Aligner withDictionary;

    /** Builds the input once. */
    @Setup(Level.Trial)
    public void setUp() {
        List<List<String>> data = BenchmarkData.parallel(5_000, 6_000);
        chinese = data.get(0);
        english = data.get(1);
        Path lexicon = Path.of(System.getProperty("jingdu.lexicon",
                "../lexicon-cedict/target/classes/io/github/jingdu/lexicon/cedict/cedict.lexicon"));
        try (InputStream in = Files.newInputStream(lexicon)) {
            withDictionary = Aligner.builder().installedLexicons(false).lexicon(Lexicon.read(in)).build();
        } catch (IOException e) {
            throw new UncheckedIOException("build lexicon-cedict first, or set -Djingdu.lexicon: " + lexicon, e);
        }
    }

    /** @return the alignment, so that it is not optimised away */
    @Benchmark
    public Alignment align5000x6000() {
        return aligner.align(chinese, english, LanguagePair.ZH_EN);
    }

    /** @return the alignment with CC-CEDICT, so that it is not optimised away */
    @Benchmark
    public Alignment align5000x6000WithDictionary() {
        return withDictionary.align(chinese, english, LanguagePair.ZH_EN);
    }
}
