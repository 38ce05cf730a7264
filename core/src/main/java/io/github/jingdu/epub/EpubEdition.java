package io.github.jingdu.epub;

/**
 * Which texts an EPUB holds.
 *
 * @since 0.1.0
 */
public enum EpubEdition {
    /** The English and its translation, passage by passage (the default). */
    BILINGUAL,
    /** The English only, with the vocabulary notes. */
    SOURCE,
    /** The translation only. */
    TRANSLATION
}
