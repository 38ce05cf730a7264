/**
 * The EPUB 3 reading edition: {@link io.github.jingdu.epub.EpubWriter} writes one book from one
 * or more documents ({@link io.github.jingdu.epub.EpubSource}), with vocabulary pop-ups and a
 * glossary.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.jingdu.epub;

import org.jspecify.annotations.NullMarked;
