/**
 * The document model: what a file of study notes says, as immutable records under sealed
 * interfaces.
 *
 * <p>A {@link io.github.jingdu.model.NoteDocument} is a list of
 * {@link io.github.jingdu.model.Block}s (passages, headings, figures, translation units,
 * postscripts…) and the {@link io.github.jingdu.model.Diagnostic}s found while reading it. Every
 * element keeps its {@link io.github.jingdu.model.SourceSpan} and, where it is a block, its raw
 * text, so that writing the blocks back gives the input byte for byte. Nothing here is null
 * unless it is marked {@code @Nullable}.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.jingdu.model;

import org.jspecify.annotations.NullMarked;
