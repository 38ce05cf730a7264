package io.github.jingdu.model;

import java.util.Objects;

/**
 * A {@code Key: value} line of front matter, such as {@code Link: https://…} or
 * {@code Speaker: Fei-Fei Li}.
 *
 * @param key the name before the colon
 * @param value the text after it, trimmed
 * @param span the line
 * @since 0.1.0
 */
public record Field(String key, String value, SourceSpan span) {

    /**
     * Checks that no component is null.
     *
     * @param key the name before the colon
     * @param value the text after it, trimmed
     * @param span the line
     */
    public Field {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }
}
