package io.github.jingdu.terms;

import java.util.Objects;

/**
 * A short form defined in running text together with its long form, such as
 * {@code large language models (LLMs)} or {@code 人工智能(AI)}.
 *
 * <p>Offsets are UTF-16 indices into the text the extractor was given.
 *
 * @param shortForm the abbreviation, such as {@code LLMs}
 * @param longForm what it stands for, such as {@code large language models}
 * @param shortStart where the short form starts
 * @param longStart where the long form starts
 * @param pattern how the definition was written
 * @since 0.1.0
 */
public record Abbreviation(String shortForm, String longForm, int shortStart, int longStart,
        DefinitionPattern pattern) {

    /**
     * Checks that no component is null and that the offsets are not negative.
     *
     * @param shortForm the abbreviation, such as {@code LLMs}
     * @param longForm what it stands for, such as {@code large language models}
     * @param shortStart where the short form starts
     * @param longStart where the long form starts
     * @param pattern how the definition was written
     */
    public Abbreviation {
        Objects.requireNonNull(shortForm, "shortForm");
        Objects.requireNonNull(longForm, "longForm");
        Objects.requireNonNull(pattern, "pattern");
        if (shortStart < 0 || longStart < 0) {
            throw new IllegalArgumentException("offsets must not be negative");
        }
    }

    /**
     * Returns the offset just past the short form.
     *
     * @return {@code shortStart + shortForm.length()}
     */
    public int shortEnd() {
        return shortStart + shortForm.length();
    }

    /**
     * Returns the offset just past the long form.
     *
     * @return {@code longStart + longForm.length()}
     */
    public int longEnd() {
        return longStart + longForm.length();
    }
}
