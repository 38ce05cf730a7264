package io.github.jingdu.align;

import io.github.jingdu.model.Bead;
import java.util.List;

/**
 * A monotonic alignment of two lists of segments: beads in order, covering every segment of
 * each side exactly once.
 *
 * @param beads the beads, in order
 * @since 0.1.0
 */
public record Alignment(List<Bead> beads) {

    /**
     * Copies the list.
     *
     * @param beads the beads, in order
     */
    public Alignment {
        beads = List.copyOf(beads);
    }

    /**
     * Writes the alignment in the gold-file format, one bead a line.
     *
     * @return the beads as {@code [0,1]:[0]} lines
     */
    public String toGoldFormat() {
        return GoldFormat.write(beads);
    }
}
