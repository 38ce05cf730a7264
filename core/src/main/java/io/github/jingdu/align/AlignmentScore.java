package io.github.jingdu.align;

import io.github.jingdu.model.Bead;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 of a test alignment against a gold one, strict and lax, exactly as
 * vecalign's {@code score.py} defines them. A test bead is a strict hit when the gold has the
 * same bead; it is a lax hit when one of its source sentences is aligned in the gold to one of
 * its target sentences. Precision counts every test bead (insertions and deletions included,
 * which are hits only when the gold has the same one); recall counts gold beads, with beads that
 * have an empty side left out of both alignments. Scores over several documents are
 * micro-averaged with {@link #plus(AlignmentScore)}.
 *
 * <pre>{@code
 * AlignmentScore s = AlignmentScore.of(gold, test);
 * System.out.printf("strict F1 %.3f, lax F1 %.3f%n", s.strictF1(), s.laxF1());
 * }</pre>
 *
 * @param testBeads test beads counted for precision
 * @param goldBeads gold beads counted for recall
 * @param strictTestHits test beads equal to a gold bead
 * @param strictGoldHits gold beads equal to a test bead
 * @param laxTestHits test beads that are lax hits
 * @param laxGoldHits gold beads that are lax hits against the test alignment
 * @since 0.1.0
 */
public record AlignmentScore(int testBeads, int goldBeads, int strictTestHits, int strictGoldHits,
        int laxTestHits, int laxGoldHits) {

    /**
     * Scores a test alignment against gold.
     *
     * @param gold the reference beads
     * @param test the beads to score
     * @return the counts
     */
    public static AlignmentScore of(List<Bead> gold, List<Bead> test) {
        int[] precision = hits(gold, test);
        int[] recall = hits(withBothSides(test), withBothSides(gold));
        return new AlignmentScore(precision[0], recall[0], precision[1], recall[1], precision[2], recall[2]);
    }

    /** Counts beads of {@code test}, strict hits and lax hits against {@code gold}. */
    private static int[] hits(List<Bead> gold, List<Bead> test) {
        Set<String> goldKeys = new HashSet<>();
        Map<Integer, Set<Integer>> goldTargets = new HashMap<>();
        for (Bead b : gold) {
            goldKeys.add(b.toGoldFormat());
            for (int s : b.source()) {
                goldTargets.computeIfAbsent(s, k -> new HashSet<>()).addAll(b.target());
            }
        }
        Set<String> seen = new HashSet<>();
        int count = 0;
        int strict = 0;
        int lax = 0;
        for (Bead b : test) {
            if (!seen.add(b.toGoldFormat())) {
                continue;
            }
            count++;
            if (goldKeys.contains(b.toGoldFormat())) {
                strict++;
                lax++;
            } else if (b.source().stream().anyMatch(s -> b.target().stream()
                    .anyMatch(t -> goldTargets.getOrDefault(s, Set.of()).contains(t)))) {
                lax++;
            }
        }
        return new int[] {count, strict, lax};
    }

    /**
     * Adds the counts of another document, for a micro-average.
     *
     * @param other another document's score
     * @return the summed counts
     */
    public AlignmentScore plus(AlignmentScore other) {
        return new AlignmentScore(testBeads + other.testBeads, goldBeads + other.goldBeads,
                strictTestHits + other.strictTestHits, strictGoldHits + other.strictGoldHits,
                laxTestHits + other.laxTestHits, laxGoldHits + other.laxGoldHits);
    }

    /** @return strict precision */
    public double strictPrecision() {
        return ratio(strictTestHits, testBeads);
    }

    /** @return strict recall */
    public double strictRecall() {
        return ratio(strictGoldHits, goldBeads);
    }

    /** @return strict F1 */
    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    /** @return lax precision */
    public double laxPrecision() {
        return ratio(laxTestHits, testBeads);
    }

    /** @return lax recall */
    public double laxRecall() {
        return ratio(laxGoldHits, goldBeads);
    }

    /** @return lax F1 */
    public double laxF1() {
        return f1(laxPrecision(), laxRecall());
    }

    private static List<Bead> withBothSides(List<Bead> beads) {
        List<Bead> out = new ArrayList<>();
        for (Bead b : beads) {
            if (!b.source().isEmpty() && !b.target().isEmpty()) {
                out.add(b);
            }
        }
        return out;
    }

    private static double ratio(int hits, int total) {
        return total == 0 ? 0 : (double) hits / total;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
