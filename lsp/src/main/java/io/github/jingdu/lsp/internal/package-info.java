/**
 * The server's parts, not an API: the protocol's handlers and the mapping between Jingdu's model
 * and the protocol's positions, diagnostics, edits and symbols.
 */
@NullMarked
package io.github.jingdu.lsp.internal;

import org.jspecify.annotations.NullMarked;
