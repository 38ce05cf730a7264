/**
 * Text utilities every feature shares, not an API: lines and their terminators, scripts (Han,
 * Latin), quote prefixes, joining English lines into paragraphs, Markdown inline text, where a
 * paragraph's plain text stands in its source.
 */
package io.github.jingdu.text.internal;
