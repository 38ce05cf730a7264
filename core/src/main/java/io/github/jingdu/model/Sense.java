package io.github.jingdu.model;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One meaning in a vocabulary entry, such as {@code 织女星} in {@code Vega：美 [ˈveɪɡə] [天文]织女星}.
 *
 * @param text the meaning as plain text, without its domain tag and emphasis markers
 * @param domain the field it belongs to when the entry says so ({@code 天文} for {@code [天文]}),
 *     or null
 * @serial exclude Serializable so that values can travel between workers; the form is that of
 *     one version, not a file format
 * @since 0.1.0
 */
public record Sense(String text, @Nullable String domain) implements Serializable {

    /**
     * Checks that the text is present.
     *
     * @param text the meaning as plain text, without its domain tag and emphasis markers
     * @param domain the field it belongs to when the entry says so ({@code 天文} for {@code [天文]}),
     *     or null
     */
    public Sense {
        Objects.requireNonNull(text, "text");
    }

    /**
     * Returns a meaning with no domain.
     *
     * @param text the meaning
     * @return the sense
     */
    public static Sense of(String text) {
        return new Sense(text, null);
    }
}
