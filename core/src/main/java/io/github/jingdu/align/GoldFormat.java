package io.github.jingdu.align;

import io.github.jingdu.model.Bead;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes beads in the gold-file format, one bead a line: {@code [0,1]:[0]}.
 *
 * @since 0.1.0
 */
public final class GoldFormat {
    private GoldFormat() {
    }

    /**
     * Reads beads, one a line; blank lines are skipped.
     *
     * @param text the file's content
     * @return the beads, with a score of 0
     * @throws IllegalArgumentException naming the line that is not a bead
     */
    public static List<Bead> parse(String text) {
        List<Bead> beads = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf("]:[");
            if (!line.startsWith("[") || !line.endsWith("]") || colon < 0) {
                throw new IllegalArgumentException("line " + (n + 1) + " is not a bead such as [0,1]:[2]: " + line);
            }
            try {
                beads.add(new Bead(indices(line.substring(1, colon)), indices(line.substring(colon + 3, line.length() - 1)), 0));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        return beads;
    }

    /**
     * Writes beads one a line.
     *
     * @param beads the beads
     * @return the text, each line ending with a line feed
     */
    public static String write(List<Bead> beads) {
        StringBuilder sb = new StringBuilder();
        for (Bead b : beads) {
            sb.append(b.toGoldFormat()).append('\n');
        }
        return sb.toString();
    }

    private static List<Integer> indices(String list) {
        List<Integer> out = new ArrayList<>();
        for (String part : list.split(",")) {
            if (!part.isBlank()) {
                out.add(Integer.parseInt(part.strip()));
            }
        }
        return out;
    }
}
