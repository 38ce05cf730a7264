package io.github.jingdu.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.model.Bead;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Sentence;
import io.github.jingdu.model.SentenceAlignment;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Seed 000's passages against a sentence alignment made by hand (src/test/resources/align). */
class SeedAlignmentTest {
    private final String text = read("seeds/000_2a148c15c4b98b6e.txt");
    private final NoteDocument aligned = DocumentAligner.create().align(NotesParser.create().parse(text));

    @Test
    void agreesWithTheHandMadeGold() throws IOException {
        List<List<Bead>> gold = goldByPassage();
        List<Passage> passages = aligned.passages();
        assertEquals(passages.size(), gold.size(), "one gold block per passage");
        AlignmentScore total = null;
        for (int k = 0; k < passages.size(); k++) {
            SentenceAlignment a = Objects.requireNonNull(passages.get(k).alignment(), "passage " + k);
            List<Bead> g = gold.get(k);
            assertEquals(g.stream().mapToInt(b -> b.source().isEmpty() ? 0 : b.source().get(b.source().size() - 1)).max()
                    .orElse(-1) + 1, a.source().size(), "English sentences in passage " + k);
            AlignmentScore s = AlignmentScore.of(g, a.beads());
            total = total == null ? s : total.plus(s);
        }
        System.out.printf("seed 000: strict F1 %.3f, lax F1 %.3f over %d gold beads%n",
                total.strictF1(), total.laxF1(), total.goldBeads());
        assertTrue(total.strictF1() >= 0.95, "strict F1 " + total.strictF1());
    }

    @Test
    void sentenceSpansPointAtTheirText() {
        for (Passage p : aligned.passages()) {
            List<Sentence> all = new ArrayList<>(p.alignment().source());
            all.addAll(p.alignment().target());
            for (Sentence s : all) {
                assertTrue(s.span().isKnown(), s.text());
                String source = text.substring(s.span().offset(), s.span().end());
                assertEquals(squash(s.text()), squash(source.replace("\\", "")), "span of " + s.text());
            }
        }
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static List<List<Bead>> goldByPassage() throws IOException {
        List<List<Bead>> out = new ArrayList<>();
        StringBuilder block = null;
        for (String line : Files.readAllLines(SharedData.projectRoot().resolve("core/src/test/resources/align/seed-000.gold"))) {
            if (line.startsWith("passage ")) {
                if (block != null) {
                    out.add(GoldFormat.parse(block.toString()));
                }
                block = new StringBuilder();
            } else if (block != null && line.startsWith("[")) {
                block.append(line, 0, line.indexOf("  ")).append('\n');
            }
        }
        if (block != null) {
            out.add(GoldFormat.parse(block.toString()));
        }
        return out;
    }

    private static String read(String path) {
        try {
            return new String(Files.readAllBytes(SharedData.projectRoot().resolve(path)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
