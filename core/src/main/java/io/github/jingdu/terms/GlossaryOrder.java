package io.github.jingdu.terms;

/**
 * How a glossary is sorted.
 *
 * @since 0.1.0
 */
public enum GlossaryOrder {
    /** By headword, in English alphabetical order, ignoring case. */
    ENGLISH,
    /** By the first meaning, in Chinese pinyin order (ICU collation {@code zh@collation=pinyin}). */
    PINYIN
}
