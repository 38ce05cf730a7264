package io.github.jingdu.model;

import java.util.Objects;

/**
 * A structural marker as the author wrote it, such as {@code 原文：}, {@code 原文:} or a
 * {@code 学习：} glued to the end of a translation line.
 *
 * @param text the marker's characters, without surrounding white space
 * @param span where the marker stands
 * @since 0.1.0
 */
public record Marker(String text, SourceSpan span) {

    /**
     * Checks that no component is null.
     *
     * @param text the marker's characters, without surrounding white space
     * @param span where the marker stands
     */
    public Marker {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
