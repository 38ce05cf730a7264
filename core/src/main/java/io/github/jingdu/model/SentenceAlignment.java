package io.github.jingdu.model;

import java.util.List;

/**
 * Which sentences of a text translate which sentences of another: both sides cut into sentences,
 * and beads that pair them, in order, covering every sentence of each side once.
 *
 * @param source the sentences of the source side (a passage's English, or a literal translation)
 * @param target the sentences of the target side (the passage's Chinese, or the free translation)
 * @param beads bead indices refer to {@code source} and {@code target}
 */
public record SentenceAlignment(List<Sentence> source, List<Sentence> target, List<Bead> beads) {

    /** Copies the lists. */
    public SentenceAlignment {
        source = List.copyOf(source);
        target = List.copyOf(target);
        beads = List.copyOf(beads);
    }
}
