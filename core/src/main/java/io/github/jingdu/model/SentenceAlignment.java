package io.github.jingdu.model;

import io.github.jingdu.align.internal.BeadCalibration;
import java.util.ArrayList;
import java.util.List;

/**
 * Which sentences of a text translate which sentences of another: both sides cut into sentences,
 * and beads that pair them, in order, covering every sentence of each side once.
 *
 * @param source the sentences of the source side (a passage's English, or a literal translation)
 * @param target the sentences of the target side (the passage's Chinese, or the free translation)
 * @param beads bead indices refer to {@code source} and {@code target}
 * @since 0.1.0
 */
public record SentenceAlignment(List<Sentence> source, List<Sentence> target, List<Bead> beads) {

    /**
     * Copies the lists.
     *
     * @param source the sentences of the source side (a passage's English, or a literal translation)
     * @param target the sentences of the target side (the passage's Chinese, or the free translation)
     * @param beads bead indices refer to {@code source} and {@code target}
     */
    public SentenceAlignment {
        source = List.copyOf(source);
        target = List.copyOf(target);
        beads = List.copyOf(beads);
    }

    /**
     * Returns the probability that a bead of this alignment pairs the right sentences: unlike
     * {@link Bead#score()}, it means the same in every document. It is calibrated on MAC-Dev
     * (novels translated from Chinese into English; {@code docs/alignment.md} gives the
     * measured calibration): of the beads given 0.8, about eight in ten are right.
     *
     * @param bead a bead of this alignment
     * @return a probability in [0, 1]
     * @since 0.1.0
     */
    public double confidence(Bead bead) {
        return BeadCalibration.confidence(bead.source().size(), bead.target().size(), bead.score());
    }

    /**
     * Returns the beads with their sentences, in order: what a reader shows side by side, without
     * index arithmetic on {@link Bead}.
     *
     * @return one pair per bead
     * @since 0.1.0
     */
    public List<SentencePair> pairs() {
        List<SentencePair> pairs = new ArrayList<>(beads.size());
        for (Bead bead : beads) {
            pairs.add(new SentencePair(pick(source, bead.source()), pick(target, bead.target()), confidence(bead)));
        }
        return List.copyOf(pairs);
    }

    private static List<Sentence> pick(List<Sentence> sentences, List<Integer> indices) {
        List<Sentence> picked = new ArrayList<>(indices.size());
        for (int i : indices) {
            picked.add(sentences.get(i));
        }
        return picked;
    }
}
