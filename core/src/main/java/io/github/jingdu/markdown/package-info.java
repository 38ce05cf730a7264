/**
 * Writing notes back as Markdown: {@link io.github.jingdu.markdown.MarkdownWriter#lossless()}
 * gives the input byte for byte, {@link io.github.jingdu.markdown.MarkdownWriter#canonical()} its
 * normalised form.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.jingdu.markdown;

import org.jspecify.annotations.NullMarked;
