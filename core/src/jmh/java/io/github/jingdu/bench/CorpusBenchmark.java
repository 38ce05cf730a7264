package io.github.jingdu.bench;

import com.vladsch.flexmark.parser.Parser;
import io.github.jingdu.align.Aligner;
import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.align.Evidence;
import io.github.jingdu.align.Language;
import io.github.jingdu.align.SentenceSegmenter;
import io.github.jingdu.epub.EpubSource;
import io.github.jingdu.epub.EpubWriter;
import io.github.jingdu.json.JsonWriter;
import io.github.jingdu.lint.Linter;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.terms.Grounder;
import io.github.jingdu.terms.TermExtractor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * One pass over every file of ../shared/corpus, in memory, one thread: Flexmark's parser alone
 * (the floor any Markdown reader pays), Jingdu's reader, the full model (reader, alignment,
 * terms and grounding), JSON writing, EPUB writing and linting. Throughput in MB/s is the
 * corpus's UTF-8 size (printed at set-up) divided by the time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CorpusBenchmark {
    private final Parser flexmark = Parser.builder().build();
    private final NotesParser reader = NotesParser.create();
    private final DocumentAligner aligner = DocumentAligner.create();
    private final TermExtractor terms = TermExtractor.create();
    private final Grounder grounder = Grounder.create();
    private final DocumentAligner lengthOnly = DocumentAligner.builder()
            .aligner(Aligner.builder().evidence(EnumSet.noneOf(Evidence.class)).build()).build();
    private final SentenceSegmenter english = SentenceSegmenter.of(Language.ENGLISH);
    private final SentenceSegmenter chinese = SentenceSegmenter.of(Language.CHINESE);
    private final JsonWriter json = JsonWriter.create();
    private final EpubWriter epub = EpubWriter.builder().build();
    private final Linter linter = Linter.create();
    private List<String> texts;
    private List<NoteDocument> full;

    @Setup(Level.Trial)
    public void load() {
        texts = BenchmarkData.corpus();
        full = new ArrayList<>();
        for (String t : texts) {
            full.add(aligner.align(reader.parse(t)));
        }
        System.out.println("corpus: " + texts.size() + " files, " + BenchmarkData.utf8Bytes(texts) + " bytes of UTF-8");
    }

    @Benchmark
    public void flexmarkParse(Blackhole bh) {
        for (String t : texts) {
            bh.consume(flexmark.parse(t));
        }
    }

    @Benchmark
    public void reader(Blackhole bh) {
        for (String t : texts) {
            bh.consume(reader.parse(t));
        }
    }

    @Benchmark
    public void fullModel(Blackhole bh) {
        fullModel(aligner, bh);
    }

    private void fullModel(DocumentAligner documentAligner, Blackhole bh) {
        for (String t : texts) {
            NoteDocument aligned = documentAligner.align(reader.parse(t));
            bh.consume(terms.extract(aligned));
            bh.consume(grounder.ground(aligned));
        }
    }

    /**
     * The least a sentence aligner can do after reading: cut every passage's two sides into
     * sentences. The full model's time over this one's is what alignment, terms and grounding
     * add.
     */
    @Benchmark
    public void readerAndSentences(Blackhole bh) {
        for (String t : texts) {
            for (Passage p : reader.parse(t).passages()) {
                for (Paragraph paragraph : p.source()) {
                    bh.consume(english.segment(paragraph.text()));
                }
                for (Paragraph paragraph : p.translation()) {
                    bh.consume(chinese.segment(paragraph.text()));
                }
            }
        }
    }

    /** The full model with an aligner that weighs sentence lengths only (Gale–Church's evidence). */
    @Benchmark
    public void fullModelLengthOnly(Blackhole bh) {
        fullModel(lengthOnly, bh);
    }

    @Benchmark
    public void jsonWriting(Blackhole bh) {
        for (NoteDocument d : full) {
            bh.consume(json.write(d));
        }
    }

    @Benchmark
    public void epubWriting(Blackhole bh) throws IOException {
        for (NoteDocument d : full) {
            bh.consume(epub.write(List.of(new EpubSource(d, "notes.md", Path.of("."), Path.of("."))),
                    OutputStream.nullOutputStream()));
        }
    }

    @Benchmark
    public void lint(Blackhole bh) {
        for (String t : texts) {
            bh.consume(linter.lint(t, null));
        }
    }
}
