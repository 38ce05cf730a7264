package io.github.jingdu.beam;

import java.io.Serializable;
import java.util.List;

/**
 * Values of some notes for one shard's file, each with its note's path below the input folder
 * (the file's order).
 *
 * @param paths the notes' paths
 * @param values their values, in the same order
 * @param <T> the values
 */
record Keyed<T extends Serializable>(List<String> paths, List<T> values) implements Serializable {

    /** Copies the lists. */
    Keyed {
        paths = List.copyOf(paths);
        values = List.copyOf(values);
    }
}
