package io.github.jingdu.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a morphology note says: {@code （dial的复数）} makes {@code dials} the plural of
 * {@code dial}.
 *
 * @param base the base form
 * @param inflection how the headword relates to it
 * @serial exclude Serializable so that values can travel between workers; the form is that of
 *     one version, not a file format
 * @since 0.1.0
 */
public record Morphology(String base, Inflection inflection) implements Serializable {

    /**
     * Checks that no component is null.
     *
     * @param base the base form
     * @param inflection how the headword relates to it
     */
    public Morphology {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(inflection, "inflection");
    }
}
