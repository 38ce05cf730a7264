package io.github.jingdu.align;

/**
 * A language Jingdu segments and aligns.
 *
 * @since 0.1.0
 */
public enum Language {
    /** English. */
    ENGLISH,
    /** Chinese (simplified or traditional). */
    CHINESE
}
