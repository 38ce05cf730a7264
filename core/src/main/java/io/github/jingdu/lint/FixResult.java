package io.github.jingdu.lint;

import java.util.List;

/**
 * The text after fixing, and what is left.
 *
 * @param text the fixed text (the input itself when nothing could be fixed)
 * @param applied how many findings were fixed
 * @param remaining the findings of the fixed text
 * @since 0.1.0
 */
public record FixResult(String text, int applied, List<Finding> remaining) {

    /**
     * Copies the list.
     *
     * @param text the fixed text (the input itself when nothing could be fixed)
     * @param applied how many findings were fixed
     * @param remaining the findings of the fixed text
     */
    public FixResult {
        remaining = List.copyOf(remaining);
    }
}
