package io.github.jingdu.align;

/**
 * The kinds of evidence the {@link Aligner} weighs besides sentence length. All are on by
 * default; turning one off shows what it adds.
 *
 * @since 0.1.0
 */
public enum Evidence {
    /** Numbers, Latin-script words inside Chinese, and {@code ?}/{@code !}, quotes and ellipses. */
    ANCHORS,
    /** Names: English words that spell the pinyin of the Chinese side ({@code Qingyang} ↔ 清扬). */
    NAMES,
    /** Word pairs from a {@link Lexicon}: the document's own vocabulary and a user dictionary. */
    LEXICON,
    /**
     * Word pairs learnt from the document pair itself: after a first pass, Chinese character
     * pairs and English words that keep landing in the same beads (a name translated by
     * meaning, a recurring term) count as lexical evidence in the second.
     */
    LEARNED,
    /** For Chinese–Chinese: shared characters and character pairs. */
    OVERLAP
}
