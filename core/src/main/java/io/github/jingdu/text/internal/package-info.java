/**
 * Text utilities every feature shares, not an API: lines and their terminators, scripts (Han,
 * Latin), quote prefixes, joining English lines into paragraphs, Markdown inline text.
 */
package io.github.jingdu.text.internal;
