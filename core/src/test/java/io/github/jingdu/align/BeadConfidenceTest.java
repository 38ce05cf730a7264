package io.github.jingdu.align;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.model.Bead;
import io.github.jingdu.model.Sentence;
import io.github.jingdu.model.SentenceAlignment;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.testing.MacDev;
import io.github.jingdu.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A bead's confidence is a calibrated probability: on the MAC-Dev chapters its calibration never
 * saw (004 to 006), beads given p are right about p of the time (expected calibration error over
 * ten bins at most 0.06), and it predicts better than the rate of right beads alone (Brier score).
 */
class BeadConfidenceTest {
    private static final List<String> HELD_OUT = List.of("004", "005", "006");

    @Test
    void confidenceIsCalibratedOnChaptersItNeverSaw() throws Exception {
        Path mac = SharedData.require("align/mac-dev", "the bead confidence calibration test");
        Aligner aligner = Aligner.builder().build();
        List<double[]> predictions = new ArrayList<>();
        for (String id : HELD_OUT) {
            Set<String> gold = new HashSet<>();
            for (Bead b : MacDev.gold(mac, id)) {
                gold.add(b.source() + ":" + b.target());
            }
            List<Bead> beads = aligner.align(MacDev.chinese(mac, id), MacDev.english(mac, id), LanguagePair.ZH_EN).beads();
            SentenceAlignment alignment = new SentenceAlignment(List.of(new Sentence("", SourceSpan.NONE)), List.of(), beads);
            for (Bead b : beads) {
                double p = alignment.confidence(b);
                assertTrue(p >= 0 && p <= 1, "a probability: " + p);
                predictions.add(new double[] {p, gold.contains(b.source() + ":" + b.target()) ? 1 : 0});
            }
        }
        double rate = predictions.stream().mapToDouble(x -> x[1]).average().orElseThrow();
        double brier = predictions.stream().mapToDouble(x -> (x[0] - x[1]) * (x[0] - x[1])).average().orElseThrow();
        double baseline = predictions.stream().mapToDouble(x -> (rate - x[1]) * (rate - x[1])).average().orElseThrow();
        double[][] bins = new double[10][3];
        for (double[] x : predictions) {
            double[] bin = bins[Math.min(9, (int) (x[0] * 10))];
            bin[0]++;
            bin[1] += x[0];
            bin[2] += x[1];
        }
        double ece = 0;
        for (double[] bin : bins) {
            ece += Math.abs(bin[1] - bin[2]);
        }
        ece /= predictions.size();
        System.out.printf("Bead confidence on MAC-Dev 004-006: %d beads, %.3f right; ECE %.3f; Brier %.4f"
                + " (the rate alone: %.4f)%n", predictions.size(), rate, ece, brier, baseline);
        assertTrue(ece <= 0.06, "expected calibration error " + ece);
        assertTrue(brier < baseline, "Brier " + brier + " is not better than the rate alone, " + baseline);
    }

    @Test
    void aBetterScoreNeverLowersTheConfidence() {
        SentenceAlignment a = new SentenceAlignment(List.of(), List.of(), List.of());
        double previous = 0;
        for (double score = -20; score <= 5; score += 0.25) {
            double p = a.confidence(new Bead(List.of(0), List.of(0), score));
            assertTrue(p >= previous, "at " + score);
            previous = p;
        }
    }
}
