/**
 * A Language Server Protocol server for study notes, over standard input and output or any pair of
 * streams.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.jingdu.lsp;

import org.jspecify.annotations.NullMarked;
