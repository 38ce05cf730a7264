/**
 * Sentence alignment: {@link io.github.jingdu.align.SentenceSegmenter} cuts text into sentences,
 * {@link io.github.jingdu.align.Aligner} aligns two lists of sentences,
 * {@link io.github.jingdu.align.DocumentAligner} aligns every passage of a document, and
 * {@link io.github.jingdu.align.Lexicon} holds the bilingual words they use as evidence.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.jingdu.align;

import org.jspecify.annotations.NullMarked;
