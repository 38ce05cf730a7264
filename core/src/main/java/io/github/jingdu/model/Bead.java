package io.github.jingdu.model;

import java.util.List;

/**
 * One step of an alignment: source segments that translate target segments. Either side may be
 * empty (a sentence left out of, or added by, the translation). Indices are 0-based.
 *
 * @param source indices of source segments, consecutive and ascending
 * @param target indices of target segments, consecutive and ascending
 * @param score how well the two sides match: higher is better; comparable only within one alignment
 * @since 0.1.0
 */
public record Bead(List<Integer> source, List<Integer> target, double score) {

    /**
     * Copies the lists and checks that the bead is not empty on both sides.
     *
     * @param source indices of source segments, consecutive and ascending
     * @param target indices of target segments, consecutive and ascending
     * @param score how well the two sides match: higher is better; comparable only within one alignment
     */
    public Bead {
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("a bead needs a segment on at least one side");
        }
    }

    /**
     * Writes the bead as {@code [0,1]:[0]}, the format of alignment gold files.
     *
     * @return source indices, a colon, target indices
     */
    public String toGoldFormat() {
        return indices(source) + ":" + indices(target);
    }

    private static String indices(List<Integer> list) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(list.get(i));
        }
        return sb.append(']').toString();
    }
}
