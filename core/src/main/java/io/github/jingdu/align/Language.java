package io.github.jingdu.align;

/** A language Jingdu segments and aligns. */
public enum Language {
    /** English. */
    ENGLISH,
    /** Chinese (simplified or traditional). */
    CHINESE
}
