package io.github.jingdu.bench;

import io.github.jingdu.align.GoldFormat;
import io.github.jingdu.model.Bead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Inputs for the benchmarks, read from ../shared (test data that is never committed): the
 * notes corpus, and a parallel text of exactly 5,000 Chinese and 6,000 English sentences, made
 * by repeating the MAC-Dev chapters bead by bead and joining random neighbouring English
 * sentences; and from the repository, seed 000.
 */
final class BenchmarkData {
    private BenchmarkData() {
    }

    static Path shared() {
        Path p = Path.of(System.getProperty("jingdu.shared", "../shared"));
        if (!Files.isDirectory(p.resolve("align/mac-dev"))) {
            throw new IllegalStateException("the benchmarks read " + p.toAbsolutePath()
                    + "/align/mac-dev; set -Djingdu.shared=PATH to the shared folder");
        }
        return p;
    }

    /** Returns the texts of every notes file of ../shared/corpus, in path order. */
    static List<String> corpus() {
        try (Stream<Path> files = Files.walk(shared().resolve("corpus"))) {
            List<String> texts = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the size of texts in UTF-8, the unit of the MB/s figures. */
    static long utf8Bytes(List<String> texts) {
        return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    /** Returns seed 000, from the repository named by -Djingdu.root (default: the working directory). */
    static String seed000() {
        try {
            return Files.readString(Path.of(System.getProperty("jingdu.root", "."), "seeds/000_2a148c15c4b98b6e.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns {chinese, english}. */
    static List<List<String>> parallel(int chineseCount, int englishCount) {
        try {
            Path mac = shared().resolve("align/mac-dev");
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            outer:
            while (true) {
                for (String id : List.of("001", "002", "003", "004", "005", "006")) {
                    List<String> z = Files.readAllLines(mac.resolve("zh/" + id));
                    List<String> e = Files.readAllLines(mac.resolve("en/" + id));
                    for (Bead b : GoldFormat.parse(Files.readString(mac.resolve("gold/" + id + ".align")))) {
                        b.source().forEach(i -> zh.add(z.get(i)));
                        b.target().forEach(j -> en.add(e.get(j)));
                        if (zh.size() >= chineseCount) {
                            break outer;
                        }
                    }
                }
            }
            while (zh.size() > chineseCount) {
                zh.remove(zh.size() - 1);
            }
            Random random = new Random(1);
            while (en.size() > englishCount) {
                int k = random.nextInt(en.size() - 1);
                en.set(k, en.get(k) + " " + en.remove(k + 1));
            }
            return List.of(zh, en);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
